/** scripts/write-bundles.ts: copies the site's per-document and per-brief JSON into a built site, or says why not. */
import {spawnSync} from "node:child_process";
import {mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";

const tsx = join("node_modules", ".bin", "tsx");
const writeBundles = (dist: string) =>
  spawnSync(tsx, ["scripts/write-bundles.ts", "--dist", dist], {encoding: "utf-8"});

describe("scripts/write-bundles.ts", () => {
  it("refuses a folder that is not a built site, naming it, and writes nothing", () => {
    const dist = mkdtempSync(join(tmpdir(), "not-a-site-"));
    const result = writeBundles(dist);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dist}/index.html is missing; run observable build first`);
    expect(readdirSync(dist)).toEqual([]);
  });

  it("writes one JSON file per seed document, per seed jurisdiction's brief and per seed plan, and the search index", () => {
    const dist = mkdtempSync(join(tmpdir(), "site-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html>");
    const result = writeBundles(dist);
    expect(result.status).toBe(0);
    expect(readdirSync(join(dist, "_file", "data", "documents"))).toEqual([
      "bayingol-2024-work-points.json",
      "dongsheng-2022-plan.json",
      "liaoyang-2015-opinion.json",
      "ordos-2023-report.json",
      "pingcheng-2020-report.json"
    ]);
    expect(readdirSync(join(dist, "_file", "data", "briefs")).length).toBe(5);
    // One follow-through file per plan, opinion or work points: not the two reports.
    expect(readdirSync(join(dist, "_file", "data", "follow")).sort()).toEqual([
      "bayingol-2024-work-points.json",
      "dongsheng-2022-plan.json",
      "liaoyang-2015-opinion.json"
    ]);
    // The search index (gzip-compressed): its manifest and one binary shard per 4,096 characters of the seeds' texts (43,837).
    const search = readdirSync(join(dist, "_file", "data", "search")).sort();
    expect(search).toEqual([...Array.from({length: 11}, (_, k) => `${k}.bin`), "index.json.gz"].sort());
  }, 60_000);
});
