// Worker thread entry of extractParallel: extracts the FileJobs it is sent, one reply per job. nodejieba and the
// reference data load once per worker, on the first document.
import {parentPort} from "node:worker_threads";
import {extractFile, type FileJob} from "./extract-file.ts";

parentPort!.on("message", (job: FileJob) => {
  extractFile(job).then(
    (result) => parentPort!.postMessage(result),
    (error: Error) => parentPort!.postMessage({index: job.index, fatal: `${job.file}: ${error.stack ?? error.message}`})
  );
});
