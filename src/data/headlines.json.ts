// Three headline comparisons for the overview, precomputed from the site's corpus (see loaders/headline-facts.ts).
import {headlineFacts, type HeadlineInput} from "../../loaders/headline-facts.ts";
import {indicatorCatalogue} from "../../loaders/indicator-catalogue.ts";
import {siteRows as table} from "../../loaders/site-table.ts";

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
