#!/usr/bin/env node
/**
 * npm run extract -- <files or folders…> --out <dir> [--manifest <csv>] [--max-mb N] [--quiet]
 *                    [--workers N] [--partition] [--shard k/n]
 *
 * Extracts every document into one Parquet file per table in <dir> and prints a per-document summary.
 * Small inputs (≤ 64 files, no --workers/--partition/--shard) are extracted in memory; larger ones stream through
 * `--workers` threads (default: one per core) into Parquet written in row groups, optionally partitioned by
 * province and year (hive-style folders) and restricted to one shard of the corpus.
 * Exit code: 0 when every document came out (warnings allowed), 1 when some could not be read,
 * 2 on a usage error.
 */
import {availableParallelism} from "node:os";
import {parseArgs} from "node:util";
import {extractCorpus, type DocumentSummary} from "./run/extract-corpus.ts";
import {extractToParquet} from "./run/extract-streaming.ts";
import {listSources} from "./read/list-sources.ts";
import {checkOutputFolder} from "./tables/output-folder.ts";
import {parseShard, type Shard} from "./run/parse-shard.ts";
import {formatSummary} from "./run/format-summary.ts";
import {progressBar} from "./run/progress-bar.ts";
import {writeTables} from "./tables/write-tables.ts";

const usage =
  "usage: npm run extract -- <files or folders…> --out <dir> [--manifest <csv>] [--max-mb N] [--quiet] [--workers N] [--partition] [--shard k/n]";

/** Inputs up to this many files, without --workers/--partition/--shard, are extracted in memory. */
const SMALL = 64;
/** Above this many documents the per-document summary is left out (errors are still listed). */
const SUMMARY_ROWS = 200;

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
  let count: number;
  try {
    count = listSources(positionals).length;
    checkOutputFolder(values.out, positionals);
  } catch (error) {
    return (console.error(`extract: ${(error as Error).message}`), 2);
  }
  const bar = values.quiet ? null : progressBar(process.stderr);
  const t0 = performance.now();
  if (workers !== undefined || values.partition || shard || count > SMALL) {
    let summaries: DocumentSummary[];
    try {
      ({summaries} = await extractToParquet(positionals, values.out, {
        manifests: values.manifest,
        maxBytes: maxMb * 1_000_000,
        workers: workers ?? (count > SMALL ? availableParallelism() : 1),
        partition: values.partition,
        shard,
        onProgress: (done, total, summary) => bar?.update(done, total, summary.source_file)
      }));
    } catch (error) {
      bar?.done();
      console.error(`extract: ${(error as Error).message}`);
      return 2;
    }
    bar?.done();
    if (!values.quiet)
      console.log(formatSummary(summaries.length <= SUMMARY_ROWS ? summaries : summaries.filter((s) => s.error)));
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const layout = values.partition ? "partitioned tables" : "tables";
    console.log(`wrote ${summaries.length} documents as ${layout} to ${values.out} in ${seconds} s`);
    return summaries.some((s) => s.error) ? 1 : 0;
  }
  let result;
  try {
    result = await extractCorpus(positionals, {
      manifests: values.manifest,
      maxBytes: maxMb * 1_000_000,
      onProgress: (done, total, summary: DocumentSummary) => bar?.update(done, total, summary.source_file)
    });
  } catch (error) {
    bar?.done();
    console.error(`extract: ${(error as Error).message}`);
    return 2;
  }
  bar?.done();
  const files = writeTables(values.out, result.tables);
  if (!values.quiet) console.log(formatSummary(result.summaries));
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`wrote ${files.length} tables to ${values.out} in ${seconds} s`);
  return result.summaries.some((s) => s.error) ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
