// The first 100 assignments of every agency with their tasks, for the list on /agencies: loaders/site/agency-task-list.ts.
import {agencyTaskList} from "../../loaders/site/agency-task-list.ts";
import {encodeJson} from "../../loaders/site/encode-json.ts";
import {siteColumns} from "../../loaders/site/site-columns.ts";
import {siteRows} from "../../loaders/site/site-table.ts";
import type {DocumentRow} from "../../loaders/extract-document.ts";
import type {Assignment, Item} from "../../loaders/types.ts";

const assignments = await siteColumns<Assignment>("assignments", ["doc_id", "item_id", "role", "agency_raw", "agency_id"]);
const items = await siteColumns<Item>("items", ["item_id", "label", "heading", "text"]);
// Keys once (encodeJson; /agencies reads it with decodeJson).
process.stdout.write(JSON.stringify(encodeJson(agencyTaskList(assignments, items, await siteRows<DocumentRow>("documents")))));
