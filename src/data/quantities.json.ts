// The first 3,000 extracted quantities with their jurisdictions, for the searchable table on /indicators.
import {quantityList} from "../../loaders/site/quantity-list.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

process.stdout.write(JSON.stringify(quantityList(await siteRows("indicators"), await siteRows("documents"))));
