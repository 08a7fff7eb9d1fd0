// One document's bundle (metadata, normalised text, items, assignments, indicators) for its page.
import {parseArgs} from "node:util";
import {siteDocument} from "../../../loaders/site-table.ts";

const {values} = parseArgs({options: {doc: {type: "string"}}});
process.stdout.write(await siteDocument(values.doc!));
