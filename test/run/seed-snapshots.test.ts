import {createHash} from "node:crypto";
import {beforeAll, describe, expect, test} from "vitest";
import {extractCorpus} from "../../loaders/run/extract-corpus.ts";
import {readParquetRows} from "../../loaders/tables/read-parquet.ts";
import {tableSchemas, type TableSpec} from "../../loaders/tables/table-schemas.ts";
import {toParquet} from "../../loaders/tables/write-parquet.ts";
import type {Tables} from "../../loaders/types.ts";

let tables: Tables;

beforeAll(async () => {
  ({tables} = await extractCorpus(["seeds"]));
});

/** A float column's values to 6 decimals, so a change in the last bits of a score is not a diff. */
const round = (value: unknown) =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1e6) / 1e6 : value;

/**
 * A table as written to Parquet and read back, as reviewable JSON: one row a line, columns in the schema's order,
 * floats rounded, rows sorted. The texts table is summarised by each text's length and sha256.
 */
function snapshot(spec: TableSpec, rows: object[]): string {
  const read = readParquetRows(toParquet(rows, spec));
  const lines = read.map((row) =>
    JSON.stringify(
      spec.name === "texts"
        ? {
            doc_id: row.doc_id,
            chars: String(row.text).length,
            sha256: createHash("sha256").update(String(row.text)).digest("hex")
          }
        : Object.fromEntries(spec.columns.map(({name}) => [name, round(row[name] ?? null)]))
    )
  );
  return `[\n${lines.sort().join(",\n")}\n]\n`;
}

describe("extractCorpus(['seeds']): every table as in test/snapshots/seeds/", () => {
  test.each(tableSchemas.map((spec) => [spec.name, spec] as const))("%s", async (name, spec) => {
    await expect(snapshot(spec, tables[name] ?? [])).toMatchFileSnapshot(`../snapshots/seeds/${name}.json`);
  });
});
