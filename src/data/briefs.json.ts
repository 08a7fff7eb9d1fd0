// The jurisdictions that have a brief (/brief/<slug>), with their documents' types and years, for /brief/.
import {jurisdictionSlugs} from "../../loaders/metadata/jurisdiction-slug.ts";
import {readParquetRows} from "../../loaders/tables/read-parquet.ts";
import {siteTable} from "../../loaders/site/site-table.ts";

interface Doc {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  adcode: string | null;
  level: string | null;
  doc_type: string;
  year: number | null;
}
const docs = readParquetRows<Doc>(await siteTable("documents"));
const slugs = jurisdictionSlugs(docs);
const briefs = new Map<string, {slug: string; jurisdiction: string | null; jurisdiction_en: string | null; level: string | null; documents: {doc_type: string; year: number | null}[]}>();
docs.forEach((d, i) => {
  if (!briefs.has(slugs[i]))
    briefs.set(slugs[i], {slug: slugs[i], jurisdiction: d.jurisdiction, jurisdiction_en: d.jurisdiction_en, level: d.level, documents: []});
  briefs.get(slugs[i])!.documents.push({doc_type: d.doc_type, year: d.year});
});
process.stdout.write(JSON.stringify([...briefs.values()].sort((a, b) => a.slug.localeCompare(b.slug))));
