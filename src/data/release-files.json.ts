// What the release link (src/components/release-link.ts) zips in the browser, in zip order: the text files of the
// data release exactly as releaseFiles writes them (CITATION.txt, manifest.json, data-dictionary.json), then each
// table's name and file, whose bytes are the site's own data/<table>.parquet (so the site ships no second copy).
import {siteRelease} from "../../loaders/site/release/site-release.ts";

const {manifest, files} = await siteRelease();
const tables = manifest.tables.map(({name, file}) => ({name, file}));
const texts = files.slice(0, files.length - tables.length);
const entries = texts.map(({name, data}) => ({name, text: data}));
if (texts.some((f) => typeof f.data !== "string") || files.slice(texts.length).some((f, k) => f.name !== tables[k].file))
  throw new Error("release-files: releaseFiles no longer gives its text files first, then the tables in manifest order");
process.stdout.write(JSON.stringify({entries, tables}));
