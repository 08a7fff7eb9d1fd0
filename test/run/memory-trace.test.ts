import {mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {BroadcastChannel} from "node:worker_threads";
import {afterEach, describe, expect, it} from "vitest";
import {memoryCollector, memoryProbe, sampleMemory, type MemoryReport} from "../../loaders/run/memory-trace.ts";

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
});
