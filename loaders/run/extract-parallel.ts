import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {setFlagsFromString} from "node:v8";
import {Worker} from "node:worker_threads";
import {extractFile, type FileJob, type FileResult} from "./extract-file.ts";
import {warmFile} from "./warm-file.ts";

export interface ParallelOptions {
  /** Worker threads (default 1: extract on the calling thread, no workers). */
  workers?: number;
  /** Jobs queued per worker (default 2). */
  queue?: number;
  /** Time budget of one document on a worker thread, in milliseconds (default 120,000). */
  timeBudgetMs?: number;
  /** Memory budget of a worker thread (its V8 heap), in megabytes (default 4,096). */
  memoryBudgetMb?: number;
  /** Run even a single worker on its own thread, so that the time and memory budgets apply (default false). */
  isolate?: boolean;
}

/** What a worker posts: a job started, a job's result, or a job whose result could not be posted. */
type WorkerMessage = {started: number} | {idle: true} | FileResult | {index: number; fatal: string};

/**
 * Extracts the jobs on `workers` threads and yields their results in job order (job.index must count 0, 1, 2, …),
 * holding at most workers × queue × 2 results at a time, so memory does not grow with the corpus. Each worker loads
 * nodejieba once. With one worker the jobs run on the calling thread, unless `isolate` is set. On worker threads each document has a time and
 * a memory budget: a document that overruns it, or crashes its worker, becomes a failed result naming the problem
 * (`took longer than 120 s`, `worker ran out of memory`), the worker is replaced and the other documents go on.
 * Empty input yields nothing.
 */
export async function* extractParallel(
  jobs: Iterable<FileJob>,
  options: ParallelOptions = {}
): AsyncGenerator<FileResult> {
  const n = Math.max(1, Math.floor(options.workers ?? 1));
  if (n === 1 && !options.isolate) {
    // While one document is extracted the next one's bytes are read ahead, so file I/O overlaps the extraction.
    let previous: FileJob | null = null;
    for (const job of jobs) {
      warmFile(job.file);
      if (previous) yield await extractFile(previous);
      previous = job;
      // Let signals and timers in between documents (an interrupted run stops at the next document).
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (previous) yield await extractFile(previous);
    return;
  }
  const queue = Math.max(1, options.queue ?? 2);
  const budgetMs = options.timeBudgetMs ?? 120_000;
  const memoryMb = options.memoryBudgetMb ?? 4096;
  const window = n * queue * 2;
  const pool: Worker[] = [];
  /** The jobs sent to each worker and not yet answered, in the order it runs them. */
  const inflight: FileJob[][] = Array.from({length: n}, () => []);
  /** When each worker started its current job (null: not started yet). */
  const startedAt: (number | null)[] = new Array(n).fill(null);
  const results = new Map<number, FileResult>();
  const source = jobs[Symbol.iterator]();
  let sent = 0;
  let emitted = 0;
  let exhausted = false;
  let closing = false;
  let failure: Error | null = null;
  let wake: () => void = () => {};
  const send = (w: number, job: FileJob) => (pool[w].postMessage(job), inflight[w].push(job));
  const feed = (w: number) => {
    while (!exhausted && inflight[w].length < queue && sent - emitted < window) {
      const next = source.next();
      if (next.done) exhausted = true;
      else (send(w, next.value), ++sent);
    }
  };
  const failed = (job: FileJob, problem: string): FileResult => ({
    index: job.index,
    file: job.file,
    bytes: 0,
    times: {},
    ok: false,
    problem
  });
  /** Workers that overran their time budget, still finishing the job at hand: each is terminated once idle. */
  const retiring = new Map<Worker, Promise<unknown>>();
  // A worker that crashed or overran its budget: its current job fails, a fresh worker takes the rest of its queue.
  // A crashed worker is gone already; one over its budget may be inside nodejieba's native code, where terminating it
  // aborts the whole process, so it is told to run no more jobs and terminated when it says it is idle.
  const replace = (w: number, problem: string, overBudget = false) => {
    const [job, ...rest] = inflight[w];
    const old = pool[w];
    if (overBudget) {
      Atomics.store(new Int32Array(retiredFlags.get(old)!), 0, 1);
      retiring.set(
        old,
        new Promise((resolve) => {
          old.on("message", (message: WorkerMessage) => {
            if ("idle" in message) void old.terminate().then(resolve);
          });
          old.on("exit", resolve);
        }).finally(() => retiring.delete(old))
      );
    } else void old.terminate();
    if (!job) return ((failure ??= new Error(`extract worker failed: ${problem}`)), wake());
    results.set(job.index, failed(job, problem));
    start(w);
    inflight[w] = [];
    for (const next of rest) send(w, next);
    feed(w);
    wake();
  };
  const start = (w: number) => {
    const worker = startWorker(memoryMb);
    pool[w] = worker;
    startedAt[w] = null;
    worker.on("message", (message: WorkerMessage) => {
      if (pool[w] !== worker || "idle" in message) return;
      if ("started" in message) return void (startedAt[w] = performance.now());
      const job = inflight[w].shift()!;
      startedAt[w] = null;
      results.set(job.index, "fatal" in message ? failed(job, message.fatal) : message);
      feed(w);
      wake();
    });
    worker.on("error", (error: Error & {code?: string}) => {
      if (pool[w] !== worker) return;
      const problem =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `worker ran out of memory (budget ${memoryMb} MB); skipped`
          : `worker crashed: ${error.message.split("\n")[0]}`;
      replace(w, problem);
    });
    worker.on("exit", (code) => {
      if (pool[w] === worker && !closing) replace(w, `worker exited with code ${code}; skipped`);
    });
  };
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  for (let w = 0; w < n; ++w) start(w);
  const watchdog = setInterval(
    () => {
      const now = performance.now();
      for (let w = 0; w < n; ++w) {
        const t = startedAt[w];
        if (t !== null && now - t > budgetMs)
          replace(w, `took longer than ${budgetMs / 1000} s (time budget); stopped`, true);
      }
    },
    Math.min(250, budgetMs / 4)
  );
  watchdog.unref();
  try {
    for (let w = 0; w < n; ++w) feed(w);
    for (;;) {
      if (failure) throw failure;
      const result = results.get(emitted);
      if (result) {
        results.delete(emitted++);
        for (let w = 0; w < n; ++w) feed(w);
        yield result;
      } else if (exhausted && emitted === sent) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closing = true;
    clearInterval(watchdog);
    await Promise.all(pool.map((worker) => worker.terminate()));
    // A retired worker finishes its document (results discarded) before it is stopped; a runaway one is given a while.
    const grace = new Promise((resolve) =>
      setTimeout(resolve, Math.max(RETIRE_GRACE_MIN_MS, RETIRE_GRACE * budgetMs)).unref()
    );
    await Promise.race([Promise.all(retiring.values()), grace]);
    await Promise.all([...retiring.keys()].map((worker) => worker.terminate()));
  }
}

/**
 * A worker running extract-worker.ts. Node 20 does not pass `--import tsx` on to workers reliably, so a two-line
 * bootstrap registers tsx's ESM loader (tsx/esm/api) in the worker before importing the TypeScript entry.
 */
/** Which SharedArrayBuffer flags each worker's retirement (read by extract-worker.ts between documents). */
const retiredFlags = new WeakMap<Worker, SharedArrayBuffer>();

/**
 * How many time budgets (and at least how many milliseconds) a retired worker may take, at the end of a run, to reach
 * its next stage or cut (where it stops: text/interrupt.ts) before it is terminated; terminating it inside nodejieba
 * aborts the process, so the grace outlasts the longest single cut of a document under --max-mb.
 */
const RETIRE_GRACE = 10;
const RETIRE_GRACE_MIN_MS = 60_000;

/**
 * How far V8 lets a heap grow past what a full garbage collection left alive before it collects again, as a
 * percentage, set for the whole process (V8 flags are per process) when workers start. V8's own factor, up to 4×,
 * let each worker's heap reach 180 MB at 10,000 documents while what it kept alive between documents was 30–40 MB,
 * the largest part of peak rss growing with the corpus (issue 15, measured with FAZHI_MEMORY_TRACE; 1.25× costs
 * more frequent collections).
 */
export const HEAP_GROWING_PERCENT = 25;

/**
 * A worker's V8 limits: its old generation is the memory budget (`--memory-budget`), its young generation 16 MB
 * (V8's default is larger): a document's garbage is collected sooner, about 15 MB less heap per worker (issue 15).
 */
export function workerResourceLimits(memoryMb: number): {
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
} {
  return {maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 16};
}

function startWorker(memoryMb: number): Worker {
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  const tsx = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(tsx, "dist", "esm", "api", "index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(api)})
    .then((m) => m.register())
    .then(() => import(${JSON.stringify(entry)}));`;
  const retired = new SharedArrayBuffer(4);
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: {retired},
    resourceLimits: workerResourceLimits(memoryMb)
  });
  retiredFlags.set(worker, retired);
  return worker;
}
