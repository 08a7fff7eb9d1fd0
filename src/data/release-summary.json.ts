// The release manifest without its per-document list (a count instead): what /explore and /about show of it.
import {siteRelease} from "../../loaders/site/release/site-release.ts";

const {manifest} = await siteRelease();
process.stdout.write(JSON.stringify({...manifest, documents: manifest.documents.length}));
