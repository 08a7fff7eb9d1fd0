/**
 * After `observable build`: copies the site corpus's per-document, per-brief and per-plan JSON files and its search
 * index (loaders/site/site-table.ts) to `<dist>/_file/data/documents/<doc_id>.json`,
 * `<dist>/_file/data/briefs/<slug>.json`, `<dist>/_file/data/follow/<doc_id>.json` and
 * `<dist>/_file/data/search/<index|k>.json`, the paths /document?id=, /brief/view?j=, /follow?plan= and /search
 * fetch (the same paths the preview server answers with src/data/'s loaders).
 * Usage: npx tsx scripts/write-bundles.ts [--dist dist]
 */
import {cpSync, existsSync, readdirSync, rmSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {siteBundleDirs} from "../loaders/site/site-table.ts";

const {values} = parseArgs({options: {dist: {type: "string", default: "dist"}}});
const dist = values.dist!;
if (!existsSync(join(dist, "index.html"))) {
  console.error(`write-bundles: ${dist}/index.html is missing; run observable build first`);
  process.exit(1);
}
const dirs = await siteBundleDirs();
for (const kind of ["documents", "briefs", "follow", "search"] as const) {
  const target = join(dist, "_file", "data", kind);
  rmSync(target, {recursive: true, force: true});
  cpSync(dirs[kind], target, {recursive: true});
  console.log(`write-bundles: ${readdirSync(target).length} ${kind} → ${target}`);
}
