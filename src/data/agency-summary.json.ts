// Tasks led and supported per agency and document (or province and year), co-lead pairs: loaders/agency-summary.ts.
import {agencySummary} from "../../loaders/agency-summary.ts";
import {siteColumns} from "../../loaders/site-columns.ts";
import {siteRows} from "../../loaders/site-table.ts";

const assignments = await siteColumns("assignments", ["doc_id", "item_id", "role", "agency_raw", "agency_id", "is_collective"]);
process.stdout.write(JSON.stringify(agencySummary(await siteRows("documents"), assignments as never, await siteRows("agencies"))));
