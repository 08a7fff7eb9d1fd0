/** One document of the coverage matrix with its tasks, share of tasks and share of characters per topic. */
export interface CoverageDoc {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  province: string | null;
  year: number | null;
  /** Per topic, in the order of `topics`. */
  items: number[];
  share_items: number[];
  share_chars: number[];
}

export interface CoverageMatrix {
  topics: {topic_id: string; order: number; name_zh: string; name_en: string}[];
  documents: CoverageDoc[];
}

interface Doc {
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  province: string | null;
  year: number | null;
  doc_type: string;
  n_items: number;
}
interface Row {
  doc_id: string;
  topic_id: string;
  items: number;
  share_items: number;
  share_chars: number;
}

const round = (v: number) => Math.round(v * 1e3) / 1e3;

/**
 * The coverage table as one row per document with items (numbered outline items) per topic, ordered like the
 * heatmap (by year, then jurisdiction), topics in display order, shares rounded to 3 decimals; a document without a
 * row for a topic gets 0 there. Documents without items are left out. Empty tables give no topics and no documents.
 */
export function coverageMatrix(documents: Doc[], coverage: Row[], topics: CoverageMatrix["topics"]): CoverageMatrix {
  const ordered = [...topics].sort((a, b) => a.order - b.order);
  const column = new Map(ordered.map((t, k) => [t.topic_id, k]));
  const rows = new Map<string, CoverageDoc>();
  const docs = documents
    .filter((d) => d.n_items > 0)
    .sort((a, b) => (a.year ?? 0) - (b.year ?? 0) || String(a.jurisdiction).localeCompare(String(b.jurisdiction)));
  for (const d of docs) {
    const zeros = () => ordered.map(() => 0);
    const {doc_id, jurisdiction, jurisdiction_en, province, year} = d;
    rows.set(doc_id, {
      doc_id,
      jurisdiction,
      jurisdiction_en,
      province,
      year,
      items: zeros(),
      share_items: zeros(),
      share_chars: zeros()
    });
  }
  for (const c of coverage) {
    const row = rows.get(c.doc_id);
    const k = column.get(c.topic_id);
    if (!row || k == null) continue;
    row.items[k] = c.items;
    row.share_items[k] = round(c.share_items);
    row.share_chars[k] = round(c.share_chars);
  }
  return {
    topics: ordered.map(({topic_id, order, name_zh, name_en}) => ({topic_id, order, name_zh, name_en})),
    documents: [...rows.values()]
  };
}
