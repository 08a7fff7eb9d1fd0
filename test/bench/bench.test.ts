import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {tableSchema} from "../../loaders/tables/table-schemas.ts";
import {toParquet} from "../../loaders/tables/write-parquet.ts";
import {
  bench,
  benchTargets,
  distBytes,
  formatDistBytes,
  formatReport,
  formatTargets,
  siteTextBytes,
  stageShares,
  type BenchRun,
  type BenchSite
} from "../../bench/bench.ts";

describe("bench({sizes: [20], workers: [1], runs: 1})", () => {
  test("reports one run of 20 documents with every stage and every table, and no error", () => {
    const report = bench({sizes: [20], workers: [1], runs: 1, outDir: mkdtempSync(join(tmpdir(), "bench-"))});
    expect(report.runs.map((r) => [r.docs, r.workers, r.runs, r.errors])).toEqual([[20, 1, 1, 0]]);
    const [run] = report.runs;
    expect(Object.keys(run.stages)).toEqual([
      "read_clean",
      "outline",
      "assignments",
      "indicators",
      "segment_keywords",
      "topics",
      "parquet_write"
    ]);
    expect(Object.keys(run.output_bytes).sort()).toEqual([
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
    ]);
  }, 120_000);
});

/**
 * A report as bench() writes it, with the runs measured on 2026-11-21 that the README quotes (seconds, MB/s, share of
 * raw cut per core, speed-up, peak RSS, ms per document); its stage times and table sizes are made up but fixed.
 */
const report = JSON.parse(readFileSync(new URL("../fixtures/bench-report.json", import.meta.url), "utf-8")) as {
  runs: BenchRun[];
};

describe("benchTargets(runs) and formatReport(report) of a fixed report", () => {
  test("give the README's verdicts: only the flat time per document is met", () => {
    expect(benchTargets(report.runs).map((t) => [t.met, t.value])).toEqual([
      [false, 0.24],
      [false, 1.6],
      [false, 748.3],
      [false, 1816],
      [true, 0.911],
      [false, 1.784],
      [false, null],
      [false, null]
    ]);
  });

  test("print the table and the targets as in the snapshot", async () => {
    const text = formatReport({...report, targets: benchTargets(report.runs)});
    await expect(text + "\n").toMatchFileSnapshot("../snapshots/bench/report.txt");
  });
});

/** A run row as bench() reports it, with only the fields the targets read. */
const row = (
  docs: number,
  workers: number,
  seconds: number,
  rss: number,
  fraction = 0.6,
  speedup: number | null = null
) => ({
  docs,
  workers,
  seconds,
  peak_rss_mb: rss,
  fraction_of_raw_per_core: fraction,
  speedup_vs_1_worker: speedup,
  ms_per_doc: (seconds * 1000) / docs
});

describe("the one-worker target of benchTargets(runs)", () => {
  test("notes the fraction per CPU-second beside the wall-clock one, which alone decides met", () => {
    const run = {...row(1000, 1, 190.7, 573, 0.548), fraction_of_raw_cpu: 0.3};
    expect(benchTargets([run])[0]).toMatchObject({
      value: 0.548,
      met: true,
      note: "1000 docs: 0.548 (per CPU-second: 0.3)"
    });
    const stages = Object.fromEntries(
      ["read_clean", "outline", "assignments", "indicators", "segment_keywords", "topics", "parquet_write"].map((k) => [
        k,
        {seconds: 1, mb_s: 1, docs_s: 1}
      ])
    );
    const text = formatReport({
      runs: [{...run, docs_s: 5.2, pipeline_mb_s: 0.149, raw_segment_mb_s: 0.271, stages} as unknown as BenchRun]
    });
    expect(text.split("\n")[0]).toMatch(/of raw\/core {2}of raw\/CPU s {2}speed-up/);
    expect(text.split("\n")[1]).toMatch(/ 55 % +30 % +- /);
  });
});

describe("stageShares(run)", () => {
  test("lists each stage's share of the stage time, largest first", () => {
    const run = {...row(1000, 1, 10, 600), stages: {topics: {seconds: 1}, segment_keywords: {seconds: 3}}};
    expect(stageShares(run)).toBe("segment_keywords 75 %, topics 25 %");
    expect(benchTargets([run])[0].note).toBe("1000 docs: 0.6; time at 1000 docs: segment_keywords 75 %, topics 25 %");
  });
});

describe("benchTargets(runs, site)", () => {
  test("says which extraction target is met, with the measured value, over 1k, 10k and 100k", () => {
    const targets = benchTargets([
      row(1000, 1, 20, 600, 0.55),
      row(1000, 2, 11, 900, 0.5, 1.8),
      row(10_000, 1, 200, 620, 0.52),
      row(10_000, 2, 125, 950, 0.42, 1.6),
      row(100_000, 2, 1300, 1100, 0.4)
    ]);
    expect(targets.map((t) => [t.met, t.value])).toEqual([
      [true, 0.52],
      [false, 1.6],
      [false, 1300],
      [false, 1100],
      [true, 1.182],
      [false, 1.222],
      [false, null],
      [false, null]
    ]);
    expect(targets[4].note).toBe("1 worker(s) 1000→10000: ×1; 2 worker(s) 1000→100000: ×1.182");
    // memory flat means peak RSS not growing with the corpus: 900 → 1,100 MB with 2 workers is ×1.222
    expect(targets[5].target).toBe("peak RSS flat from 1,000 to 100,000 documents (largest / smallest ≤ 1.2)");
    expect(targets[5].note).toBe("1 worker(s) 1000→10000: ×1.033; 2 worker(s) 1000→100000: ×1.222");
    expect(targets[6].note).toBe("not measured: run with --site 10000");
    expect(targets[7].note).toBe("not measured: run with --site 10000");
    expect(formatTargets(targets)).toContain(
      "NOT MET  100,000 documents extracted in ≤ 600 s: 1300 (100000 docs, 2 worker(s))"
    );
  });

  test("a site measured below 10,000 documents meets no site target", () => {
    const site = {
      docs: 20,
      targets: {
        overview_ms: {label: "overview rendered after navigation", value: 700, limit: 2000, unit: "ms", met: true}
      }
    };
    const [target] = benchTargets([], site as any).slice(-1);
    expect(target).toEqual({
      target: "site, 20 documents: overview rendered after navigation ≤ 2000 ms",
      value: 700,
      met: false,
      note: "within the limit, but measured at 20 documents, not 10,000"
    });
  });
});

describe("distBytes(dist)", () => {
  test("sums a built site's files by kind: bundles, briefs, follow files, search index, Parquet, wasm, the rest, and the total", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    const files: [string, number][] = [
      ["index.html", 100],
      ["_file/data/documents/a.json", 1000],
      ["_file/data/documents/b.json", 2000],
      ["_file/data/briefs/x.json", 300],
      ["_file/data/follow/p.json", 20],
      ["_file/data/search/index.json", 40],
      ["_file/data/search/0.json", 60],
      ["_file/data/texts.0123abcd.parquet", 500],
      ["_file/data/release/items.parquet", 70],
      ["_npm/@duckdb/duckdb-wasm@1.29.0/dist/duckdb-eh.wasm", 9000],
      ["_observablehq/client.js", 7]
    ];
    for (const [path, size] of files) {
      mkdirSync(join(dist, path, ".."), {recursive: true});
      writeFileSync(join(dist, path), "x".repeat(size));
    }
    expect(distBytes(dist)).toEqual({
      bundles: 3000,
      briefs: 300,
      follow: 20,
      search_index: 100,
      parquet: 570,
      wasm: 9000,
      other: 107,
      total: 13097
    });
  });
});

/** A site report of 10,000 documents with only what the site-size target reads; the byte counts are made up but fixed. */
const site = (docs: number, total: number) =>
  ({
    docs,
    targets: {},
    dist_bytes: {
      bundles: total - 400e6,
      briefs: 10e6,
      search_index: 150e6,
      parquet: 200e6,
      wasm: 38e6,
      other: 2e6,
      total
    },
    text_bytes: 300e6
  }) as unknown as BenchSite;

describe("the site-size target of benchTargets(runs, site)", () => {
  test("is dist/ over the normalised text: 1,400 MB over 300 MB is ×4.667, NOT MET", () => {
    const target = benchTargets([], site(10_000, 1400e6)).find((t) => t.target.startsWith("site size"));
    expect(target).toEqual({
      target: "site size: dist/ ≤ 2× the corpus's normalised text at 10,000 documents",
      value: 4.667,
      met: false,
      note:
        "10000 docs: dist 1400.0 MB = bundles 1000.0 MB + briefs 10.0 MB + search_index 150.0 MB + parquet 200.0 MB" +
        " + wasm 38.0 MB + other 2.0 MB; normalised text 300.0 MB"
    });
  });

  test("600 MB over 300 MB is ×2, met at 10,000 documents and not below", () => {
    const at = (docs: number) => benchTargets([], site(docs, 600e6)).find((t) => t.target.startsWith("site size"))!;
    expect([at(10_000).value, at(10_000).met]).toEqual([2, true]);
    expect([at(1000).value, at(1000).met]).toEqual([2, false]);
    expect(at(1000).note).toMatch(/; measured at 1000 documents, not 10,000$/);
  });

  test("formatDistBytes of a site without byte counts says 0 MB", () => {
    expect(formatDistBytes({})).toBe("dist 0.0 MB = ; normalised text 0.0 MB");
  });
});

describe("siteTextBytes(dist)", () => {
  test("sums the UTF-8 bytes of the texts table's texts: 法治 is 6 bytes, ab 2, a null text 0", () => {
    const dist = mkdtempSync(join(tmpdir(), "dist-"));
    mkdirSync(join(dist, "_file", "data"), {recursive: true});
    const rows = [
      {doc_id: "a", text: "法治"},
      {doc_id: "b", text: "ab"},
      {doc_id: "c", text: null}
    ];
    writeFileSync(join(dist, "_file", "data", "texts.0123abcd.parquet"), toParquet(rows, tableSchema("texts")));
    expect(siteTextBytes(dist)).toBe(8);
  });

  test("a site without a texts table gives 0", () => {
    expect(siteTextBytes(mkdtempSync(join(tmpdir(), "dist-")))).toBe(0);
  });
});
