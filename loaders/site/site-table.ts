import {createHash} from "node:crypto";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync
} from "node:fs";
import {join, relative, resolve, sep} from "node:path";
import {fileURLToPath} from "node:url";
import {availableParallelism} from "node:os";
import {gzipSync} from "node:zlib";
import {briefIndex, readBriefTables} from "./brief-data.ts";
import {documentBundles, encodeBundle} from "./document-bundles.ts";
import {encodeJson} from "./encode-json.ts";
import {gzipJson} from "./gzip-json.ts";
import {followPlanFiles, type FollowLabelDocument} from "./follow-plan-files.ts";
import {followThrough, type FollowTables} from "./follow-through.ts";
import {encodeShard} from "./search-binary.ts";
import {compactManifest, mergeShard, searchIndexBatches, searchManifest, type SearchDocInput} from "./search-index.ts";
import {extractToParquet} from "../run/extract-streaming.ts";
import {indicatorCatalogue} from "../indicators/indicator-catalogue.ts";
import {jurisdictionSlugs, type JurisdictionKey} from "../metadata/jurisdiction-slug.ts";
import {listSources} from "../read/list-sources.ts";
import {readParquetRows} from "../tables/read-parquet.ts";
import {tableSchema} from "../tables/table-schemas.ts";
import {toParquet} from "../tables/write-parquet.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..", "..");

/** The folder the site is built from: `FAZHI_CORPUS` if set, else `seeds/`. */
export function siteCorpus(): string {
  return resolve(root, process.env.FAZHI_CORPUS ?? "seeds");
}

/**
 * Returns the Parquet bytes of one table of the site's corpus. The corpus is extracted once per
 * change of inputs, code or reference data (a fingerprint of all three names the cache folder), so the
 * eleven thin loaders in src/data/ share one extraction even when Framework runs them concurrently.
 */
export async function siteTable(name: string): Promise<Uint8Array> {
  const dir = await extractedCorpus();
  const file = join(dir, "tables", `${name}.parquet`);
  if (!existsSync(file)) throw new Error(`invalid table: ${name}`);
  return readFileSync(file);
}

/**
 * The bundle (metadata, text, items, assignments, indicators) of one document of the site's corpus, as written:
 * gzip-compressed JSON (gzipJson; gunzipJson reads it).
 */
export async function siteDocument(docId: string): Promise<Buffer> {
  const file = join(await extractedCorpus(), "documents", `${docId}.json`);
  if (!existsSync(file)) throw new Error(`invalid doc_id: ${docId}`);
  return readFileSync(file);
}

/** One jurisdiction's brief (loaders/site/brief-data.ts) for /brief/view?j=<slug>, as written: gzip-compressed JSON. */
export async function siteBrief(slug: string): Promise<Buffer> {
  const file = join(await extractedCorpus(), "briefs", `${slug}.json`);
  if (!existsSync(file)) throw new Error(`invalid jurisdiction: ${slug}`);
  return readFileSync(file);
}

/** One file of the site's search index (loaders/site/search-index.ts): `index.json.gz` (the manifest) or a shard, `<k>.bin`. */
export async function siteSearchFile(name: string): Promise<Buffer> {
  const file = join(await extractedCorpus(), "search", name);
  if (!/^(index\.json\.gz|\d+\.bin)$/.test(name) || !existsSync(file)) throw new Error(`invalid search file: ${name}`);
  return readFileSync(file);
}

/** One plan's follow-through (loaders/site/follow-plan-files.ts) for /follow?plan=<doc_id>, as written: gzip-compressed JSON. */
export async function siteFollowPlan(docId: string): Promise<Buffer> {
  const file = join(await extractedCorpus(), "follow", `${docId}.json`);
  if (!existsSync(file)) throw new Error(`invalid plan: ${docId}`);
  return readFileSync(file);
}

/**
 * The folders of per-document, per-brief and per-plan JSON files and of the search index of the site's corpus.
 * The site fetches them at `_file/data/documents/<doc_id>.json`, `_file/data/briefs/<slug>.json`,
 * `_file/data/follow/<plan doc_id>.json` and `_file/data/search/index.json.gz` and `<k>.bin`: the preview server answers those
 * paths with the parameterized loaders in src/data/, and scripts/write-bundles.ts copies these folders there after
 * `observable build` (one Framework page per document would not build at 10,000 documents).
 */
export async function siteBundleDirs(): Promise<{documents: string; briefs: string; follow: string; search: string}> {
  const dir = await extractedCorpus();
  return {
    documents: join(dir, "documents"),
    briefs: join(dir, "briefs"),
    follow: join(dir, "follow"),
    search: join(dir, "search")
  };
}

/** The rows of one table of the site's corpus, decoded from its Parquet file. */
export async function siteRows<T = Record<string, unknown>>(name: string): Promise<T[]> {
  return readParquetRows<T>(await siteTable(name));
}

/** The jurisdiction slugs of the site's corpus (loaders/metadata/jurisdiction-slug.ts), once each, for the briefs' routes. */
export async function siteJurisdictions(): Promise<string[]> {
  return [...new Set(jurisdictionSlugs(readParquetRows<JurisdictionKey>(await siteTable("documents"))))].sort();
}

async function extractedCorpus(): Promise<string> {
  const corpus = siteCorpus();
  const cacheRoot = join(root, "out", ".site-cache");
  const dir = join(cacheRoot, fingerprint([corpus, join(root, "loaders"), join(root, "data")]));
  const lock = `${dir}.lock`;
  mkdirSync(cacheRoot, {recursive: true});
  for (const t0 = Date.now(); !existsSync(dir);) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - t0 > 600_000) throw new Error(`timed out waiting for ${lock}; remove it if no build is running`);
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    try {
      if (!existsSync(dir)) {
        process.stderr.write(`extracting ${relative(root, corpus) || "."} for the site…\n`);
        const staging = `${dir}.staging`;
        rmSync(staging, {recursive: true, force: true});
        await extractSite(corpus, staging);
        renameSync(staging, dir);
        // Keep only this extraction: older fingerprints are stale inputs, code or data.
        for (const name of readdirSync(cacheRoot)) {
          if (join(cacheRoot, name) !== dir && !name.endsWith(".lock"))
            rmSync(join(cacheRoot, name), {recursive: true, force: true});
        }
      }
    } finally {
      rmSync(lock, {recursive: true, force: true});
    }
  }
  return dir;
}

/** From this many source files the site's extraction runs on worker threads and reports its progress. */
const LARGE_CORPUS = 200;

/**
 * Extracts `corpus` into `<out>/tables/*.parquet` (the streaming extraction, on worker threads when the corpus
 * is large), cites source files relative to the corpus, and writes one JSON file per document
 * (`<out>/documents/<doc_id>.json`, encodeBundle), per jurisdiction's brief (`<out>/briefs/<slug>.json`) and per
 * plan's follow-through (`<out>/follow/<doc_id>.json`), both with their tables as columns (encodeJson), and the
 * search index (`<out>/search/index.json.gz` and its shards `<out>/search/<k>.bin`).
 */
async function extractSite(corpus: string, out: string): Promise<void> {
  const large = listSources([corpus]).length >= LARGE_CORPUS;
  const workers = large ? Math.min(availableParallelism(), 4) : 1;
  const tablesDir = join(out, "tables");
  let shown = 0;
  const {summaries} = await extractToParquet([corpus], tablesDir, {
    workers,
    onProgress(done, total) {
      if (large && (done === total || done - shown >= total / 10)) {
        shown = done;
        process.stderr.write(`  ${done}/${total} documents\n`);
      }
    }
  });
  for (const s of summaries) if (s.error) process.stderr.write(`warning: ${s.source_file}: ${s.error}\n`);
  // Each table decoded once: the bundles and the briefs read documents, assignments and indicators both.
  const decoded = new Map<string, object[]>();
  const read = <T>(name: string): T[] => {
    if (!decoded.has(name)) decoded.set(name, readParquetRows(readFileSync(join(tablesDir, `${name}.parquet`))));
    return decoded.get(name) as T[];
  };
  // Cite source files relative to the corpus, not by this machine's path to it (issue 10, item 21).
  const documents = read<{source_file: string}>("documents");
  for (const doc of documents) doc.source_file = relative(corpus, doc.source_file).split(sep).join("/");
  writeFileSync(join(tablesDir, "documents.parquet"), toParquet(documents, tableSchema("documents")));

  mkdirSync(join(out, "documents"), {recursive: true});
  const tables = Object.fromEntries(
    ["texts", "items", "assignments", "indicators", "removals"].map((name) => [name, read<object>(name)])
  );
  for (const [docId, bundle] of documentBundles({documents, ...tables}))
    writeFileSync(join(out, "documents", `${docId}.json`), gzipJson(encodeBundle(bundle)));

  // The site's cross-document table (loaders/tables/table-schemas.ts, siteTableSchemas): in the release and /explore.
  const followRows = followThrough({
    documents: documents as unknown as FollowTables["documents"],
    items: tables.items as FollowTables["items"],
    item_terms: read<FollowTables["item_terms"][number]>("item_terms"),
    indicators: tables.indicators as FollowTables["indicators"]
  });
  // Each task's text repeats once per later report, a whole plan apart: with a dictionary of up to 64 MB instead of
  // 1 MB those repeats are stored once (47.5 → 35.7 MB at 10,000 documents; the same rows).
  writeFileSync(
    join(tablesDir, "follow_through.parquet"),
    toParquet(followRows, tableSchema("follow_through"), {dictionaryPageBytes: 64 << 20})
  );
  // /follow fetches one plan's file, not the table (loaders/site/follow-plan-files.ts).
  mkdirSync(join(out, "follow"), {recursive: true});
  for (const [planId, file] of followPlanFiles(documents as unknown as FollowLabelDocument[], followRows))
    writeFileSync(join(out, "follow", `${planId}.json`), gzipJson(encodeJson(file)));

  mkdirSync(join(out, "briefs"), {recursive: true});
  const briefs = briefIndex(await readBriefTables(async (name) => read(name), indicatorCatalogue));
  for (const slug of briefs.slugs())
    writeFileSync(join(out, "briefs", `${slug}.json`), gzipJson(encodeJson(briefs.brief(slug))));

  writeSearchIndex(
    read<{doc_id: string; text: string}>("texts"),
    documents as unknown as SearchDocInput[],
    join(out, "search")
  );
}

/**
 * Writes the search index (loaders/site/search-index.ts) into `dir`, every file gzip-compressed (the page
 * decompresses it, so any static host serves the files as they are): `index.json.gz` (the manifest, column by
 * column) and one binary `<k>.bin` per shard (loaders/site/search-binary.ts). The postings are built a batch of documents
 * at a time and each batch's piece of a shard is appended to `<k>.part` (one JSON line), then every shard is merged
 * from its lines, so memory holds one batch, not the corpus's postings.
 */
export function writeSearchIndex(
  texts: {doc_id: string; text: string}[],
  documents: SearchDocInput[],
  dir: string
): void {
  mkdirSync(dir, {recursive: true});
  const manifest = searchManifest(texts, documents);
  writeFileSync(join(dir, "index.json.gz"), gzipSync(JSON.stringify(compactManifest(manifest))));
  for (const batch of searchIndexBatches(texts, manifest))
    for (const [k, shard] of batch) appendFileSync(join(dir, `${k}.part`), JSON.stringify([...shard]) + "\n");
  for (let k = 0; k < manifest.shards; ++k) {
    const part = join(dir, `${k}.part`);
    const lines = existsSync(part) ? readFileSync(part, "utf-8").split("\n").filter(Boolean) : [];
    writeFileSync(join(dir, `${k}.bin`), gzipSync(encodeShard(mergeShard(lines.map((line) => JSON.parse(line))))));
    rmSync(part, {force: true});
  }
}

/** sha256 over every file's path and bytes under the given folders, in sorted order. */
function fingerprint(dirs: string[]): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith(".")) visit(join(path, name));
    } else {
      hash.update(relative(root, path)).update("\0").update(readFileSync(path)).update("\0");
    }
  };
  for (const dir of dirs) if (existsSync(dir)) visit(dir);
  return hash.digest("hex").slice(0, 16);
}
