// One document's bundle (metadata, normalised text, items, assignments, indicators) for /document?id=<doc_id>.
// The preview server runs this for _file/data/documents/<doc_id>.json (gzip bytes, as built: src/page/gunzip.ts reads them);
// `npm run build` copies them all (scripts/write-bundles.ts).
import {parseArgs} from "node:util";
import {siteDocument} from "../../../loaders/site/site-table.ts";

const {values} = parseArgs({options: {doc: {type: "string"}}});
process.stdout.write(await siteDocument(values.doc!));
