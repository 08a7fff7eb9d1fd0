// The documents table as JSON for the overview: small enough to load without the Parquet reader (no wasm).
import {siteRows} from "../../loaders/site/site-table.ts";

process.stdout.write(JSON.stringify(await siteRows("documents")));
