// One file of the full-text search index for /search: `index` (the documents and the shard count) or shard <k>.
// The preview server runs this for _file/data/search/<part>.json; `npm run build` copies them all (scripts/write-bundles.ts).
import {parseArgs} from "node:util";
import {siteSearchFile} from "../../../loaders/site/site-table.ts";

const {values} = parseArgs({options: {part: {type: "string"}}});
process.stdout.write(await siteSearchFile(values.part!));
