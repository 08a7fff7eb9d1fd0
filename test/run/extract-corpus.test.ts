import {mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {extractCorpus} from "../../loaders/run/extract-corpus.ts";
import type {Tables} from "../../loaders/types.ts";
import {writeTables} from "../../loaders/tables/write-tables.ts";
import {query} from "../support/duckdb.ts";

type Row = Record<string, any>;
let tables: Tables;
const rows = (name: string) => tables[name] as Row[];

beforeAll(async () => {
  ({tables} = await extractCorpus(["seeds"]));
});

describe("extractCorpus(['seeds'])", () => {
  test("gives one documents row per seed, with manifest metadata", () => {
    expect(
      rows("documents").map((d) => [d.doc_id, d.jurisdiction, d.level, d.doc_type, d.year, d.metadata_source])
    ).toEqual([
      ["bayingol-2024-work-points", "巴音郭楞蒙古自治州", "prefecture", "work_points", 2024, "manifest"],
      ["dongsheng-2022-plan", "东胜区", "district", "task_plan", 2022, "manifest"],
      ["liaoyang-2015-opinion", "辽阳市", "city", "implementation_opinion", 2015, "manifest"],
      ["ordos-2023-report", "鄂尔多斯市", "city", "annual_report", 2023, "manifest"],
      ["pingcheng-2020-report", "平城区", "district", "annual_report", 2020, "manifest"]
    ]);
  });

  test("counts the numbered tasks the product owner counted: Dongsheng 85, Liaoyang 43, Bayingol 35", () => {
    const tasks = Object.fromEntries(rows("documents").map((d) => [d.doc_id, d.n_tasks]));
    expect(tasks["dongsheng-2022-plan"]).toBe(85);
    expect(tasks["liaoyang-2015-opinion"]).toBe(43);
    expect(tasks["bayingol-2024-work-points"]).toBe(35);
  });

  test("documents counts agree with the rows of the other tables", () => {
    for (const d of rows("documents")) {
      expect(rows("items").filter((i) => i.doc_id === d.doc_id).length).toBe(d.n_items);
      expect(rows("items").filter((i) => i.doc_id === d.doc_id && i.is_task).length).toBe(d.n_tasks);
      expect(rows("assignments").filter((a) => a.doc_id === d.doc_id).length).toBe(d.n_assignments);
      expect(rows("indicators").filter((a) => a.doc_id === d.doc_id).length).toBe(d.n_indicators);
      expect(rows("texts").find((t) => t.doc_id === d.doc_id)!.text.length).toBe(d.chars);
    }
  });
});

describe("integrity of every row with offsets", () => {
  const textOf = (docId: string) => rows("texts").find((t) => t.doc_id === docId)!.text as string;

  test("items: text === texts.text.slice(char_start, char_end), ids unique, parents exist", () => {
    const ids = new Set(rows("items").map((i) => i.item_id));
    expect(ids.size).toBe(rows("items").length);
    for (const item of rows("items")) {
      expect(textOf(item.doc_id).slice(item.char_start, item.char_end)).toBe(item.text);
      if (item.parent_id !== null) expect(ids.has(item.parent_id)).toBe(true);
    }
  });

  test("assignments point to existing items and their span is the agency as written", () => {
    const items = new Map(rows("items").map((i) => [i.item_id, i]));
    expect(rows("assignments").length).toBeGreaterThan(0);
    for (const a of rows("assignments")) {
      const item = items.get(a.item_id)!;
      expect(item).toBeDefined();
      expect(a.char_start).toBeGreaterThanOrEqual(item.char_start);
      expect(a.char_end).toBeLessThanOrEqual(item.char_end);
      expect(textOf(a.doc_id).slice(a.char_start, a.char_end).replace(/\s+/g, "")).toBe(a.agency_raw);
    }
  });

  test("indicators: quote === text.slice(char_start, char_end), in the item containing it, null only outside every item", () => {
    const items = new Map(rows("items").map((i) => [i.item_id, i]));
    for (const n of rows("indicators")) {
      expect(textOf(n.doc_id).slice(n.char_start, n.char_end)).toBe(n.quote);
      if (n.item_id === null) {
        // Before the first numbered heading, or in unnumbered closing text after the last item (e.g. 综合来看…).
        const containing = rows("items").filter(
          (i) => i.doc_id === n.doc_id && i.char_start <= n.char_start && n.char_start < i.char_end
        );
        expect(containing).toEqual([]);
      } else {
        const item = items.get(n.item_id)!;
        expect(n.char_start).toBeGreaterThanOrEqual(item.char_start);
        expect(n.char_end).toBeLessThanOrEqual(item.char_end);
      }
    }
  });

  test("indicators outside every item are few: Ordos's closing paragraph only", () => {
    expect(
      rows("indicators")
        .filter((n) => n.item_id === null)
        .map((n) => [n.doc_id, n.quote])
    ).toEqual([["ordos-2023-report", "还有2个旗没有创成全区法治政府建设示范地区"]]);
  });

  test("every agency_id in assignments is in the agencies table", () => {
    const agencies = new Set(rows("agencies").map((a) => a.agency_id));
    for (const a of rows("assignments")) expect(agencies.has(a.agency_id)).toBe(true);
  });

  test("coverage has one row per document × topic", () => {
    expect(rows("coverage").length).toBe(rows("documents").length * rows("topics").length);
  });
});

describe("writeTables(outDir, tables)", () => {
  test("writes every table, readable by DuckDB, and identical bytes for identical input", async () => {
    const base = mkdtempSync(join(tmpdir(), "tables-"));
    writeTables(join(base, "a"), tables);
    const again = await extractCorpus(["seeds"]);
    writeTables(join(base, "b"), again.tables);
    const files = readdirSync(join(base, "a"))
      .filter((f) => f.endsWith(".parquet"))
      .sort();
    expect(files).toEqual(
      [
        "agencies",
        "assignments",
        "coverage",
        "documents",
        "indicators",
        "item_terms",
        "item_topics",
        "items",
        "keywords",
        "removals",
        "texts",
        "topics"
      ].map((t) => `${t}.parquet`)
    );
    for (const file of files)
      expect(readFileSync(join(base, "b", file)).equals(readFileSync(join(base, "a", file)))).toBe(true);
    expect(readdirSync(base).sort()).toEqual(["a", "b"]);
    const [{n}] = await query(`select count(*) as n from '${join(base, "a", "items.parquet")}' where is_task`);
    expect(n).toBe(rows("items").filter((i) => i.is_task).length);
  });
});
