import {createHash} from "node:crypto";
import {existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join, relative, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {documentBundles} from "./document-bundles.ts";
import {extractCorpus} from "./extract-corpus.ts";
import {jurisdictionSlugs, type JurisdictionKey} from "./jurisdiction-slug.ts";
import {readParquetRows} from "./read-parquet.ts";
import {writeTables} from "./write-tables.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");

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

/** The JSON bundle (metadata, text, items, assignments, indicators) of one document of the site's corpus. */
export async function siteDocument(docId: string): Promise<string> {
  const file = join(await extractedCorpus(), "documents", `${docId}.json`);
  if (!existsSync(file)) throw new Error(`invalid doc_id: ${docId}`);
  return readFileSync(file, "utf-8");
}

/** The rows of one table of the site's corpus, decoded from its Parquet file. */
export async function siteRows<T = Record<string, unknown>>(name: string): Promise<T[]> {
  return readParquetRows<T>(await siteTable(name));
}

/** The doc_ids of the site's corpus, for the document pages' routes. */
export async function siteDocIds(): Promise<string[]> {
  return readParquetRows<{doc_id: string}>(await siteTable("documents")).map((d) => d.doc_id);
}

/** The jurisdiction slugs of the site's corpus (loaders/jurisdiction-slug.ts), once each, for the briefs' routes. */
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
        const {tables, summaries} = await extractCorpus([corpus]);
        // Cite source files relative to the repository, not by this machine's absolute path.
        for (const doc of tables.documents as {source_file: string}[])
          doc.source_file = relative(root, doc.source_file);
        for (const s of summaries) if (s.error) process.stderr.write(`warning: ${s.source_file}: ${s.error}\n`);
        const staging = `${dir}.staging`;
        rmSync(staging, {recursive: true, force: true});
        mkdirSync(join(staging, "documents"), {recursive: true});
        for (const [docId, bundle] of documentBundles(tables)) {
          writeFileSync(join(staging, "documents", `${docId}.json`), JSON.stringify(bundle));
        }
        writeTables(join(staging, "tables"), tables);
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
