// One plan's follow-through (/follow?plan=<doc_id>): its later reports, tasks and targets (loaders/site/follow-plan-files.ts).
// The preview server runs this for _file/data/follow/<doc_id>.json (gzip bytes, as built: src/page/gunzip.ts reads them);
// `npm run build` copies them all (scripts/write-bundles.ts).
import {parseArgs} from "node:util";
import {siteFollowPlan} from "../../../loaders/site/site-table.ts";

const {values} = parseArgs({options: {plan: {type: "string"}}});
process.stdout.write(await siteFollowPlan(values.plan!));
