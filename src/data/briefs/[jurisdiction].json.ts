// One jurisdiction's brief (/brief/view?j=<slug>), precomputed by loaders/site/brief-data.ts with the site's extraction.
// The preview server runs this for _file/data/briefs/<slug>.json (gzip bytes, as built: src/page/gunzip.ts reads them);
// `npm run build` copies them all (scripts/write-bundles.ts).
import {parseArgs} from "node:util";
import {siteBrief} from "../../../loaders/site/site-table.ts";

const {values} = parseArgs({options: {jurisdiction: {type: "string"}}});
process.stdout.write(await siteBrief(values.jurisdiction!));
