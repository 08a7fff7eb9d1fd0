import {readFileSync, writeFileSync} from "node:fs";
import {getHeapStatistics} from "node:v8";
import {BroadcastChannel, isMainThread, threadId} from "node:worker_threads";

/**
 * An opt-in memory trace of a run (issue 15): with `FAZHI_MEMORY_TRACE=<file.json>` in the environment every thread
 * of the extraction samples its own memory (`process.memoryUsage()` and `v8.getHeapStatistics()`, which outside rss are
 * per thread) every `intervalMs` and after each document; workers send their samples to the main thread on a
 * BroadcastChannel, and the main thread writes, at the end of the run, each thread's peak of each figure, the figures
 * at the moment of the process's peak rss, and a time series. Off (the default) it costs nothing.
 */
export interface MemorySample {
  /** "main" or "worker-<threadId>". */
  thread: string;
  /** Milliseconds since the trace started (on the sampling thread's clock: performance.timeOrigin differs). */
  at: number;
  /** The process's resident set, MB (the same for every thread). */
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** V8's malloc'ed memory outside the heap (getHeapStatistics().malloced_memory), MB. */
  malloced: number;
  /** Extra figures registered with `memoryProbe` on this thread (e.g. parquet-wasm's linear memory), MB. */
  probes: Record<string, number>;
}

/** The environment variable naming the trace's JSON file. */
export const MEMORY_TRACE_ENV = "FAZHI_MEMORY_TRACE";

const CHANNEL = "fazhi-memory-trace";
const MB = 1024 * 1024;
const probes = new Map<string, () => number>();

/** Registers a figure (bytes) sampled with this thread's memory, e.g. a wasm module's memory; no-op cost when off. */
export function memoryProbe(name: string, bytes: () => number): void {
  probes.set(name, bytes);
}

/** This thread's memory now, in MB. */
export function sampleMemory(thread: string, t0: number): MemorySample {
  const usage = process.memoryUsage();
  const heap = getHeapStatistics();
  const sample: MemorySample = {
    thread,
    at: Math.round(performance.now() - t0),
    rss: usage.rss / MB,
    heapTotal: usage.heapTotal / MB,
    heapUsed: usage.heapUsed / MB,
    external: usage.external / MB,
    arrayBuffers: usage.arrayBuffers / MB,
    malloced: heap.malloced_memory / MB,
    probes: {}
  };
  for (const [name, bytes] of probes) sample.probes[name] = bytes() / MB;
  return sample;
}

/** A worker's side of the trace: samples on a timer and on `sample()`, posts each sample; `stop()` ends it. */
export interface WorkerTrace {
  sample(): void;
  stop(): void;
}

/** Starts a worker thread's trace when the environment asks for one; null otherwise. */
export function workerMemoryTrace(intervalMs = 200): WorkerTrace | null {
  if (!process.env[MEMORY_TRACE_ENV] || isMainThread) return null;
  const channel = new BroadcastChannel(CHANNEL);
  channel.unref();
  const t0 = performance.now();
  const thread = `worker-${threadId}`;
  const sample = () => channel.postMessage(sampleMemory(thread, t0));
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  sample();
  return {
    sample,
    stop: () => (clearInterval(timer), channel.close())
  };
}

/** Figures that /proc/self/status splits rss into (Linux), MB; empty elsewhere. */
export function procStatus(): Record<string, number> {
  try {
    const figures: Record<string, number> = {};
    for (const line of readFileSync("/proc/self/status", "utf8").split("\n")) {
      const m = /^(VmRSS|VmHWM|RssAnon|RssFile|RssShmem):\s+(\d+) kB/.exec(line);
      if (m) figures[m[1]] = Number(m[2]) / 1024;
    }
    return figures;
  } catch {
    return {};
  }
}

/** What the main thread writes: per thread the peak of each figure, the figures at the process's peak rss, a series. */
export interface MemoryReport {
  intervalMs: number;
  /** Per thread, the largest value seen of each figure (probes under their names). */
  peaks: Record<string, Record<string, number>>;
  /** The process's largest rss sampled, with each thread's latest sample and /proc/self/status at that moment. */
  atPeakRss: {rss: number; docs: number; status: Record<string, number>; threads: Record<string, MemorySample>} | null;
  /**
   * One row per main-thread sample: time, documents done, rss, its anonymous part, and per thread its latest heapTotal,
   * external and probes (MB).
   */
  series: {at: number; docs: number; rss: number; rssAnon: number; threads: Record<string, Record<string, number>>}[];
}

/** The main thread's side: collects every thread's samples; `done()` writes the report and stops. */
export interface MainTrace {
  /** Documents done so far (for the series). */
  progress(docs: number): void;
  /** Stops sampling, writes the report to the file and returns it. */
  done(): MemoryReport;
}

/** Starts the main thread's trace when the environment asks for one (writing to that file); null otherwise. */
export function mainMemoryTrace(intervalMs = 200): MainTrace | null {
  const file = process.env[MEMORY_TRACE_ENV];
  if (!file || !isMainThread) return null;
  return memoryCollector(file, intervalMs);
}

/** The collector behind mainMemoryTrace, writing to `file`. */
export function memoryCollector(file: string, intervalMs: number): MainTrace {
  const t0 = performance.now();
  const latest = new Map<string, MemorySample>();
  const report: MemoryReport = {intervalMs, peaks: {}, atPeakRss: null, series: []};
  let docs = 0;
  const take = (sample: MemorySample) => {
    latest.set(sample.thread, sample);
    const peaks = (report.peaks[sample.thread] ??= {});
    for (const [name, value] of Object.entries(sample)) {
      if (typeof value === "number" && name !== "at") peaks[name] = Math.max(peaks[name] ?? 0, value);
    }
    for (const [name, value] of Object.entries(sample.probes)) peaks[name] = Math.max(peaks[name] ?? 0, value);
  };
  const channel = new BroadcastChannel(CHANNEL);
  channel.unref();
  channel.onmessage = (event) => take((event as MessageEvent<MemorySample>).data);
  const tick = () => {
    const sample = sampleMemory("main", t0);
    take(sample);
    const status = procStatus();
    report.series.push({
      at: sample.at,
      docs,
      rss: round(sample.rss),
      rssAnon: round(status.RssAnon ?? 0),
      threads: Object.fromEntries(
        [...latest].map(([thread, s]) => [
          thread,
          {heapTotal: round(s.heapTotal), external: round(s.external), ...mapValues(s.probes, round)}
        ])
      )
    });
    if (!report.atPeakRss || sample.rss > report.atPeakRss.rss)
      report.atPeakRss = {rss: sample.rss, docs, status, threads: Object.fromEntries(latest)};
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    progress: (n) => void (docs = n),
    done() {
      tick();
      clearInterval(timer);
      channel.close();
      writeFileSync(file, JSON.stringify(report, null, 1));
      return report;
    }
  };
}

const round = (mb: number) => Math.round(mb * 10) / 10;
const mapValues = (o: Record<string, number>, f: (v: number) => number) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
