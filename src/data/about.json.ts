// What /about lists from the corpus: topics, agencies seen, and the figure its citation example quotes.
import {citationExample} from "../../loaders/site/citation-example.ts";
import type {DocumentRow} from "../../loaders/extract-document.ts";
import {siteRows} from "../../loaders/site/site-table.ts";
import type {Indicator} from "../../loaders/types.ts";

const [topics, agencies] = await Promise.all([siteRows("topics"), siteRows("agencies")]);
const example = citationExample(await siteRows<Indicator>("indicators"), await siteRows<DocumentRow>("documents"));
process.stdout.write(JSON.stringify({topics, agencies, example}));
