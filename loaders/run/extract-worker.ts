// Worker thread entry of extractParallel: extracts the FileJobs it is sent one at a time, in the order sent, one reply
// per job, reading the next queued file ahead. nodejieba and the reference data load once per worker.
import {parentPort} from "node:worker_threads";
import {extractFile, type FileJob} from "./extract-file.ts";
import {warmFile} from "./warm-file.ts";

const queue: FileJob[] = [];
let running = false;

async function drain(): Promise<void> {
  running = true;
  while (queue.length > 0) {
    const job = queue.shift()!;
    if (queue.length > 0) warmFile(queue[0].file);
    try {
      parentPort!.postMessage(await extractFile(job));
    } catch (error) {
      parentPort!.postMessage({index: job.index, fatal: `${job.file}: ${(error as Error).stack ?? error}`});
    }
  }
  running = false;
}

parentPort!.on("message", (job: FileJob) => {
  queue.push(job);
  if (queue.length > 1) warmFile(job.file);
  if (!running) void drain();
});
