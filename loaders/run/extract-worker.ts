// Worker thread entry of extractParallel: extracts the FileJobs it is sent one at a time, in the order sent, one reply
// per job, reading the next queued file ahead. nodejieba and the reference data load once per worker, before the first
// job starts; each job's start is posted so that extractParallel can time it against the budget.
import {parentPort, workerData} from "node:worker_threads";
import {extractDocument} from "../extract-document.ts";
import {setInterrupt} from "../text/interrupt.ts";
import {extractFile, type FileJob} from "./extract-file.ts";
import {workerMemoryTrace} from "./memory-trace.ts";
import {warmFile} from "./warm-file.ts";

const queue: FileJob[] = [];
/** Set by extractParallel when this worker overran its time budget: it finishes the job at hand, then runs no more. */
const retired = new Int32Array((workerData as {retired: SharedArrayBuffer}).retired);
// A retired worker's document stops at its next stage or cut, so the worker is soon idle and can be stopped safely.
setInterrupt(() => Atomics.load(retired, 0) === 1);
/** Samples this thread's memory when FAZHI_MEMORY_TRACE is set (see memory-trace.ts). */
const trace = workerMemoryTrace();
let running = false;
let warm = false;

/** Loads nodejieba and the reference data before the first job, so that its time budget counts only its own work. */
function warmUp(): void {
  warm = true;
  extractDocument({source_file: "warm-up.txt", sha256: "", format: "txt", raw: WARM_UP_TEXT, warnings: []});
}

const WARM_UP_TEXT = "2024年法治政府建设工作要点\n一、加强党的领导\n(一)落实第一责任人职责。(牵头单位:区司法局)\n";

async function drain(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    // A retired worker is stopped by its parent only once it is idle here, never inside nodejieba's native code,
    // which aborts the whole process when a worker is terminated in the middle of a call.
    if (Atomics.load(retired, 0) === 1) {
      queue.length = 0;
      break;
    }
    const job = queue.shift()!;
    if (queue.length > 0) warmFile(queue[0].file);
    if (!warm) warmUp();
    parentPort!.postMessage({started: job.index});
    try {
      parentPort!.postMessage(await extractFile(job));
    } catch (error) {
      parentPort!.postMessage({index: job.index, fatal: `${job.file}: ${(error as Error).stack ?? error}`});
    }
    trace?.sample();
  }
  running = false;
  if (Atomics.load(retired, 0) === 1) parentPort!.postMessage({idle: true});
}

parentPort!.on("message", (job: FileJob) => {
  queue.push(job);
  if (queue.length > 1) warmFile(job.file);
  if (!running) void drain();
});
