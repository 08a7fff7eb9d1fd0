// The manifest of the full-text search index for /search and /terms (loaders/site/search-index.ts, compactManifest),
// gzip-compressed. The preview server runs this for _file/data/search/index.json.gz; `npm run build` copies the index
// (scripts/write-bundles.ts).
import {siteSearchFile} from "../../../loaders/site/site-table.ts";

process.stdout.write(await siteSearchFile("index.json.gz"));
