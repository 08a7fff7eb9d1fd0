import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {bench, formatReport} from "../bench/bench.ts";

describe("bench({sizes: [20], workers: [1], runs: 1})", () => {
  test("reports one run with the required fields and sane values", () => {
    const report = bench({sizes: [20], workers: [1], runs: 1, outDir: mkdtempSync(join(tmpdir(), "bench-"))});
    expect(report.runs.length).toBe(1);
    const run = report.runs[0] as Record<string, any>;
    expect(run.docs).toBe(20);
    expect(run.workers).toBe(1);
    expect(run.errors).toBe(0);
    for (const key of ["seconds", "pipeline_mb_s", "raw_segment_mb_s", "peak_rss_mb", "docs_s", "output_mb"])
      expect(run[key]).toBeGreaterThan(0);
    expect(Object.keys(run.stages)).toEqual([
      "read_clean",
      "outline",
      "assignments",
      "indicators",
      "segment_keywords",
      "topics",
      "parquet_write"
    ]);
    expect(Object.keys(run.output_bytes).length).toBe(12);
    expect(formatReport(report)).toMatch(/^\s*docs\s+workers/);
  }, 120_000);
});
