import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {BroadcastChannel} from "node:worker_threads";
import {afterEach, describe, expect, it} from "vitest";
import {extractToParquet} from "../../loaders/run/extract-streaming.ts";
import {
  MEMORY_TRACE_ENV,
  memoryCollector,
  memoryProbe,
  sampleMemory,
  type MemoryReport
} from "../../loaders/run/memory-trace.ts";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe("memory trace", () => {
  it("samples this thread's memory in MB with the registered probes", () => {
    memoryProbe("test_probe", () => 3 * 1024 * 1024);
    const sample = sampleMemory("main", performance.now());
    expect(sample.thread).toBe("main");
    expect(sample.probes.test_probe).toBe(3);
    expect(sample.rss).toBeGreaterThan(sample.heapUsed);
    expect(sample.heapTotal).toBeGreaterThanOrEqual(sample.heapUsed);
  });

  it("keeps each thread's peak of each figure from the samples it is sent, and writes them to the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "memory-trace-"));
    dirs.push(dir);
    const file = join(dir, "trace.json");
    const trace = memoryCollector(file, 10_000);
    const channel = new BroadcastChannel("fazhi-memory-trace");
    const worker = {thread: "worker-9", at: 0, rss: 1, heapUsed: 5, external: 1, arrayBuffers: 0, malloced: 0};
    channel.postMessage({...worker, heapTotal: 40, probes: {}});
    channel.postMessage({...worker, heapTotal: 90, probes: {}});
    channel.postMessage({...worker, heapTotal: 60, probes: {}});
    await new Promise((resolve) => setTimeout(resolve, 50));
    channel.close();
    trace.progress(7);
    const report = trace.done();
    expect(report.peaks["worker-9"].heapTotal).toBe(90);
    expect(report.series.at(-1)!.docs).toBe(7);
    expect(report.series.at(-1)!.threads["worker-9"].heapTotal).toBe(60);
    expect((JSON.parse(readFileSync(file, "utf8")) as MemoryReport).peaks["worker-9"].heapTotal).toBe(90);
  });

  it("with FAZHI_MEMORY_TRACE set, a run on two workers writes the peaks of the main thread and of both workers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "memory-trace-"));
    dirs.push(dir);
    const file = join(dir, "trace.json");
    process.env[MEMORY_TRACE_ENV] = file;
    try {
      await extractToParquet(["seeds"], join(dir, "out"), {workers: 2});
    } finally {
      delete process.env[MEMORY_TRACE_ENV];
    }
    const report = JSON.parse(readFileSync(file, "utf8")) as MemoryReport;
    const threads = Object.keys(report.peaks).sort();
    expect(threads).toHaveLength(3);
    expect(threads[0]).toBe("main");
    expect(threads.slice(1).every((thread) => /^worker-\d+$/.test(thread))).toBe(true);
    expect(report.peaks.main.parquet_wasm).toBeGreaterThan(0);
    // A worker's heap holds at least the reference data loaded for its first document.
    for (const thread of threads.slice(1)) expect(report.peaks[thread].heapUsed).toBeGreaterThan(5);
    expect(report.series.at(-1)!.docs).toBe(5);
    // The peak is the largest main-thread sample (the series rounds to 0.1 MB).
    expect(report.atPeakRss!.rss).toBeCloseTo(Math.max(...report.series.map((row) => row.rss)), 0);
  }, 120_000);
});
