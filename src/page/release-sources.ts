import {FileAttachment} from "observablehq:stdlib";
import type {ReleaseFileList, ReleaseSources} from "../components/release-link.js";

// The href of each table's Parquet file as the site serves it (/explore reads the same files): what the release zip
// holds, fetched only when the release link is clicked.
const tables: Record<string, string> = {
  documents: FileAttachment("../data/documents.parquet").href,
  texts: FileAttachment("../data/texts.parquet").href,
  removals: FileAttachment("../data/removals.parquet").href,
  items: FileAttachment("../data/items.parquet").href,
  assignments: FileAttachment("../data/assignments.parquet").href,
  agencies: FileAttachment("../data/agencies.parquet").href,
  indicators: FileAttachment("../data/indicators.parquet").href,
  topics: FileAttachment("../data/topics.parquet").href,
  item_topics: FileAttachment("../data/item_topics.parquet").href,
  item_terms: FileAttachment("../data/item_terms.parquet").href,
  coverage: FileAttachment("../data/coverage.parquet").href,
  keywords: FileAttachment("../data/keywords.parquet").href,
  follow_through: FileAttachment("../data/follow_through.parquet").href
};
const files = FileAttachment("../data/release-files.json").href;

/** Fetches a file's bytes; a missing table or a failed request throws one line naming the file. */
async function bytes(href: string | undefined, name: string): Promise<Uint8Array> {
  if (href === undefined) throw new Error(`no file for table ${name}`);
  const response = await fetch(href).catch(() => null);
  if (!response?.ok) throw new Error(`could not load ${name}${response ? `: HTTP ${response.status}` : ""}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The parts of the data release (releaseLink's sources): release-files.json and the site's Parquet files. */
export const releaseSources: ReleaseSources = {
  files: async () => JSON.parse(new TextDecoder().decode(await bytes(files, "release-files.json"))) as ReleaseFileList,
  table: (name) => bytes(tables[name], `${name}.parquet`)
};
