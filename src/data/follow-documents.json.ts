// The plans /follow lists (loaders/site/follow-plan-files.ts followPlanIndex: label columns and the number of later
// reports), and the similarity threshold the follow_through table was built with. Each plan's rows are its own file.
import {siteColumns} from "../../loaders/site/site-columns.ts";
import {followPlanIndex, type FollowLabelDocument} from "../../loaders/site/follow-plan-files.ts";
import {followThreshold} from "../../loaders/site/follow-through.ts";

const columns = ["doc_id", "jurisdiction", "jurisdiction_en", "adcode", "year", "doc_type"];
const plans = followPlanIndex(await siteColumns<FollowLabelDocument>("documents", columns));
process.stdout.write(JSON.stringify({threshold: followThreshold, plans}));
