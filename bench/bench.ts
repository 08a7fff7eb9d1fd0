/**
 * npm run bench [-- --docs N[,M…]] [--workers 1,2] [--runs R] [--json FILE] [--seed S] [--keep]
 *
 * Generates (or reuses) a synthetic corpus per size under bench/output/, extracts it with extractToParquet in a fresh
 * process per run (so peak RSS is the run's own), measures nodejieba's raw `cut` on the same documents' text in the
 * same run, prints a table and writes a JSON report whose `runs` has one object per size × worker count (medians
 * of `--runs` runs; default 3 below 10,000 documents, 1 from 10,000).
 */
import {execFileSync} from "node:child_process";
import {existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import {generateCorpus} from "./generate-corpus.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");
const tsx = join(root, "node_modules", ".bin", "tsx");

/** Stages of the report and the extractDocument/extractToParquet timers they sum. */
export const STAGES: Record<string, string[]> = {
  read_clean: ["read", "clean", "metadata"],
  outline: ["outline"],
  assignments: ["assignments"],
  indicators: ["indicators"],
  segment_keywords: ["segment", "keywords"],
  topics: ["topics"],
  parquet_write: ["write"]
};

interface Once {
  docs: number;
  errors: number;
  bytes: number;
  seconds: number;
  times: Record<string, number>;
  output_bytes: Record<string, number>;
  peak_rss_mb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runJson<T>(args: string[]): T {
  return JSON.parse(
    execFileSync(tsx, args, {cwd: root, maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "inherit"]}).toString()
  ) as T;
}

/** Runs the benchmark and returns the report. */
export function bench({
  sizes,
  workers,
  runs,
  seed = 1,
  keep = false,
  outDir = join(root, "bench", "output")
}: {
  sizes: number[];
  workers: number[];
  runs?: number;
  seed?: number;
  keep?: boolean;
  outDir?: string;
}) {
  const report: {generated_at: string; machine: object; runs: object[]} = {
    generated_at: new Date().toISOString(),
    machine: {cpus: await_cpus(), node: process.version},
    runs: []
  };
  for (const size of sizes) {
    const corpus = join(outDir, `corpus-${size}-seed${seed}`);
    if (!existsSync(join(corpus, "manifest.csv"))) generateCorpus(corpus, {docs: size, seed});
    const raw = runJson<{bytes: number; seconds: number; mb_s: number; docs: number; load_seconds: number}>([
      join(root, "bench", "raw-segment.ts"),
      corpus
    ]);
    const repeat = runs ?? (size >= 10_000 ? 1 : 3);
    let one: number | null = null;
    for (const w of workers) {
      const results: Once[] = [];
      for (let r = 0; r < repeat; ++r) {
        const out = join(outDir, `out-${size}-w${w}`);
        results.push(runJson<Once>([join(root, "bench", "extract-once.ts"), corpus, out, String(w)]));
        if (!keep) rmSync(out, {recursive: true, force: true});
      }
      const seconds = median(results.map((d) => d.seconds));
      const mb = results[0].bytes / 1e6;
      const stages: Record<string, {seconds: number; mb_s: number; docs_s: number}> = {};
      for (const [stage, timers] of Object.entries(STAGES)) {
        const s = median(results.map((d) => timers.reduce((t, k) => t + (d.times[k] ?? 0), 0) / 1000));
        stages[stage] = {seconds: round(s), mb_s: round(mb / s), docs_s: round(results[0].docs / s)};
      }
      const pipeline = mb / seconds;
      if (w === 1) one = seconds;
      report.runs.push({
        docs: results[0].docs,
        workers: w,
        runs: repeat,
        seconds: round(seconds),
        mb: round(mb),
        docs_s: round(results[0].docs / seconds),
        pipeline_mb_s: round(pipeline),
        raw_segment_mb_s: round(raw.mb_s),
        raw_segment_sample_mb: round(raw.bytes / 1e6),
        fraction_of_raw_per_core: round(pipeline / w / raw.mb_s),
        speedup_vs_1_worker: one == null ? null : round(one / seconds),
        peak_rss_mb: round(median(results.map((d) => d.peak_rss_mb))),
        ms_per_doc: round((seconds * 1000) / results[0].docs),
        errors: results[0].errors,
        stages,
        output_bytes: results[0].output_bytes,
        output_mb: round(Object.values(results[0].output_bytes).reduce((a, b) => a + b, 0) / 1e6)
      });
    }
  }
  return report;
}

function await_cpus(): number {
  return Number(execFileSync("nproc").toString().trim());
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The report as an aligned text table. */
export function formatReport(report: {runs: any[]}): string {
  const header = [
    "docs",
    "workers",
    "s",
    "docs/s",
    "MB/s",
    "raw cut MB/s",
    "of raw/core",
    "speed-up",
    "RSS MB",
    ...Object.keys(STAGES).map((s) => `${s} MB/s`)
  ];
  const rows = report.runs.map((r) =>
    [
      r.docs,
      r.workers,
      r.seconds,
      r.docs_s,
      r.pipeline_mb_s,
      r.raw_segment_mb_s,
      `${Math.round(r.fraction_of_raw_per_core * 100)} %`,
      r.speedup_vs_1_worker ?? "-",
      Math.round(r.peak_rss_mb),
      ...Object.keys(STAGES).map((s) => r.stages[s].mb_s)
    ].map(String)
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((r) => r.map((c, i) => c.padStart(widths[i])).join("  ")).join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      docs: {type: "string"},
      workers: {type: "string"},
      runs: {type: "string"},
      json: {type: "string"},
      seed: {type: "string"},
      keep: {type: "boolean"}
    }
  });
  const sizes = (values.docs ?? "1000,10000,100000").split(",").map(Number);
  const workers = (values.workers ?? "1,2").split(",").map(Number);
  const report = bench({
    sizes,
    workers,
    runs: values.runs ? Number(values.runs) : undefined,
    seed: Number(values.seed ?? 1),
    keep: values.keep
  });
  console.log(formatReport(report));
  const json = values.json ?? join(root, "bench", "output", "report.json");
  mkdirSync(resolve(json, ".."), {recursive: true});
  writeFileSync(json, JSON.stringify(report, null, 2) + "\n");
  console.log(`wrote ${json}`);
  void readFileSync;
}
