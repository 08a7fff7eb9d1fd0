export interface Doc {
  doc_id: string;
  jurisdiction: string | null;
  year: number | null;
  doc_type: string;
}
export interface CoverageRow {
  doc_id: string;
  topic_id: string;
  items: number;
  share_items: number;
  share_chars: number;
}
export interface TopicRow {
  topic_id: string;
  order: number;
  name_zh: string;
  name_en: string;
}

/** The column label of a document in comparisons: "东胜区 2022". */
export function docColumn(d: Doc): string {
  return `${d.jurisdiction ?? d.doc_id} ${d.year ?? "?"}`;
}

/**
 * Heatmap cells for the documents of one year (or, when year is null, every document), ordered by year:
 * every jurisdiction of the corpus gets a column, and a jurisdiction with no document in that year gets
 * cells with doc_id null. Empty input gives no cells.
 */
export function coverageCells(
  docs: Doc[],
  coverage: CoverageRow[],
  topics: TopicRow[],
  year: number | null,
  {column = docColumn, topicName = (t: TopicRow) => `${t.name_zh} ${t.name_en}`} = {}
) {
  const sorted = [...docs].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || String(a.jurisdiction).localeCompare(String(b.jurisdiction))
  );
  const chosen = year == null ? sorted : sorted.filter((d) => d.year === year);
  const covered = new Set(chosen.map((d) => d.jurisdiction));
  // One stand-in per jurisdiction without a document that year, labelled like a document of that year.
  const missing = [
    ...new Map(sorted.filter((d) => !covered.has(d.jurisdiction)).map((d) => [d.jurisdiction, {...d, year}])).values()
  ];
  const byKey = new Map(coverage.map((c) => [`${c.doc_id}\u0000${c.topic_id}`, c]));
  const columns = [...chosen.map(column), ...missing.map(column)];
  const cells = topics.flatMap((t) => [
    ...chosen.map((d) => {
      const c = byKey.get(`${d.doc_id}\u0000${t.topic_id}`);
      return {
        doc_id: d.doc_id,
        column: column(d),
        topic_id: t.topic_id,
        topic: topicName(t),
        items: c?.items ?? 0,
        share_items: c?.share_items ?? 0,
        share_chars: c?.share_chars ?? 0
      };
    }),
    ...missing.map((d) => ({
      doc_id: null,
      column: column(d),
      topic_id: t.topic_id,
      topic: topicName(t),
      items: 0,
      share_items: 0,
      share_chars: 0
    }))
  ]);
  return {cells, columns, topics: [...topics].sort((a, b) => a.order - b.order).map(topicName)};
}
