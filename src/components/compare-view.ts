import {alignItems, type Alignment, type TermItem} from "./align-items.js";
import type {BundleItem} from "./bundle-items.js";
import {itemFragment, quoteHref} from "./fragments.js";
import {translator} from "./lang.js";
import {textElement} from "./text-element.js";

/** One aligned row: the anchor's item, the other document's item (either may be missing) and their similarity. */
type Row = Alignment;
/** A document's item as bundleItems gives it. */
type CompareItem = BundleItem & {doc_id: string; text: string};

/**
 * The tasks of one topic in each picked document, aligned with the first (the anchor) by text similarity: one list of
 * rows per other document. Items without terms take part with none (they align with nothing).
 */
export function compareAlignments(
  picked: readonly string[],
  items: readonly CompareItem[],
  termsById: ReadonlyMap<string, TermItem>,
  {topic, threshold}: {topic: string; threshold: number}
): {anchor: string; alignments: {other: string; rows: Row[]}[]} {
  const side = (docId: string): TermItem[] =>
    items
      .filter((d) => d.doc_id === docId && d.is_task && d.topic_id === topic)
      .map((d) => termsById.get(d.item_id) ?? {doc_id: docId, item_id: d.item_id, terms: ""});
  const [anchor, ...others] = picked;
  return {anchor, alignments: others.map((other) => ({other, rows: alignItems(side(anchor), side(other), threshold)}))};
}

/**
 * The card of one pair: counts (aligned, only in the anchor, only in the other) and the aligned table, each item a link
 * to its place in the document and its text (cut at 220 characters). Text is inserted as text, never as HTML.
 */
export function compareCard(
  {anchor, other, rows}: {anchor: string; other: string; rows: readonly Row[]},
  {
    items,
    docLabel,
    threshold,
    lang = "zh"
  }: {
    items: readonly CompareItem[];
    docLabel: ReadonlyMap<string, string>;
    threshold: number;
    lang?: "zh" | "en";
  }
): HTMLDivElement {
  const tr = translator(lang);
  const byId = new Map(items.map((d) => [d.item_id, d]));
  const el = textElement;
  const card = el("div", "", "card compare");
  card.append(el("h2", `${docLabel.get(anchor)} ↔ ${docLabel.get(other)}`));
  const counts = el("p", "", "compare-counts");
  const count = (kind: string, n: number) => {
    const span = el("span", String(n));
    span.dataset.count = kind;
    return span;
  };
  counts.append(
    count("aligned", rows.filter((r) => r.left && r.right).length),
    ` ${tr("对已对齐", "aligned")} · `,
    count("left", rows.filter((r) => r.left && !r.right).length),
    ` ${tr("项仅见于", "only in")} ${docLabel.get(anchor)} · `,
    count("right", rows.filter((r) => !r.left && r.right).length),
    ` ${tr("项仅见于", "only in")} ${docLabel.get(other)} (${tr("阈值", "threshold")} ${threshold})`
  );
  card.append(counts);
  const table = el("table", "", "aligned");
  const head = el("tr");
  head.append(el("th", docLabel.get(anchor)), el("th", tr("相似度", "similarity")), el("th", docLabel.get(other)));
  table.append(el("thead"));
  table.tHead!.append(head);
  const body = el("tbody");
  // Each cell carries its column's name (data-label), shown above it when the columns stack on a narrow screen.
  const cell = (id: string | null | undefined, side: "left" | "right", docId: string) => {
    const td = el("td");
    td.dataset.side = side;
    td.dataset.label = docLabel.get(docId) ?? docId;
    const d = id ? byId.get(id) : undefined;
    if (d) {
      const source = el("span");
      source.setAttribute("data-source-text", "");
      const a = el("a", d.label ?? "");
      a.setAttribute("href", quoteHref(d.doc_id, itemFragment(d.item_id)));
      source.append(a, ` ${d.text.length > 220 ? d.text.slice(0, 220) + "…" : d.text}`);
      td.append(source);
    }
    return td;
  };
  for (const r of rows) {
    const row = el("tr", "", r.left && r.right ? "pair" : r.left ? "only-left" : "only-right");
    const score = el("td", r.left && r.right ? r.score.toFixed(2) : "–", "score");
    score.dataset.label = tr("相似度", "similarity");
    row.append(cell(r.left, "left", anchor), score, cell(r.right, "right", other));
    body.append(row);
  }
  table.append(body);
  card.append(table);
  return card;
}
