// What the overview draws (totals, timeline, first rows of the documents list), precomputed: loaders/overview-summary.ts.
import {overviewSummary} from "../../loaders/overview-summary.ts";
import {siteRows} from "../../loaders/site-table.ts";

process.stdout.write(JSON.stringify(overviewSummary(await siteRows("documents"))));
