// Each catalogue indicator's values (or, when many, their quartiles with cited quotes): loaders/site/indicator-summary.ts.
import {indicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";
import {indicatorSummary} from "../../loaders/site/indicator-summary.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

process.stdout.write(JSON.stringify(indicatorSummary(await siteRows("indicators"), await siteRows("documents"), indicatorCatalogue)));
