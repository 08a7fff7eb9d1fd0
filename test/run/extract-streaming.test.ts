import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {generateCorpus} from "../../bench/generate-corpus.ts";
import {extractCorpus} from "../../loaders/run/extract-corpus.ts";
import {extractToParquet} from "../../loaders/run/extract-streaming.ts";
import {writeTables} from "../../loaders/tables/write-tables.ts";
import {query} from "../support/duckdb.ts";

const base = mkdtempSync(join(tmpdir(), "streaming-"));
const same = (a: string, b: string) =>
  readdirSync(a)
    .filter((f) => f.endsWith(".parquet"))
    .sort()
    .map((f) => [f, readFileSync(join(a, f)).equals(readFileSync(join(b, f)))]);

describe("extractToParquet(['seeds'], out, {workers})", () => {
  beforeAll(async () => {
    writeTables(join(base, "memory"), (await extractCorpus(["seeds"])).tables);
    await extractToParquet(["seeds"], join(base, "w1"), {workers: 1});
    await extractToParquet(["seeds"], join(base, "w2"), {workers: 2});
  });

  test("writes the same bytes with 2 workers as with 1, and as writeTables(extractCorpus(...))", () => {
    const expected = readdirSync(join(base, "memory"))
      .filter((f) => f.endsWith(".parquet"))
      .sort()
      .map((f) => [f, true]);
    expect(expected.length).toBe(12);
    expect(same(join(base, "w1"), join(base, "w2"))).toEqual(expected);
    expect(same(join(base, "memory"), join(base, "w1"))).toEqual(expected);
  });

  test("leaves no temporary folder or spill file behind", () => {
    expect(readdirSync(base).sort()).toEqual(["memory", "w1", "w2"]);
    expect(readdirSync(join(base, "w2")).filter((f) => !f.endsWith(".parquet"))).toEqual([".fazhi-extract-output"]);
  });
});

describe("extractToParquet on a generated corpus of 30 documents", () => {
  const corpus = join(base, "corpus");

  beforeAll(async () => {
    generateCorpus(corpus, {docs: 30, seed: 5});
    await extractToParquet([corpus], join(base, "part"), {workers: 2, partition: true});
    await extractToParquet([corpus], join(base, "s1"), {shard: {k: 1, n: 2}});
    await extractToParquet([corpus], join(base, "s2"), {shard: {k: 2, n: 2}});
    await extractToParquet([corpus], join(base, "all"), {workers: 2});
  });

  test("--partition writes hive folders that DuckDB reads back with province and year", async () => {
    const docs = await query(
      `select province, year, count(*)::int n from read_parquet('${base}/part/documents/**/*.parquet', hive_partitioning = true) group by all`
    );
    expect(docs.reduce((n, d) => n + (d.n as number), 0)).toBe(30);
    const [items] = await query(
      `select count(*)::int n, count(distinct province)::int provinces from read_parquet('${base}/part/items/**/*.parquet', hive_partitioning = true)`
    );
    const [flat] = await query(`select count(*)::int n from '${base}/all/items.parquet'`);
    expect(items.n).toBe(flat.n);
    expect(items.provinces).toBe(new Set(docs.map((d) => d.province)).size);
    expect(readdirSync(join(base, "part", "items"))[0]).toMatch(/^province=/);
  });

  test("--shard 1/2 and --shard 2/2 together cover every document exactly once", async () => {
    const ids = await query(
      `select doc_id from read_parquet(['${base}/s1/documents.parquet', '${base}/s2/documents.parquet']) order by doc_id`
    );
    const all = await query(`select doc_id from '${base}/all/documents.parquet' order by doc_id`);
    expect(ids).toEqual(all);
    expect(all.length).toBe(30);
    const [s1] = await query(`select count(*)::int n from '${base}/s1/documents.parquet'`);
    expect(s1.n).toBeGreaterThan(0);
    expect(s1.n).toBeLessThan(30);
  });
});

describe("extractToParquet on two files of the same name in two folders (no manifest: the same doc_id)", () => {
  const dir = join(base, "twins");
  const out = (w: number) => join(base, `twins-w${w}`);

  beforeAll(async () => {
    for (const folder of ["x", "y"]) {
      mkdirSync(join(dir, folder), {recursive: true});
      copyFileSync("seeds/dongsheng-2022-plan.txt", join(dir, folder, "plan.txt"));
    }
    await extractToParquet([dir], out(1), {workers: 1});
    await extractToParquet([dir], out(2), {workers: 2});
  });

  test.each([1, 2])(
    "with %i worker(s), extracts the second copy again under a new doc_id, in every row, and says so",
    async (w) => {
      const docs = await query(`select doc_id, warnings from '${out(w)}/documents.parquet' order by doc_id`);
      const [first, second] = docs.map((d) => d.doc_id as string);
      expect(docs).toHaveLength(2);
      expect(second).toBe(`${first}-2`);
      expect(docs[1].warnings).toContain(`doc_id ${first} already used by another file; renamed to ${first}-2`);
      const items = await query(
        `select doc_id, count(*)::int n from '${out(w)}/items.parquet' group by all order by 1`
      );
      expect(items.map((r) => r.doc_id)).toEqual([first, second]);
      expect(items[0].n).toBe(items[1].n);
      expect(items[0].n).toBeGreaterThan(10);
    }
  );
});
