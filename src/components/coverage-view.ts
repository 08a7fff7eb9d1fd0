import type {CoverageDoc} from "../../loaders/site/coverage-matrix.ts";
import type {CoverageCell} from "./coverage-heatmap.js";
import {inProvince} from "./in-province.js";

/** One document of data/coverage-matrix.json (loaders/site/coverage-matrix.ts): per-topic tasks and shares. */
export type MatrixDoc = CoverageDoc;

export interface MatrixTopic {
  topic_id: string;
  order: number;
  name_zh: string;
  name_en: string;
}

/** What the heatmap shows: a column per document, per province, or per year of one province. */
export type CoverageMode = "documents" | "provinces" | "years";

export interface CoverageView {
  mode: CoverageMode;
  cells: CoverageCell[];
  columns: string[];
  topics: string[];
  /** The documents the filters select (year, province), in heatmap order. */
  documents: MatrixDoc[];
}

/**
 * Heatmap cells for the documents a year and province select (null = all). While they fit in `maxColumns` columns
 * (or both a province and a year are chosen), one column per document, and with a year chosen a jurisdiction with no
 * document that year gets "no document" cells (documents 0) as long as those fit too; otherwise one column per province (or, with a province
 * chosen, per year) holding the mean share over its documents, so the chart stays legible at any corpus size.
 * Empty input gives no cells.
 */
export function coverageView(
  matrix: {topics: MatrixTopic[]; documents: MatrixDoc[]},
  {
    year = null,
    province = null,
    maxColumns = 40,
    column = (d: MatrixDoc) => `${d.jurisdiction ?? d.doc_id} ${d.year ?? "?"}`,
    topicName = (t: MatrixTopic) => `${t.name_zh} ${t.name_en}`
  }: {
    year?: number | null;
    province?: string | null;
    maxColumns?: number;
    column?: (d: MatrixDoc) => string;
    topicName?: (t: MatrixTopic) => string;
  } = {}
): CoverageView {
  const topics = matrix.topics;
  const ofProvince = matrix.documents.filter(inProvince(province));
  const chosen = ofProvince.filter((d) => year == null || d.year === year);
  const names = topics.map(topicName);
  // With a year chosen, one stand-in per jurisdiction without a document that year, labelled like a document of it.
  const covered = new Set(chosen.map((d) => d.jurisdiction));
  const missing =
    year == null
      ? []
      : [
          ...new Map(
            ofProvince.filter((d) => !covered.has(d.jurisdiction)).map((d) => [d.jurisdiction, {...d, year}])
          ).values()
        ];
  if (chosen.length <= maxColumns || (province != null && year != null)) {
    // Two documents of one jurisdiction and year (a plan and a report) get "(2)", "(3)"… so columns never overlap.
    const seen = new Map<string, number>();
    const labels = new Map(
      chosen.map((d) => {
        const label = column(d);
        const n = (seen.get(label) ?? 0) + 1;
        seen.set(label, n);
        return [d, n > 1 ? `${label} (${n})` : label];
      })
    );
    const label = (d: MatrixDoc) => labels.get(d) ?? column(d);
    // The stand-ins only while everything fits: a province's year can leave a hundred jurisdictions without one.
    if (chosen.length + missing.length > maxColumns) missing.length = 0;
    const cells = topics.flatMap((t, k) => [
      ...chosen.map((d) => ({
        doc_id: d.doc_id,
        column: label(d),
        topic_id: t.topic_id,
        topic: names[k],
        documents: 1,
        items: d.items[k],
        share_items: d.share_items[k],
        share_chars: d.share_chars[k]
      })),
      ...missing.map((d) => ({
        doc_id: null,
        column: column(d),
        topic_id: t.topic_id,
        topic: names[k],
        documents: 0,
        items: 0,
        share_items: 0,
        share_chars: 0
      }))
    ]);
    return {
      mode: "documents",
      cells,
      columns: [...chosen.map(label), ...missing.map(column)],
      topics: names,
      documents: chosen
    };
  }
  const mode: CoverageMode = province == null ? "provinces" : "years";
  const groups = new Map<string, MatrixDoc[]>();
  for (const d of chosen) {
    const key = mode === "provinces" ? (d.province ?? "?") : String(d.year ?? "?");
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(d);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    mode === "provinces" ? groups.get(b)!.length - groups.get(a)!.length || a.localeCompare(b) : a.localeCompare(b)
  );
  const mean = (list: MatrixDoc[], k: number, key: "share_items" | "share_chars") =>
    Math.round((list.reduce((s, d) => s + d[key][k], 0) / list.length) * 1e3) / 1e3;
  const cells = topics.flatMap((t, k) =>
    keys.map((key) => {
      const list = groups.get(key)!;
      return {
        doc_id: null,
        column: key,
        topic_id: t.topic_id,
        topic: names[k],
        documents: list.length,
        items: list.reduce((s, d) => s + d.items[k], 0),
        share_items: mean(list, k, "share_items"),
        share_chars: mean(list, k, "share_chars")
      };
    })
  );
  return {mode, cells, columns: keys, topics: names, documents: chosen};
}

/**
 * The filter a click on a heatmap cell sets: a province's column (mode "provinces") chooses that province, a year's
 * column (mode "years") that year. A document's cell, a "no document" cell (documents 0) or no click give null.
 */
export function coverageDrill(
  picked: Pick<CoverageCell, "doc_id" | "documents" | "column"> | null | undefined,
  mode: CoverageMode
): {filter: "province"; value: string} | {filter: "year"; value: number} | null {
  if (!picked || picked.doc_id != null || !(picked.documents > 0)) return null;
  return mode === "provinces"
    ? {filter: "province", value: picked.column}
    : {filter: "year", value: Number(picked.column)};
}
