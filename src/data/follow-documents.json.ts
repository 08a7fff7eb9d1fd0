// The plans and reports that /follow lists and labels (a few columns of the documents table), each plan with the
// number of its later reports (loaders/site/follow-pairs.ts), and the similarity threshold the table was built with.
import {siteColumns} from "../../loaders/site/site-columns.ts";
import {followReportCounts, type FollowDocument} from "../../loaders/site/follow-pairs.ts";
import {followThreshold} from "../../loaders/site/follow-through.ts";

const columns = ["doc_id", "jurisdiction", "jurisdiction_en", "adcode", "year", "doc_type"];
const documents = followReportCounts(await siteColumns<FollowDocument>("documents", columns));
process.stdout.write(JSON.stringify({threshold: followThreshold, documents}));
