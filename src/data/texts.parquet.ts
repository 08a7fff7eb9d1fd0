// The texts table of the site's corpus (seeds/ or FAZHI_CORPUS), extracted by the same library as the CLI.
import {siteTable} from "../../loaders/site/site-table.ts";

process.stdout.write(await siteTable("texts"));
