import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {pathToFileURL} from "node:url";
import {Worker} from "node:worker_threads";
import {extractFile, type FileJob, type FileResult} from "./extract-file.ts";
import {warmFile} from "./warm-file.ts";

export interface ParallelOptions {
  /** Worker threads (default 1: extract on the calling thread, no workers). */
  workers?: number;
  /** Jobs queued per worker (default 2). */
  queue?: number;
}

/**
 * Extracts the jobs on `workers` threads and yields their results in job order (job.index must count 0, 1, 2, …),
 * holding at most workers × queue × 2 results at a time, so memory does not grow with the corpus. Each worker loads
 * nodejieba once. With one worker the jobs run on the calling thread. Empty input yields nothing.
 */
export async function* extractParallel(
  jobs: Iterable<FileJob>,
  options: ParallelOptions = {}
): AsyncGenerator<FileResult> {
  const n = Math.max(1, Math.floor(options.workers ?? 1));
  if (n === 1) {
    // While one document is extracted the next one's bytes are read ahead, so file I/O overlaps the extraction.
    let previous: FileJob | null = null;
    for (const job of jobs) {
      warmFile(job.file);
      if (previous) yield await extractFile(previous);
      previous = job;
    }
    if (previous) yield await extractFile(previous);
    return;
  }
  const queue = Math.max(1, options.queue ?? 2);
  const window = n * queue * 2;
  const pool = Array.from({length: n}, () => startWorker());
  const outstanding = new Array<number>(n).fill(0);
  const results = new Map<number, FileResult>();
  const source = jobs[Symbol.iterator]();
  let sent = 0;
  let emitted = 0;
  let exhausted = false;
  let failure: Error | null = null;
  let wake: () => void = () => {};
  const feed = (w: number) => {
    while (!exhausted && outstanding[w] < queue && sent - emitted < window) {
      const next = source.next();
      if (next.done) exhausted = true;
      else (pool[w].postMessage(next.value), ++outstanding[w], ++sent);
    }
  };
  pool.forEach((worker, w) => {
    worker.on("message", (message: FileResult | {index: number; fatal: string}) => {
      --outstanding[w];
      if ("fatal" in message) failure ??= new Error(message.fatal);
      else results.set(message.index, message);
      feed(w);
      wake();
    });
    worker.on("error", (error: Error) => ((failure ??= error), wake()));
  });
  try {
    pool.forEach((_, w) => feed(w));
    for (;;) {
      if (failure) throw failure;
      const result = results.get(emitted);
      if (result) {
        results.delete(emitted++);
        pool.forEach((_, w) => feed(w));
        yield result;
      } else if (exhausted && emitted === sent) return;
      else await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}

/**
 * A worker running extract-worker.ts. Node 20 does not pass `--import tsx` on to workers reliably, so a two-line
 * bootstrap registers tsx's ESM loader (tsx/esm/api) in the worker before importing the TypeScript entry.
 */
function startWorker(): Worker {
  const entry = new URL("./extract-worker.ts", import.meta.url).href;
  const tsx = dirname(createRequire(import.meta.url).resolve("tsx/package.json"));
  const api = pathToFileURL(join(tsx, "dist", "esm", "api", "index.mjs")).href;
  const bootstrap = `import(${JSON.stringify(api)})
    .then((m) => m.register())
    .then(() => import(${JSON.stringify(entry)}));`;
  return new Worker(bootstrap, {eval: true});
}
