// Tasks led and supported per agency and document (or province and year), co-lead pairs: loaders/site/agency-summary.ts.
import {agencySummary} from "../../loaders/site/agency-summary.ts";
import {siteColumns} from "../../loaders/site/site-columns.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

const assignments = await siteColumns("assignments", ["doc_id", "item_id", "role", "agency_raw", "agency_id", "is_collective"]);
process.stdout.write(JSON.stringify(agencySummary(await siteRows("documents"), assignments as never, await siteRows("agencies"))));
