// One binary shard of the full-text search index for /search and /terms (loaders/site/search-binary.ts), gzip-compressed.
// The preview server runs this for _file/data/search/<k>.bin; `npm run build` copies them all (scripts/write-bundles.ts).
import {parseArgs} from "node:util";
import {siteSearchFile} from "../../../loaders/site/site-table.ts";

const {values} = parseArgs({options: {part: {type: "string"}}});
process.stdout.write(await siteSearchFile(`${values.part}.bin`));
