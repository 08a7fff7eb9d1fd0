// Three headline comparisons for the overview, precomputed from the site's corpus (see loaders/site/headline-facts.ts).
import {headlineFacts, type HeadlineInput} from "../../loaders/site/headline-facts.ts";
import {indicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";
import {siteRows as table} from "../../loaders/site/site-table.ts";

const input: HeadlineInput = {
  documents: await table("documents"),
  coverage: await table("coverage"),
  topics: await table("topics"),
  assignments: await table("assignments"),
  agencies: await table("agencies"),
  indicators: await table("indicators"),
  catalogue: indicatorCatalogue
};
process.stdout.write(JSON.stringify(headlineFacts(input)));
