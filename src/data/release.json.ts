// The manifest of the data release (build id, row counts, sha256 of each source document and table), for pages to show.
import {siteRelease} from "../../loaders/site/release/site-release.ts";

process.stdout.write(JSON.stringify((await siteRelease()).manifest));
