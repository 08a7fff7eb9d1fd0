#!/usr/bin/env node
/**
 * npm run extract -- <files or folders…> --out <dir> [--manifest <csv>] [--max-mb N] [--quiet]
 *                    [--workers N] [--partition] [--shard k/n]
 *
 * Extracts every document into one Parquet file per table in <dir> and prints a per-document summary.
 * Documents stream through `--workers` threads (default: one for ≤ 64 files, else one per core), each document with a
 * time and a memory budget, into Parquet written in row groups, optionally partitioned by province and year
 * (hive-style folders) and restricted to one shard of the corpus.
 * Exit codes (the table in README.md): 0 every document came out (warnings allowed); 1 the output was written but some
 * documents could not be read (each an error row); 2 nothing was read (usage error, missing input, refused or locked
 * --out, unreadable manifest); 3 the output could not be written (the previous output is left as it was); 130/143
 * interrupted by SIGINT/SIGTERM (the previous output is left as it was).
 */
import {availableParallelism} from "node:os";
import {ExtractError} from "./read/extract-error.ts";
import {parseArgs} from "node:util";
import {extractToParquet} from "./run/extract-streaming.ts";
import {listSources} from "./read/list-sources.ts";
import {checkOutputFolder, lockOutputFolder} from "./tables/output-folder.ts";
import {orphaned} from "./tables/orphaned.ts";
import {parseShard, type Shard} from "./run/parse-shard.ts";
import {formatSummary} from "./run/format-summary.ts";
import {progressBar} from "./run/progress-bar.ts";

const usage =
  "usage: npm run extract -- <files or folders…> --out <dir> [--manifest <csv>] [--max-mb N] [--quiet] [--workers N] [--partition] [--shard k/n] [--time-budget S] [--memory-budget MB]";

/** Inputs up to this many files get one worker by default; larger ones one per core. */
const SMALL = 64;
/** Above this many documents the per-document summary is left out (errors are still listed). */
const SUMMARY_ROWS = 200;
/** I/O errors that mean the output folder cannot be written, as one line each. */
const WRITE_ERRORS: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "a folder is in the way",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EROFS: "read-only file system",
  EEXIST: "something is in the way"
};

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: {type: "string", short: "o"},
        manifest: {type: "string", multiple: true},
        "max-mb": {type: "string"},
        quiet: {type: "boolean", short: "q"},
        workers: {type: "string", short: "j"},
        partition: {type: "boolean"},
        shard: {type: "string"},
        "time-budget": {type: "string"},
        "memory-budget": {type: "string"},
        help: {type: "boolean", short: "h"}
      }
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const {values, positionals} = parsed;
  if (values.help) return (console.log(usage), 0);
  if (!values.out || positionals.length === 0) return (console.error(usage), 2);
  const maxMb = values["max-mb"] === undefined ? 20 : Number(values["max-mb"]);
  if (!(maxMb > 0)) return (console.error(`invalid --max-mb: ${values["max-mb"]}`), 2);
  let shard: Shard | null;
  try {
    shard = parseShard(values.shard);
  } catch (error) {
    return (console.error((error as Error).message), 2);
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
    return (console.error(`invalid --workers: ${values.workers}`), 2);
  const timeBudget = values["time-budget"] === undefined ? 120 : Number(values["time-budget"]);
  if (!(timeBudget > 0)) return (console.error(`invalid --time-budget: ${values["time-budget"]}`), 2);
  const memoryBudget = values["memory-budget"] === undefined ? 4096 : Number(values["memory-budget"]);
  if (!(Number.isInteger(memoryBudget) && memoryBudget >= 16))
    return (console.error(`invalid --memory-budget: ${values["memory-budget"]} (megabytes, at least 16)`), 2);
  let count: number;
  try {
    count = listSources(positionals).length;
    checkOutputFolder(values.out, positionals);
  } catch (error) {
    return (console.error(`extract: ${(error as Error).message}`), 2);
  }
  const out = values.out;
  let release: () => void;
  try {
    release = lockOutputFolder(out);
  } catch (error) {
    const code = writeError(error, out);
    return (console.error(code ? code.message : `extract: ${(error as Error).message}`), code ? 3 : 2);
  }
  // Interrupted, or orphaned by a SIGKILL of the tsx parent: remove this run's temporary folder and lock, never
  // replace the output (issue 10, items 14 and 15).
  const abandon = (signal: string, code: number) => {
    release();
    console.error(leftAsItWas(signal, out));
    process.exit(code);
  };
  process.once("SIGINT", () => abandon("interrupted", 130));
  process.once("SIGTERM", () => abandon("terminated", 143));
  const watch = setInterval(() => orphaned() && abandon(PARENT_GONE, 143), 500);
  watch.unref();
  try {
    return await run(positionals, out, values, {count, maxMb, shard, workers, timeBudget, memoryBudget});
  } finally {
    clearInterval(watch);
    release();
  }
}

async function run(
  positionals: string[],
  out: string,
  values: {manifest?: string[]; quiet?: boolean; partition?: boolean},
  o: {
    count: number;
    maxMb: number;
    shard: Shard | null;
    workers: number | undefined;
    timeBudget: number;
    memoryBudget: number;
  }
): Promise<number> {
  const bar = values.quiet ? null : progressBar(process.stderr);
  const t0 = performance.now();
  const fail = (error: unknown) => {
    bar?.done();
    // Orphaned before the watch above saw it: the output folder refused to be replaced; say so as the watch would.
    if (orphaned()) return (console.error(leftAsItWas(PARENT_GONE, out)), 143);
    const write = writeError(error, out);
    console.error(write ? write.message : `extract: ${(error as Error).message}`);
    return write ? 3 : 2;
  };
  // Every document runs on a worker thread, even with one worker, so that its time and memory budgets hold on every
  // input (issue 10, item 3); the output is the same bytes as extractCorpus + writeTables for an unpartitioned run.
  // More threads than files or than twice the cores only cost memory (issue 10, item 11).
  const wanted = o.workers ?? (o.count > SMALL ? availableParallelism() : 1);
  const workers = Math.max(1, Math.min(wanted, o.count, availableParallelism() * 2));
  let result;
  try {
    result = await extractToParquet(positionals, out, {
      manifests: values.manifest,
      maxBytes: o.maxMb * 1_000_000,
      workers,
      isolate: true,
      timeBudgetMs: o.timeBudget * 1000,
      memoryBudgetMb: o.memoryBudget,
      partition: values.partition,
      shard: o.shard,
      onProgress: (done, total, summary) => bar?.update(done, total, summary.source_file)
    });
  } catch (error) {
    return fail(error);
  }
  const {summaries, warnings, outputBytes} = result;
  bar?.done();
  for (const warning of warnings) console.error(`extract: warning: ${warning}`);
  if (!values.quiet)
    console.log(formatSummary(summaries.length <= SUMMARY_ROWS ? summaries : summaries.filter((s) => s.error)));
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  const tables = values.partition ? "partitioned tables" : `${Object.keys(outputBytes).length} tables`;
  const documents = summaries.length === 1 ? "1 document" : `${summaries.length} documents`;
  console.log(`wrote ${documents} as ${tables} to ${out} in ${seconds} s`);
  return summaries.some((s) => s.error) ? 1 : 0;
}

const PARENT_GONE = "the process that started this run has gone";

/** The one line of a run stopped before it replaced the output. */
function leftAsItWas(reason: string, out: string): string {
  return `extract: ${reason}; ${out} left as it was`;
}

/** An error writing the output folder as one line (exit code 3), or null for any other error. */
function writeError(error: unknown, out: string): Error | null {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (error instanceof ExtractError || !code || !(code in WRITE_ERRORS)) return null;
  return new Error(
    `extract: cannot write --out ${out}: ${WRITE_ERRORS[code]} (${code}); the previous output, if any, is unchanged`
  );
}

process.exitCode = await main(process.argv.slice(2));
