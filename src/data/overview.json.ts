// What the overview draws (totals, timeline, first rows of the documents list), precomputed: loaders/site/overview-summary.ts.
import {overviewSummary} from "../../loaders/site/overview-summary.ts";
import {relative} from "node:path";
import {siteCorpus, siteRows} from "../../loaders/site/site-table.ts";

// corpus: the folder the site was extracted from (FAZHI_CORPUS, else seeds/), for the source lines.
const corpus = `${relative(process.cwd(), siteCorpus()) || "."}/`;
process.stdout.write(JSON.stringify({...overviewSummary(await siteRows("documents")), corpus}));
