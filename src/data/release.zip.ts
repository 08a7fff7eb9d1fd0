// The versioned data release of the site's corpus: every Parquet table, data-dictionary.json,
// manifest.json (build id, sha256 of each source document and table) and CITATION.txt, as one zip.
import {siteRelease} from "../../loaders/site/release/site-release.ts";
import {writeZip} from "../../loaders/site/release/write-zip.ts";

const {manifest, files} = await siteRelease();
process.stderr.write(`release ${manifest.build_id}: ${files.length} files\n`);
process.stdout.write(writeZip(files));
