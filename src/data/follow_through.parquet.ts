// The follow_through table of the site's corpus (loaders/site/follow-through.ts, written with the extraction's tables).
import {siteTable} from "../../loaders/site/site-table.ts";

process.stdout.write(await siteTable("follow_through"));
