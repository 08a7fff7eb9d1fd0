import type {CompactManifest, SearchDoc, SearchManifest} from "../../loaders/site/search-index.ts";

export type {CompactManifest, SearchManifest};

/**
 * The search index's manifest as /search and /terms read it: the documents, one object each, from the columns of
 * `index.json` (loaders/site/search-index.ts, compactManifest). A manifest of another version throws.
 */
export function expandManifest(compact: CompactManifest): SearchManifest {
  if (compact.version !== 2) throw new Error(`invalid search manifest: version ${compact.version}`);
  const docs: SearchDoc[] = compact.doc_id.map((doc_id, i) => {
    const [jurisdiction, jurisdiction_en, province] = compact.places[compact.place[i]];
    return {
      doc_id,
      title: compact.title[i],
      jurisdiction,
      jurisdiction_en,
      province,
      year: compact.year[i],
      doc_type: compact.types[compact.type[i]],
      chars: compact.chars[i]
    };
  });
  return {version: 2, shards: compact.shards, docs};
}
