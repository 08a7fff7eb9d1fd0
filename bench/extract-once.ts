// One measured extraction, run by bench/bench.ts in a fresh process so peak RSS is this run's:
// tsx bench/extract-once.ts <corpus> <out> <workers>  →  JSON on stdout.
import {extractToParquet} from "../loaders/run/extract-streaming.ts";
import type {StageTimes} from "../loaders/extract-document.ts";

const [corpus, out, workers] = process.argv.slice(2);
const times: StageTimes = {};
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const {summaries, bytes, outputBytes} = await extractToParquet([corpus], out, {workers: Number(workers), times});
const seconds = (performance.now() - t0) / 1000;
// CPU time of every thread of the process: unlike wall-clock time it does not grow when other work shares the cores.
const cpu = process.cpuUsage(cpu0);
process.stdout.write(
  JSON.stringify({
    docs: summaries.length,
    errors: summaries.filter((s) => s.error).length,
    tasks: summaries.reduce((n, s) => n + s.tasks, 0),
    assignments: summaries.reduce((n, s) => n + s.assignments, 0),
    indicators: summaries.reduce((n, s) => n + s.indicators, 0),
    bytes,
    seconds,
    cpu_seconds: (cpu.user + cpu.system) / 1e6,
    times,
    output_bytes: outputBytes,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024
  })
);
