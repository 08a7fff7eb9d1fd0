// The documents with tasks, as the /compare picker lists them (a few columns of the documents table).
import {siteColumns} from "../../loaders/site/site-columns.ts";

const columns = ["doc_id", "jurisdiction", "jurisdiction_en", "province", "year", "doc_type", "n_tasks"];
const documents = await siteColumns<{n_tasks: number}>("documents", columns);
process.stdout.write(JSON.stringify(documents.filter((d) => d.n_tasks > 0)));
