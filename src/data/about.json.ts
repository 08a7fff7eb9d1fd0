// What /about lists from the corpus: topics, agencies seen, and the figure its citation example quotes.
import {citationExample} from "../../loaders/site/citation-example.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

const [topics, agencies, documents, indicators] = await Promise.all(["topics", "agencies", "documents", "indicators"].map((t) => siteRows(t)));
process.stdout.write(JSON.stringify({topics, agencies, example: citationExample(indicators as never, documents as never)}));
