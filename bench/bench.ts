/**
 * npm run bench [-- --docs N[,M…]] [--workers 1,2 (default: 1,2 up to 10,000 documents, 2 above)] [--runs R] [--json FILE] [--seed S] [--keep]
 *                  [--site N] [--site-runs R]
 * npm run bench -- --report FILE.json
 *
 * Generates (or reuses) a synthetic corpus per size under bench/output/, extracts it with extractToParquet in a fresh
 * process per run (so peak RSS is the run's own), measures nodejieba's raw `cut` on the same documents' text in the
 * same run, prints a table and writes a JSON report whose `runs` has one object per size × worker count (medians
 * of `--runs` runs; default 3 below 10,000 documents, 1 from 10,000).
 *
 * `--site N` also builds the site from the size-N corpus (in a private copy of the tree, so the repo's dist/ is
 * untouched) and measures it in headless Chromium with bench/site-bench.ts (medians of `--site-runs`, default 3): the
 * report's `site`. Default: 10,000 when a size of at least 10,000 is benchmarked, else no site; `--site 0` turns it
 * off. The report ends with `targets`: each target of issue 6, its measured value, and whether it is met; for a target
 * NOT MET the note gives, from the measured numbers, its cause and what would meet it (see benchTargets).
 *
 * Each run's memory is traced (FAZHI_MEMORY_TRACE, loaders/run/memory-trace.ts) and summarised as the run's
 * `memory_at_peak` (memoryAtPeak): where the MB were at the moment of the largest RSS sampled.
 *
 * `npm run bench -- --report FILE.json` runs nothing: it prints an existing report again (table, site, and targets
 * recomputed with today's benchTargets), so a long run's numbers can be re-read under the current targets and notes.
 */
import {execFileSync} from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync
} from "node:fs";
import {tmpdir} from "node:os";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import type {MemoryReport} from "../loaders/run/memory-trace.ts";
import {readParquetRows} from "../loaders/tables/read-parquet.ts";
import {generateCorpus} from "./generate-corpus.ts";
import {formatSiteReport, siteBench, type SiteReport} from "./site-bench.ts";

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
  /** Share of the machine's CPU capacity that other processes used during the run (see otherLoad). */
  other_load?: number | null;
  docs: number;
  errors: number;
  bytes: number;
  seconds: number;
  cpu_seconds?: number;
  times: Record<string, number>;
  output_bytes: Record<string, number>;
  peak_rss_mb: number;
  /** memoryAtPeak of the run's memory trace; absent when the trace was not written. */
  memory_at_peak?: MemoryAtPeak | null;
}

/** One thread's memory at the process's peak RSS, MB (rounded); parquet_wasm only where it is probed (main). */
export interface ThreadMemory {
  heap_total: number;
  external: number;
  parquet_wasm?: number;
}

/**
 * Where a run's memory was at the moment of its largest RSS sampled, MB (rounded): the RSS, the documents done then,
 * per thread ("main", "worker-N") its V8 heap (heapTotal) and external memory (with parquet-wasm's linear memory,
 * part of main's external), and `rest` = rss − the sum of every thread's heap_total + external: what V8 does not
 * account for — native code and libraries, nodejieba's dictionaries (loaded per worker, in C++), malloc's arenas and
 * fragmentation, thread stacks.
 */
export interface MemoryAtPeak {
  rss: number;
  docs: number;
  threads: Record<string, ThreadMemory>;
  rest: number;
}

/** The memory trace's figures at peak RSS as a MemoryAtPeak; null when the trace has no sample. */
export function memoryAtPeak(trace: Pick<MemoryReport, "atPeakRss">): MemoryAtPeak | null {
  const peak = trace.atPeakRss;
  if (!peak) return null;
  const threads: Record<string, ThreadMemory> = {};
  let accounted = 0;
  // main first, then workers by number
  const names = Object.keys(peak.threads).sort((a, b) =>
    a === "main" ? -1 : b === "main" ? 1 : Number(a.replace(/\D/g, "")) - Number(b.replace(/\D/g, ""))
  );
  for (const name of names) {
    const t = peak.threads[name];
    accounted += t.heapTotal + t.external;
    threads[name] = {
      heap_total: Math.round(t.heapTotal),
      external: Math.round(t.external),
      ...(t.probes?.parquet_wasm != null ? {parquet_wasm: Math.round(t.probes.parquet_wasm)} : {})
    };
  }
  return {rss: Math.round(peak.rss), docs: peak.docs, threads, rest: Math.round(peak.rss - accounted)};
}

/** A run's memory trace file as memoryAtPeak; null when the run wrote none (bench() removes its folder). */
function readMemoryTrace(file: string): MemoryAtPeak | null {
  const text = readText(file);
  return text ? memoryAtPeak(JSON.parse(text) as MemoryReport) : null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function runJson<T>(args: string[], env: Record<string, string> = {}): T {
  return JSON.parse(
    execFileSync(tsx, args, {
      cwd: root,
      env: {...process.env, ...env},
      maxBuffer: 1 << 26,
      stdio: ["ignore", "pipe", "inherit"]
    }).toString()
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
  /** Worker counts to run, for all sizes or per size. */
  workers: number[] | ((size: number) => number[]);
  runs?: number;
  seed?: number;
  keep?: boolean;
  outDir?: string;
}) {
  const report: {generated_at: string; machine: {cpus: number; node: string}; runs: BenchRun[]} = {
    generated_at: new Date().toISOString(),
    machine: {cpus: await_cpus(), node: process.version},
    runs: []
  };
  for (const size of sizes) {
    const corpus = corpusDir(outDir, size, seed);
    if (!existsSync(join(corpus, "manifest.csv"))) generateCorpus(corpus, {docs: size, seed});
    const raw = runJson<{bytes: number; seconds: number; mb_s: number; cpu_mb_s?: number; docs: number}>([
      join(root, "bench", "raw-segment.ts"),
      corpus
    ]);
    const repeat = runs ?? (size >= 10_000 ? 1 : 3);
    let one: number | null = null;
    for (const w of typeof workers === "function" ? workers(size) : workers) {
      const results: Once[] = [];
      for (let r = 0; r < repeat; ++r) {
        const out = join(outDir, `out-${size}-w${w}`);
        const trace = join(mkdtempSync(join(tmpdir(), "fazhi-memory-")), "trace.json");
        const before = cpuSnapshot();
        const once = runJson<Once>([join(root, "bench", "extract-once.ts"), corpus, out, String(w)], {
          FAZHI_MEMORY_TRACE: trace
        });
        const otherLoadNow = otherLoad(before, cpuSnapshot(), report.machine.cpus);
        results.push({...once, other_load: otherLoadNow, memory_at_peak: readMemoryTrace(trace)});
        rmSync(resolve(trace, ".."), {recursive: true, force: true});
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
      const peakRss = median(results.map((d) => d.peak_rss_mb));
      const cpuSeconds = median(results.map((d) => d.cpu_seconds ?? NaN));
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
        ...cpuFraction(mb, cpuSeconds, raw.cpu_mb_s),
        ...(cpuSeconds > 0 ? {cpu_seconds: round(cpuSeconds)} : {}),
        speedup_vs_1_worker: one == null ? null : round(one / seconds),
        peak_rss_mb: round(peakRss),
        // The breakdown of the run whose peak RSS is nearest the reported median (the first such run on ties): with
        // an odd number of runs, the run whose peak is the one reported.
        memory_at_peak: nearest(results, peakRss).memory_at_peak ?? null,
        ...otherLoadOf(results),
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

/**
 * The pipeline's MB per CPU-second (all threads) over raw `cut`'s: throughput per core that does not depend on how
 * busy the machine was, unlike the wall-clock fraction; {} when either CPU time is missing.
 */
function nearest(results: Once[], peakRss: number): Once {
  return results.reduce((best, d) =>
    Math.abs(d.peak_rss_mb - peakRss) < Math.abs(best.peak_rss_mb - peakRss) ? d : best
  );
}

function cpuFraction(mb: number, cpuSeconds: number, rawCpuMbS: number | undefined): {fraction_of_raw_cpu?: number} {
  if (!(cpuSeconds > 0) || !(rawCpuMbS && rawCpuMbS > 0)) return {};
  return {fraction_of_raw_cpu: round(mb / cpuSeconds / rawCpuMbS)};
}

/**
 * CPU seconds the whole machine has spent busy since boot (user, nice, system, irq, softirq and steal in the first
 * line of /proc/stat, in USER_HZ = 100 ticks a second); null where there is no /proc/stat.
 */
export function machineCpuSeconds(stat = readText("/proc/stat")): number | null {
  const fields = stat?.split("\n")[0].trim().split(/\s+/);
  if (!fields || fields[0] !== "cpu") return null;
  const [user, nice, system, , , irq, softirq, steal = 0] = fields.slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / 100;
}

/**
 * CPU seconds of this process and of its children that have ended (utime, stime, cutime and cstime of
 * /proc/self/stat, in ticks of 1/100 s): a run's extraction process with every thread, once it has exited.
 */
export function ownCpuSeconds(stat = readText("/proc/self/stat")): number | null {
  if (!stat) return null;
  const fields = stat
    .slice(stat.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  return (fields[11] + fields[12] + fields[13] + fields[14]) / 100;
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

/** The machine's busy CPU seconds, this process tree's own and the time (ms), at one moment. */
export interface CpuSnapshot {
  machine: number | null;
  own: number | null;
  at: number;
}

function cpuSnapshot(): CpuSnapshot {
  return {machine: machineCpuSeconds(), own: ownCpuSeconds(), at: performance.now()};
}

/**
 * The share of the machine's capacity (cpus × the seconds between two snapshots) that processes other than this one
 * and its children used between them: the machine's busy CPU seconds less our own. Above {@link BUSY_LIMIT} a run's
 * wall-clock times say more about the other processes than about the pipeline. Null when a count is missing.
 */
export function otherLoad(before: CpuSnapshot, after: CpuSnapshot, cpus: number): number | null {
  const seconds = (after.at - before.at) / 1000;
  if (before.machine == null || after.machine == null || before.own == null || after.own == null || !(seconds > 0))
    return null;
  const others = after.machine - before.machine - (after.own - before.own);
  return round(Math.min(1, Math.max(0, others / (cpus * seconds))));
}

/** The largest other load of a size × worker count's runs, as its `other_load`; nothing when none was measured. */
function otherLoadOf(results: Once[]): {other_load?: number} {
  const loads = results.map((d) => d.other_load).filter((x): x is number => x != null);
  return loads.length ? {other_load: Math.max(...loads)} : {};
}

/** Other processes' share of the machine above which wall-clock targets are not judged (10 %). */
export const BUSY_LIMIT = 0.1;

/** Where the size-`docs` corpus of `seed` lives (generated by bench() or benchSite() when missing). */
export function corpusDir(outDir: string, docs: number, seed: number): string {
  return join(outDir, `corpus-${docs}-seed${seed}`);
}

/** Top-level folders of the tree not copied for a site build: installed, generated or unrelated output. */
const NOT_COPIED = ["node_modules", "dist", "out", ".git", "bench/output", "test/screenshots", "test/output"];

/**
 * Builds the site from `corpus` (FAZHI_CORPUS=<corpus> npm run build) in a copy of the tree under `work`, with
 * node_modules linked, so the repo's own dist/ and out/ are left alone; build output goes to stderr. Returns the
 * built dist/ and the build's wall-clock seconds.
 */
export function buildSite(corpus: string, work: string): {dist: string; seconds: number} {
  if (!existsSync(corpus)) throw new Error(`invalid corpus: ${corpus}`);
  cpSync(root, work, {
    recursive: true,
    filter: (src) => !NOT_COPIED.includes(relative(root, src).split("\\").join("/"))
  });
  symlinkSync(join(root, "node_modules"), join(work, "node_modules"), "dir");
  const t0 = performance.now();
  execFileSync("npm", ["run", "build", "--silent"], {
    cwd: work,
    env: {...process.env, FAZHI_CORPUS: resolve(corpus)},
    stdio: ["ignore", 2, 2]
  });
  return {dist: join(work, "dist"), seconds: (performance.now() - t0) / 1000};
}

/**
 * Kinds of file in a built site, tried in order on each file's path under dist/ (first match wins): the per-document
 * bundles, the briefs, the per-plan follow files (all three gzip-compressed JSON), the search index, every Parquet file (the tables), DuckDB's and parquet-wasm's
 * wasm, and the rest (pages, scripts, JSON aggregates; the release zip is packed in the page, not a file of dist/).
 */
export const DIST_KINDS: [kind: string, test: (path: string) => boolean][] = [
  ["bundles", (p) => p.startsWith("_file/data/documents/")],
  ["briefs", (p) => p.startsWith("_file/data/briefs/")],
  ["follow", (p) => p.startsWith("_file/data/follow/")],
  ["search_index", (p) => p.startsWith("_file/data/search/")],
  ["parquet", (p) => p.endsWith(".parquet")],
  ["wasm", (p) => p.endsWith(".wasm")],
  ["other", () => true]
];

/** Bytes of every file under `dist` by kind (DIST_KINDS, each kind present, 0 when none) and `total`. */
export function distBytes(dist: string): Record<string, number> {
  const bytes: Record<string, number> = Object.fromEntries([...DIST_KINDS.map(([k]) => [k, 0]), ["total", 0]]);
  for (const entry of readdirSync(dist, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(dist, file).split("\\").join("/");
    const size = statSync(file).size;
    bytes[DIST_KINDS.find(([, test]) => test(path))![0]] += size;
    bytes.total += size;
  }
  return bytes;
}

/** UTF-8 bytes of the normalised text of every document of the site (its texts table); 0 when it has none. */
export function siteTextBytes(dist: string): number {
  const dir = join(dist, "_file", "data");
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^texts\.[0-9a-f]+\.parquet$/.test(f)) : undefined;
  if (!file) return 0;
  let bytes = 0;
  for (const {text} of readParquetRows<{text: string | null}>(readFileSync(join(dir, file))))
    bytes += Buffer.byteLength(text ?? "", "utf-8");
  return bytes;
}

/** The site measured at one corpus size: SiteReport plus the corpus, the build's seconds and dist/'s bytes. */
export type BenchSite = SiteReport & {
  corpus: string;
  build_seconds: number;
  /** distBytes(dist) */
  dist_bytes?: Record<string, number>;
  /** siteTextBytes(dist): the yardstick of the site-size target. */
  text_bytes?: number;
};

/**
 * Generates (or reuses) the size-`docs` corpus, builds the site from it in a temporary copy of the tree and measures
 * it in headless Chromium (bench/site-bench.ts). The copy is removed afterwards unless `keep`.
 */
export async function benchSite({
  docs,
  seed = 1,
  runs = 3,
  keep = false,
  outDir = join(root, "bench", "output")
}: {
  docs: number;
  seed?: number;
  runs?: number;
  keep?: boolean;
  outDir?: string;
}): Promise<BenchSite> {
  const corpus = corpusDir(outDir, docs, seed);
  if (!existsSync(join(corpus, "manifest.csv"))) generateCorpus(corpus, {docs, seed});
  const work = mkdtempSync(join(tmpdir(), `fazhi-site-${docs}-`));
  try {
    const built = buildSite(corpus, work);
    const site = await siteBench({dist: built.dist, runs});
    return {
      corpus,
      build_seconds: round(built.seconds),
      ...site,
      dist_bytes: distBytes(built.dist),
      text_bytes: siteTextBytes(built.dist)
    };
  } finally {
    if (keep) console.error(`kept the site build in ${work}`);
    else rmSync(work, {recursive: true, force: true});
  }
}

/** One target of issue 6: what it asks, the measured value, and whether it is met (not measured is not met). */
export interface Target {
  target: string;
  value: number | null;
  met: boolean;
  note: string;
}

interface RunRow {
  docs: number;
  workers: number;
  seconds: number;
  fraction_of_raw_per_core: number;
  /** Pipeline MB per CPU-second over raw cut's (see cpuFraction); absent in reports without CPU times. */
  fraction_of_raw_cpu?: number;
  speedup_vs_1_worker: number | null;
  peak_rss_mb: number;
  ms_per_doc: number;
  stages?: Record<string, {seconds: number}>;
  /** Other processes' share of the machine during the run (otherLoad); absent in reports from before 2026-11-30. */
  other_load?: number;
  /** CPU seconds of every thread of the run's process (median of the runs); absent in reports without it. */
  cpu_seconds?: number;
  /** memoryAtPeak of one run (see bench()); absent in reports from before 2026-11-30. */
  memory_at_peak?: MemoryAtPeak | null;
}

/** One size × worker count of a report (medians of its runs), as bench() writes it into `runs`. */
export interface BenchRun extends RunRow {
  runs: number;
  mb: number;
  docs_s: number;
  pipeline_mb_s: number;
  raw_segment_mb_s: number;
  raw_segment_sample_mb: number;
  errors: number;
  stages: Record<string, {seconds: number; mb_s: number; docs_s: number}>;
  output_bytes: Record<string, number>;
  output_mb: number;
}

/** Where a run's time went: each stage's share of the summed stage times, largest first ("topics 18 %"). */
export function stageShares(run: RunRow): string {
  const stages = Object.entries(run.stages ?? {});
  const total = stages.reduce((sum, [, s]) => sum + s.seconds, 0);
  if (!total) return "";
  return stages
    .sort((a, b) => b[1].seconds - a[1].seconds)
    .map(([name, s]) => `${name} ${Math.round((s.seconds / total) * 100)} %`)
    .join(", ");
}

/** Two decimals, for ratios in notes. */
function fixed2(x: number): string {
  return x.toFixed(2);
}

/**
 * Why a one-worker run is below half of raw `cut`, and what would meet it: at a fraction f of cut's throughput the
 * pipeline spends 1/f CPU-seconds per CPU-second of cut, i.e. 1/f − 1 outside cut; 0.5 needs that ≤ 1, so the work
 * outside cut must shrink by 1 − 1/(1/f − 1). f is the run's fraction per CPU-second when measured (it does not depend
 * on other load), else its wall-clock fraction per core. Null when f ≥ 0.5.
 */
export function cutCause(run: RunRow): string | null {
  const f = run.fraction_of_raw_cpu ?? run.fraction_of_raw_per_core;
  if (!(f > 0) || f >= 0.5) return null;
  const outside = 1 / f - 1;
  const unit = run.fraction_of_raw_cpu == null ? "s" : "CPU-s";
  return `outside cut at ${run.docs} docs: ${fixed2(outside)} ${unit} per ${unit} of cut; 0.5 needs ≤ 1 (−${Math.round((1 - 1 / outside) * 100)} %)`;
}

/**
 * Why two workers are below 1.7× one, from the CPU seconds of the 2-worker run: spread over min(workers, cpus) cores
 * kept fully busy they take at least cpu2 / cores seconds, so the speed-up over the one-worker run's wall-clock
 * seconds is at most cores × seconds1 / cpu2 (cpu2 holds what threads add: a dictionary loaded per worker, results
 * copied between threads, the main thread's Parquet writing; the one-worker run's own CPU seconds are not the time to
 * beat, since its process also runs V8's collector and compiler threads); 1.7 needs cpu2 ≤ cores × seconds1 / 1.7.
 * When the CPU allows 1.7, the cause is idle time: the cores were busy cpu2 / (seconds2 × cores) of the run, and 1.7
 * needs 1.7 / bound of it. Null when either CPU time is missing.
 */
export function speedupCause(one: RunRow, two: RunRow, cpus: number): string | null {
  if (!(one.cpu_seconds! > 0) || !(two.cpu_seconds! > 0)) return null;
  const cores = Math.min(two.workers, cpus);
  const bound = (cores * one.seconds) / two.cpu_seconds!;
  const used = `the ${two.workers}-worker run used ${Math.round(two.cpu_seconds!)} CPU-s against ${Math.round(one.cpu_seconds!)} for one (${Math.round(one.seconds)} s): on ${cores} core(s) the speed-up can be at most ${fixed2(bound)}`;
  if (bound < 1.7)
    return `${used}; 1.7 needs ≤ ${((cores * one.seconds) / 1.7).toFixed(1)} CPU-s with ${two.workers} workers`;
  const busy = two.cpu_seconds! / (two.seconds * cores);
  return `${used}, but the cores were busy ${Math.round(busy * 100)} % of the run; 1.7 needs ≥ ${Math.round((1.7 / bound) * 100)} %`;
}

/** A run's memory at peak in one line ("at peak (135 docs): main heap 600 + external 70 (parquet-wasm 17), …"). */
export function formatMemoryAtPeak(m: MemoryAtPeak): string {
  const main = m.threads.main;
  const workers = Object.entries(m.threads).filter(([name]) => name !== "main");
  const parts = [
    ...(main
      ? [
          `main heap ${main.heap_total} + external ${main.external}${main.parquet_wasm == null ? "" : ` (parquet-wasm ${main.parquet_wasm})`}`
        ]
      : []),
    ...(workers.length
      ? [
          `${workers.length} worker(s) heap ${workers.map(([, t]) => t.heap_total).join("+")}, external ${workers.map(([, t]) => t.external).join("+")}`
        ]
      : [])
  ];
  return `at peak (${m.docs} docs): ${[...parts, `rest ${m.rest} MB`].join(", ")}`;
}

/**
 * Why 100,000 documents took over 600 s, and what would meet it: seconds / 600 times the throughput; at the run's CPU
 * seconds, ≥ cpu_seconds / 600 cores kept fully busy. Null within 600 s.
 */
export function largeCause(run: RunRow, cpus?: number): string | null {
  if (run.seconds <= 600) return null;
  const cores = run.cpu_seconds! > 0 ? run.cpu_seconds! / 600 : null;
  return [
    `needs ${fixed2(run.seconds / 600)}× the throughput`,
    ...(cores == null
      ? []
      : [
          `at ${Math.round(run.cpu_seconds!)} CPU-s the run needs ≥ ${cores.toFixed(1)} cores fully busy${cpus ? ` (machine: ${cpus})` : ""}`
        ])
  ].join("; ");
}

/** How much a per-document cost may grow from the smallest to the largest size and still count as flat. */
export const FLAT_RATIO = 1.2;

/**
 * Per worker count measured at ≥ 2 sizes: the measure at the largest size / at the smallest; with `unit`, each part
 * also gives both values ("2 worker(s) 1000→100000: 900→1100 MB, ×1.222").
 */
function growth(
  runs: RunRow[],
  perDoc: (r: RunRow) => number,
  unit?: string
): {value: number | null; note: string; spans: boolean} {
  const parts: string[] = [];
  let worst: number | null = null;
  let spans = false;
  for (const w of [...new Set(runs.map((r) => r.workers))].sort()) {
    const byDocs = runs.filter((r) => r.workers === w).sort((a, b) => a.docs - b.docs);
    if (byDocs.length < 2) continue;
    const [small, large] = [byDocs[0], byDocs[byDocs.length - 1]];
    const ratio = round(perDoc(large) / perDoc(small));
    worst = Math.max(worst ?? ratio, ratio);
    spans ||= small.docs <= 1000 && large.docs >= 100_000;
    const values = unit ? `${round(perDoc(small))}→${round(perDoc(large))} ${unit}, ` : "";
    parts.push(`${w} worker(s) ${small.docs}→${large.docs}: ${values}×${ratio}`);
  }
  const note = parts.length ? parts.join("; ") : "not measured: needs two or more sizes";
  return {value: worst, note: spans || !parts.length ? note : `${note} (1,000→100,000 not measured)`, spans};
}

/**
 * The extraction targets of issue 6 over a report's runs, then the site's (from `site`, or not measured). A target NOT
 * MET says in its note, from the measured numbers, the cause and what would meet it (cutCause, speedupCause,
 * formatMemoryAtPeak, largeCause, the flat targets' values at both sizes); `cpus` is the machine's (report.machine).
 */
export function benchTargets(runs: RunRow[], site?: BenchSite | null, cpus?: number): Target[] {
  const targets: Target[] = [];
  const one = runs.filter((r) => r.workers === 1);
  const fraction = one.length ? Math.min(...one.map((r) => r.fraction_of_raw_per_core)) : null;
  const oneBusy = busyNote(one);
  const oneMet = fraction != null && fraction >= 0.5 && !oneBusy;
  // the run that decides the value (the smallest fraction), the first such
  const deciding = one.find((r) => r.fraction_of_raw_per_core === fraction);
  const oneCause = !oneMet && deciding ? cutCause(deciding) : null;
  targets.push({
    target: "one worker: pipeline ≥ 0.5 of raw nodejieba cut throughput",
    value: fraction,
    met: oneMet,
    // Where the time went in the largest one-worker run says why the fraction is what it is.
    note: one.length
      ? [
          ...one.map(
            (r) =>
              `${r.docs} docs: ${r.fraction_of_raw_per_core}${r.fraction_of_raw_cpu == null ? "" : ` (per CPU-second: ${r.fraction_of_raw_cpu})`}`
          ),
          ...(oneCause ? [oneCause] : []),
          ...(stageShares(one[one.length - 1])
            ? [`time at ${one[one.length - 1].docs} docs: ${stageShares(one[one.length - 1])}`]
            : []),
          ...(oneBusy ? [oneBusy] : [])
        ].join("; ")
      : "not measured: run with --workers 1"
  });
  const two = runs.find((r) => r.docs === 10_000 && r.workers === 2 && r.speedup_vs_1_worker != null);
  const twoBusy = two && busyNote(runs.filter((r) => r.docs === 10_000));
  const twoMet = (two?.speedup_vs_1_worker ?? 0) >= 1.7 && !twoBusy;
  const oneAt10k = runs.find((r) => r.docs === 10_000 && r.workers === 1);
  // NOT MET on a quiet machine: the cause from CPU seconds, or that the report lacks them
  const twoCause =
    two && !twoMet && !twoBusy
      ? ((oneAt10k && speedupCause(oneAt10k, two, cpus ?? two.workers)) ??
        "cause not computed: no CPU seconds of both runs in the report")
      : null;
  targets.push({
    target: "two workers ≥ 1.7× one worker at 10,000 documents",
    value: two?.speedup_vs_1_worker ?? null,
    met: twoMet,
    note: two
      ? `${two.seconds} s with 2 workers${twoBusy ? `; ${twoBusy}` : ""}${twoCause ? `; ${twoCause}` : ""}`
      : "not measured: run with --docs 10000 --workers 1,2"
  });
  const large = runs.filter((r) => r.docs >= 100_000).sort((a, b) => a.seconds - b.seconds)[0];
  const largeBusy = large && busyNote([large]);
  const largeNote = large && !largeBusy ? largeCause(large, cpus) : null;
  targets.push({
    target: "100,000 documents extracted in ≤ 600 s",
    value: large?.seconds ?? null,
    met: large != null && large.seconds <= 600 && !largeBusy,
    note: large
      ? `${large.docs} docs, ${large.workers} worker(s)${largeBusy ? `; ${largeBusy}` : ""}${largeNote ? `; ${largeNote}` : ""}`
      : "not measured: run with --docs 100000"
  });
  const rss = [...runs].sort((a, b) => b.peak_rss_mb - a.peak_rss_mb)[0];
  const rssMet = rss != null && rss.peak_rss_mb <= 1024;
  targets.push({
    target: "peak RSS ≤ 1,024 MB (every run)",
    value: rss?.peak_rss_mb ?? null,
    met: rssMet,
    note: rss
      ? [
          `largest: ${rss.docs} docs, ${rss.workers} worker(s)`,
          ...(rssMet
            ? []
            : [rss.memory_at_peak ? formatMemoryAtPeak(rss.memory_at_peak) : "no memory trace in the report"]),
          ...(!rssMet ? [`meeting 1,024 MB needs ${Math.ceil(rss.peak_rss_mb - 1024)} MB less`] : [])
        ].join("; ")
      : "not measured"
  });
  // Time per document, and memory per process: peak RSS divided by documents would fall with any fixed cost, so
  // "memory per document flat" is read as peak RSS not growing with the corpus.
  for (const [what, perDoc, clock, unit] of [
    ["ms per document", (r: RunRow) => r.ms_per_doc, true, "ms"],
    ["peak RSS", (r: RunRow) => r.peak_rss_mb, false, "MB"]
  ] as const) {
    const g = growth(runs, perDoc);
    const flatBusy = clock ? busyNote(runs) : null;
    const met = g.spans && g.value != null && g.value <= FLAT_RATIO && !flatBusy;
    // NOT MET because it grew (not for want of sizes or of a quiet machine): the values at both sizes
    const grew = !met && !flatBusy && g.value != null && g.value > FLAT_RATIO;
    const note = grew ? growth(runs, perDoc, unit).note : g.note;
    targets.push({
      target: `${what} flat from 1,000 to 100,000 documents (largest / smallest ≤ ${FLAT_RATIO})`,
      value: g.value,
      met,
      note: flatBusy ? `${note}; ${flatBusy}` : note
    });
  }
  targets.push(siteSizeTarget(site));
  if (!site)
    targets.push({
      target: "site at 10,000 documents (overview ≤ 2 s and ≤ 5 MB, filters ≤ 200 ms, GROUP BY ≤ 500 ms)",
      value: null,
      met: false,
      note: "not measured: run with --site 10000"
    });
  else
    for (const t of Object.values(site.targets))
      targets.push({
        target: `site, ${site.docs ?? "?"} documents: ${t.label} ≤ ${t.limit} ${t.unit}`,
        value: t.value,
        met: t.met && (site.docs ?? 0) >= 10_000,
        note:
          (site.docs ?? 0) >= 10_000
            ? t.value == null
              ? "not measured: see the site's page_errors"
              : t.met
                ? ""
                : `${round(t.value - t.limit)} ${t.unit} over the limit`
            : `${t.met ? "within the limit, but " : ""}measured at ${site.docs} documents, not 10,000`
      });
  return targets;
}

/**
 * Why wall-clock figures of these runs are not judged: the run during which other processes used the largest share of
 * the machine, if above BUSY_LIMIT ("wall clock not judged: other processes used 45 % of the machine during 10000
 * docs, 1 worker(s)"); null when every run had the machine to itself (or no load was measured).
 */
export function busyNote(runs: readonly RunRow[]): string | null {
  const worst = [...runs].sort((a, b) => (b.other_load ?? 0) - (a.other_load ?? 0))[0];
  if (!worst || !((worst.other_load ?? 0) > BUSY_LIMIT)) return null;
  return `wall clock not judged: other processes used ${Math.round(worst.other_load! * 100)} % of the machine during ${worst.docs} docs, ${worst.workers} worker(s)`;
}

/** How many times the corpus's normalised text the built site (all of dist/) may weigh. */
export const SITE_SIZE_RATIO = 2;

/** The site-size target of issue 15: dist/ at 10,000 documents ≤ SITE_SIZE_RATIO × the normalised text's bytes. */
function siteSizeTarget(site?: BenchSite | null): Target {
  const target = `site size: dist/ ≤ ${SITE_SIZE_RATIO}× the corpus's normalised text at 10,000 documents`;
  if (!site?.dist_bytes || !site.text_bytes)
    return {target, value: null, met: false, note: "not measured: run with --site 10000"};
  const value = round(site.dist_bytes.total / site.text_bytes);
  const docs = site.docs ?? 0;
  return {
    target,
    value,
    met: docs >= 10_000 && value <= SITE_SIZE_RATIO,
    note: `${docs} docs: ${formatDistBytes(site)}${docs >= 10_000 ? "" : `; measured at ${docs} documents, not 10,000`}${
      value > SITE_SIZE_RATIO
        ? `; ${SITE_SIZE_RATIO}× needs ${mb(site.dist_bytes.total - SITE_SIZE_RATIO * site.text_bytes)} less`
        : ""
    }`
  };
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** dist/'s bytes by kind against the normalised text ("dist 1200.0 MB = bundles 1000.0 MB + …; text 250.0 MB"). */
export function formatDistBytes(site: Pick<BenchSite, "dist_bytes" | "text_bytes">): string {
  const {total = 0, ...kinds} = site.dist_bytes ?? {};
  return `dist ${mb(total)} = ${Object.entries(kinds)
    .map(([k, b]) => `${k} ${mb(b)}`)
    .join(" + ")}; normalised text ${mb(site.text_bytes ?? 0)}`;
}

/** The targets as lines, each saying plainly met or NOT MET. */
export function formatTargets(targets: Target[]): string {
  return [
    "targets",
    ...targets.map(
      (t) =>
        `  ${t.met ? "met    " : "NOT MET"}  ${t.target}: ${t.value == null ? t.note : `${t.value}${t.note ? ` (${t.note})` : ""}`}`
    )
  ].join("\n");
}

function await_cpus(): number {
  return Number(execFileSync("nproc").toString().trim());
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The report as an aligned text table, then the site's lines and the targets when the report has them. */
export function formatReport(report: {runs: BenchRun[]; site?: BenchSite | null; targets?: Target[]}): string {
  const header = [
    "docs",
    "workers",
    "s",
    "docs/s",
    "MB/s",
    "raw cut MB/s",
    "of raw/core",
    "of raw/CPU s",
    "speed-up",
    "RSS MB",
    "others",
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
      r.fraction_of_raw_cpu == null ? "-" : `${Math.round(r.fraction_of_raw_cpu * 100)} %`,
      r.speedup_vs_1_worker ?? "-",
      Math.round(r.peak_rss_mb),
      r.other_load == null ? "-" : `${Math.round(r.other_load * 100)} %`,
      ...Object.keys(STAGES).map((s) => r.stages[s].mb_s)
    ].map(String)
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const table = [header, ...rows].map((r) => r.map((c, i) => c.padStart(widths[i])).join("  ")).join("\n");
  // Where each run's time went, as shares of its summed stage times.
  const shares = report.runs
    .filter((r) => stageShares(r))
    .map((r) => `  ${r.docs} docs, ${r.workers} worker(s): ${stageShares(r)}`);
  // Where each run's memory was at its peak RSS.
  const memory = report.runs
    .filter((r) => r.memory_at_peak)
    .map((r) => `  ${r.docs} docs, ${r.workers} worker(s): ${formatMemoryAtPeak(r.memory_at_peak!)}`);
  return [
    ...(report.runs.length ? [table] : []),
    ...(shares.length ? [["time by stage", ...shares].join("\n")] : []),
    ...(memory.length ? [["memory", ...memory].join("\n")] : []),
    ...(report.site
      ? [
          `${formatSiteReport(report.site)}\n  build: ${report.site.build_seconds} s${report.site.dist_bytes ? `\n  ${formatDistBytes(report.site)}` : ""}`
        ]
      : []),
    ...(report.targets ? [formatTargets(report.targets)] : [])
  ].join("\n\n");
}

/** A report as bench's JSON holds it (older reports may lack machine, site or targets). */
export interface BenchReport {
  machine?: {cpus: number; node?: string};
  runs: BenchRun[];
  site?: BenchSite | null;
  targets?: Target[];
}

/**
 * An existing report printed again (--report): its table and site as they are, its targets recomputed from its runs,
 * site and machine with today's benchTargets (the stored targets are ignored). Runs nothing.
 */
export function renderReport(report: BenchReport): string {
  return formatReport({...report, targets: benchTargets(report.runs, report.site, report.machine?.cpus)});
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({
    options: {
      docs: {type: "string"},
      workers: {type: "string"},
      runs: {type: "string"},
      json: {type: "string"},
      seed: {type: "string"},
      keep: {type: "boolean"},
      site: {type: "string"},
      "site-runs": {type: "string"},
      report: {type: "string"}
    }
  });
  if (values.report) {
    console.log(renderReport(JSON.parse(readFileSync(values.report, "utf8")) as BenchReport));
    process.exit(0);
  }
  const sizes = (values.docs ?? "1000,10000,100000")
    .split(",")
    .map(Number)
    .filter((n) => n > 0);
  // By default one and two workers up to 10,000 documents, and only two above: one worker at 100,000 would add
  // about half an hour, and the speed-up target is defined at 10,000.
  const workers = values.workers
    ? values.workers.split(",").map(Number)
    : (size: number) => (size > 10_000 ? [2] : [1, 2]);
  const seed = Number(values.seed ?? 1);
  const siteDocs = values.site != null ? Number(values.site) : sizes.some((n) => n >= 10_000) ? 10_000 : 0;
  if (!Number.isInteger(siteDocs) || siteDocs < 0) throw new Error(`invalid --site: ${values.site}`);
  const report: ReturnType<typeof bench> & {site?: BenchSite | null; targets?: Target[]} = bench({
    sizes,
    workers,
    runs: values.runs ? Number(values.runs) : undefined,
    seed,
    keep: values.keep
  });
  report.site = siteDocs
    ? await benchSite({
        docs: siteDocs,
        seed,
        runs: values["site-runs"] ? Number(values["site-runs"]) : undefined,
        keep: values.keep
      })
    : null;
  report.targets = benchTargets(report.runs, report.site, report.machine.cpus);
  console.log(formatReport(report));
  const json = values.json ?? join(root, "bench", "output", "report.json");
  mkdirSync(resolve(json, ".."), {recursive: true});
  writeFileSync(json, JSON.stringify(report, null, 2) + "\n");
  console.log(`wrote ${json}`);
}
