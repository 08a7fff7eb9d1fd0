// Tasks led and supported per agency and document (or province and year), co-lead pairs: loaders/site/agency-summary.ts.
import {agencySummary, type AgencySummaryDocument} from "../../loaders/site/agency-summary.ts";
import type {AssignmentRow} from "../../loaders/site/agency-workload.ts";
import {siteColumns} from "../../loaders/site/site-columns.ts";
import {siteRows} from "../../loaders/site/site-table.ts";
import type {Agency} from "../../loaders/types.ts";

const assignments = await siteColumns<AssignmentRow>("assignments", ["doc_id", "item_id", "role", "agency_raw", "agency_id", "is_collective"]);
const summary = agencySummary(await siteRows<AgencySummaryDocument>("documents"), assignments, await siteRows<Agency>("agencies"));
process.stdout.write(JSON.stringify(summary));
