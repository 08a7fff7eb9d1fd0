// Coverage per document and topic, one row per document, for /coverage: loaders/site/coverage-matrix.ts.
import {coverageMatrix} from "../../loaders/site/coverage-matrix.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

process.stdout.write(JSON.stringify(coverageMatrix(await siteRows("documents"), await siteRows("coverage"), await siteRows("topics"))));
