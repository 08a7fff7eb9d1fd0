#!/usr/bin/env node
/**
 * npm run extract -- <files or folders…> --out <dir> [--manifest <csv>] [--max-mb N] [--quiet]
 *
 * Extracts every document into one Parquet file per table in <dir> and prints a per-document summary.
 * Exit code: 0 when every document came out (warnings allowed), 1 when some could not be read,
 * 2 on a usage error.
 */
import {parseArgs} from "node:util";
import {extractCorpus, type DocumentSummary} from "./extract-corpus.ts";
import {formatSummary} from "./format-summary.ts";
import {progressBar} from "./progress-bar.ts";
import {writeTables} from "./write-tables.ts";

const usage = "usage: npm run extract -- <files or folders…> --out <dir> [--manifest <csv>] [--max-mb N] [--quiet]";

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
  const bar = values.quiet ? null : progressBar(process.stderr);
  const t0 = performance.now();
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
