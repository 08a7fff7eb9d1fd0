// The documents table as JSON for the overview: small enough to load without the Parquet reader (no wasm).
// Keys once, repeated values (jurisdiction, level, genre, issuer…) once (encodeJson; the page reads it with decodeJson).
import {encodeJson} from "../../loaders/site/encode-json.ts";
import {siteRows} from "../../loaders/site/site-table.ts";

process.stdout.write(JSON.stringify(encodeJson(await siteRows("documents"))));
