import {createHash} from "node:crypto";
import {mkdtempSync, readFileSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {beforeAll, describe, expect, test} from "vitest";
import {generateCorpus, generateDocument, loadPools, prng} from "../../bench/generate-corpus.ts";
import {extractCorpus} from "../../loaders/run/extract-corpus.ts";
import type {Tables} from "../../loaders/types.ts";
import {readManifest} from "../../loaders/metadata/read-manifest.ts";

/** sha256 over every file of a folder (relative path and bytes), in sorted order. */
function folderSha(dir: string): string {
  const hash = createHash("sha256");
  for (const name of (readdirSync(dir, {recursive: true}) as string[]).sort()) {
    const path = join(dir, name);
    if (!name.endsWith(".txt") && !name.endsWith(".csv")) continue;
    hash.update(name).update(readFileSync(path));
  }
  return hash.digest("hex");
}

describe("prng(seed)", () => {
  test("gives the same sequence for the same seed and another for another seed", () => {
    const a = prng(7);
    const b = prng(7);
    const c = prng(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("generateCorpus(dir, {docs: 40, seed})", () => {
  const base = mkdtempSync(join(tmpdir(), "gen-"));
  let tables: Tables;

  beforeAll(async () => {
    generateCorpus(join(base, "a"), {docs: 40, seed: 1});
    generateCorpus(join(base, "b"), {docs: 40, seed: 1});
    generateCorpus(join(base, "c"), {docs: 40, seed: 2});
    ({tables} = await extractCorpus([join(base, "a")]));
  });

  test("writes the same bytes for the same seed and different bytes for another seed", () => {
    expect(folderSha(join(base, "b"))).toBe(folderSha(join(base, "a")));
    expect(folderSha(join(base, "c"))).not.toBe(folderSha(join(base, "a")));
  });

  test("writes a manifest.csv in the seeds' columns, one valid row per document", () => {
    const header = readFileSync(join(base, "a", "manifest.csv"), "utf8").split("\n")[0];
    expect(header).toBe(readFileSync("seeds/manifest.csv", "utf8").split("\n")[0]);
    const rows = [...readManifest(join(base, "a", "manifest.csv")).values()];
    expect(rows.length).toBe(40);
    expect(rows[0].doc_id).toBe("gen-1-000000");
    expect(readdirSync(join(base, "a", "docs", "000")).length).toBe(40);
  });

  test("covers all four genres, and the real pipeline finds their tasks, assignments and indicators", () => {
    const docs = tables.documents as Record<string, any>[];
    expect(docs.length).toBe(40);
    expect(new Set(docs.map((d) => d.doc_type))).toEqual(
      new Set(["task_plan", "implementation_opinion", "annual_report", "work_points"])
    );
    expect(docs.every((d) => d.metadata_source === "manifest")).toBe(true);
    for (const d of docs.filter((d) => d.doc_type === "task_plan")) {
      expect(d.n_tasks).toBe(85);
      expect(d.n_assignments).toBeGreaterThan(0);
    }
    for (const d of docs) expect(d.n_indicators).toBeGreaterThan(0);
  });
});

describe("generateDocument(pools, seed, index)", () => {
  const pools = loadPools();

  test("is the same document for the same arguments, under a real jurisdiction of its province", () => {
    const a = generateDocument(pools, 1, 5);
    expect(generateDocument(pools, 1, 5)).toEqual(a);
    expect(a.text.startsWith(a.row.title)).toBe(true);
    expect(pools.divisions.some((d) => d.name === a.row.jurisdiction && d.province === a.row.province)).toBe(true);
  });

  test("writes unit lines with 牵头单位/牵头部门 labels in task plans", () => {
    const plans = Array.from({length: 40}, (_, i) => generateDocument(pools, 3, i)).filter(
      (d) => d.row.doc_type === "task_plan"
    );
    expect(plans.length).toBeGreaterThan(0);
    for (const d of plans) expect(d.text).toMatch(/牵头(?:单位|部门)[:：]/);
  });
});
