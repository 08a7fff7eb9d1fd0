import {mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {tableSchema} from "../../loaders/tables/table-schemas.ts";
import {toParquet} from "../../loaders/tables/write-parquet.ts";
import {query} from "../support/duckdb.ts";

const dir = mkdtempSync(join(tmpdir(), "write-parquet-"));
const write = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe("toParquet(rows, spec)", () => {
  test("writes every column of the spec with its type, readable by DuckDB", async () => {
    const path = write(
      "items.parquet",
      toParquet(
        [
          {
            doc_id: "d",
            item_id: "d:1",
            parent_id: null,
            depth: 1,
            label: "一、",
            heading: "总体要求",
            is_task: false,
            char_start: 3,
            char_end: 10
          }
        ],
        tableSchema("items")
      )
    );
    const columns = await query(`select column_name, column_type from (describe select * from '${path}')`);
    expect(columns.map((c) => `${c.column_name}:${c.column_type}`)).toEqual([
      "doc_id:VARCHAR",
      "item_id:VARCHAR",
      "parent_id:VARCHAR",
      "depth:INTEGER",
      "label:VARCHAR",
      "style:VARCHAR",
      "ordinal:INTEGER",
      "heading:VARCHAR",
      "text:VARCHAR",
      "is_task:BOOLEAN",
      "topic_id:VARCHAR",
      "char_start:INTEGER",
      "char_end:INTEGER"
    ]);
    expect(await query(`select label, heading, depth, is_task, style from '${path}'`)).toEqual([
      {label: "一、", heading: "总体要求", depth: 1, is_task: false, style: null}
    ]);
  });

  test("keeps Chinese text, nulls and floats exactly", async () => {
    const rows = [
      {
        doc_id: "a",
        indicator_row_id: "a:n0",
        value: 24000,
        unit: "人次",
        approx: true,
        quote: "培训2.4万人次",
        year: 2023
      },
      {doc_id: "a", indicator_row_id: "a:n1", value: 0.985, unit: "%", approx: false, quote: "达到98.5%", year: null}
    ];
    const path = write("indicators.parquet", toParquet(rows, tableSchema("indicators")));
    expect(await query(`select value, unit, approx, quote, year from '${path}' order by indicator_row_id`)).toEqual([
      {value: 24000, unit: "人次", approx: true, quote: "培训2.4万人次", year: 2023},
      {value: 0.985, unit: "%", approx: false, quote: "达到98.5%", year: null}
    ]);
  });

  test("gives byte-identical output for identical input", () => {
    const rows = [{doc_id: "x", text: "东胜区司法局"}];
    expect(Buffer.from(toParquet(rows, tableSchema("texts")))).toEqual(
      Buffer.from(toParquet(rows, tableSchema("texts")))
    );
  });

  test("with a larger dictionary page, long strings repeated far apart are stored once: a smaller file, the same rows", async () => {
    // 2,000 distinct texts of 400 pseudo-random Han characters (2.4 MB as UTF-8), the whole list three times over.
    let seed = 7;
    const han = () => String.fromCharCode(0x4e00 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 2000));
    const texts = Array.from({length: 2000}, () => Array.from({length: 400}, han).join(""));
    const rows = [0, 1, 2].flatMap((round) => texts.map((text, i) => ({doc_id: `d${round}-${i}`, text})));
    const plain = toParquet(rows, tableSchema("texts"));
    const once = toParquet(rows, tableSchema("texts"), {dictionaryPageBytes: 64 << 20});
    expect(once.length).toBeLessThan(plain.length * 0.5);
    const read = async (bytes: Uint8Array, name: string) =>
      query(`select count(*) as n, count(distinct text) as texts, sum(length(text)) as chars
             from '${write(name, bytes)}'`);
    expect(await read(once, "once.parquet")).toEqual([{n: 6000, texts: 2000, chars: 2_400_000}]);
    expect(await read(plain, "plain.parquet")).toEqual(await read(once, "once.parquet"));
  });

  test("writes a valid zero-row file for empty input", async () => {
    const path = write("empty.parquet", toParquet([], tableSchema("keywords")));
    expect(await query(`select count(*) as n from '${path}'`)).toEqual([{n: 0}]);
  });
});
