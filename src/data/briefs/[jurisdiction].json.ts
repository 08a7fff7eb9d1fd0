// One jurisdiction's brief (/brief/<slug>): everything the page shows, precomputed by loaders/brief-data.ts.
import {parseArgs} from "node:util";
import {briefData, readBriefTables, type BriefTables} from "../../../loaders/brief-data.ts";
import {indicatorCatalogue} from "../../../loaders/indicator-catalogue.ts";
import {siteRows} from "../../../loaders/site-table.ts";

const {values} = parseArgs({options: {jurisdiction: {type: "string"}}});
const tables: BriefTables = await readBriefTables(siteRows, indicatorCatalogue);
process.stdout.write(JSON.stringify(briefData(tables, values.jurisdiction!)));
