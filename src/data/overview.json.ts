// What the overview draws (totals, timeline, first rows of the documents list), precomputed: loaders/site/overview-summary.ts.
import {overviewSummary} from "../../loaders/site/overview-summary.ts";
import {basename} from "node:path";
import {siteCorpus, siteRows} from "../../loaders/site/site-table.ts";

// corpus: the name of the folder the site was extracted from (FAZHI_CORPUS, else seeds/), for the source lines; never
// the build machine's path to it.
const corpus = `${basename(siteCorpus())}/`;
process.stdout.write(JSON.stringify({...overviewSummary(await siteRows("documents")), corpus}));
