/** One extracted quantity as the /indicators table lists it. */
export interface Quantity {
  indicator_row_id: string;
  doc_id: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  /** The document's province (documents.province), for the province filter. */
  province: string | null;
  year: number | null;
  subject: string;
  value: number;
  unit: string;
  approx: boolean;
  kind: string;
  indicator_id: string | null;
  flag: string | null;
  quote: string;
}

/**
 * The first `limit` rows of the indicators table (in table order) with each document's jurisdiction and province, and how many
 * rows there are, so /indicators can list and search them without the whole table (the rest is one query away in
 * Explore). Empty input gives total 0 and no rows.
 */
export function quantityList(
  rows: Omit<Quantity, "jurisdiction" | "jurisdiction_en" | "province">[],
  documents: {doc_id: string; jurisdiction: string | null; jurisdiction_en: string | null; province?: string | null}[],
  {limit = 3000} = {}
): {total: number; rows: Quantity[]} {
  const docById = new Map(documents.map((d) => [d.doc_id, d]));
  return {
    total: rows.length,
    rows: rows.slice(0, limit).map((r) => ({
      indicator_row_id: r.indicator_row_id,
      doc_id: r.doc_id,
      jurisdiction: docById.get(r.doc_id)?.jurisdiction ?? r.doc_id,
      jurisdiction_en: docById.get(r.doc_id)?.jurisdiction_en ?? null,
      province: docById.get(r.doc_id)?.province ?? null,
      year: r.year,
      subject: r.subject,
      value: r.value,
      unit: r.unit,
      approx: r.approx,
      kind: r.kind,
      indicator_id: r.indicator_id,
      flag: r.flag,
      quote: r.quote
    }))
  };
}
