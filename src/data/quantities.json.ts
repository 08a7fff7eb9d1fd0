// The first 3,000 extracted quantities with their jurisdictions, for the searchable table on /indicators.
import {encodeJson} from "../../loaders/site/encode-json.ts";
import {quantityList} from "../../loaders/site/quantity-list.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

// Keys once (encodeJson; /indicators reads it with decodeJson).
process.stdout.write(JSON.stringify(encodeJson(quantityList(await siteRows("indicators"), await siteRows("documents")))));
