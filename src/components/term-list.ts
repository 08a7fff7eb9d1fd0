import {textElement} from "./text-element.js";

/** A row of a terms list: a keyword row of one document, or a jurisdiction's merged term (with `documents`). */
export interface TermListRow {
  term: string;
  rank: number;
  score: number;
  count: number;
  /** For a jurisdiction's list: how many of its documents list the term. */
  documents?: number;
  doc_id: string;
}

export interface TermListOptions {
  lang?: "zh" | "en";
  /** The link of a term: its document with the term highlighted (/document?id=…&term=…). */
  docHref: (row: TermListRow) => string;
  /** The link that shows the term's trend. */
  trendHref: (term: string) => string;
  /** The score's name in the header: "TF-IDF" or "G²". */
  scoreLabel: string;
}

/**
 * A ranked list of terms as a table: rank, the term (a link to its document with every occurrence highlighted),
 * score (4 significant digits), occurrences, the documents listing it (a jurisdiction's list only) and a link to
 * its trend. Each row carries data-term, data-rank, data-score and data-count. Text is inserted as text. No rows
 * gives the header and a row saying so.
 */
export function termList(
  rows: readonly TermListRow[],
  {lang = "zh", docHref, trendHref, scoreLabel}: TermListOptions
): HTMLTableElement {
  const el = textElement;
  const link = (text: string, href: string, className: string) => {
    const a = el("a", text, className);
    a.setAttribute("href", href);
    return a;
  };
  const merged = rows.some((r) => r.documents != null);
  const en = lang === "en";
  const table = el("table", "", "term-list");
  const head = el("tr");
  for (const label of [
    "#",
    en ? "Term" : "词语",
    scoreLabel,
    en ? "Count" : "次数",
    ...(merged ? [en ? "Documents" : "文件数"] : []),
    ""
  ])
    head.append(el("th", label));
  table.append(el("thead"));
  table.tHead!.append(head);
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr");
    Object.assign(tr.dataset, {term: r.term, rank: String(r.rank), score: String(r.score), count: String(r.count)});
    const term = el("td");
    const termLink = link(r.term, docHref(r), "term-doc");
    termLink.setAttribute("data-source-text", "");
    term.append(termLink);
    const trend = el("td");
    trend.append(link(en ? "trend" : "趋势", trendHref(r.term), "term-trend"));
    tr.append(
      el("td", String(r.rank)),
      term,
      el("td", String(Number(r.score.toPrecision(4))), "num"),
      el("td", String(r.count), "num"),
      ...(merged ? [el("td", String(r.documents ?? ""), "num")] : []),
      trend
    );
    body.append(tr);
  }
  if (rows.length === 0) {
    const td = el("td", en ? "No terms" : "没有词语");
    td.colSpan = merged ? 6 : 5;
    const tr = el("tr");
    tr.append(td);
    body.append(tr);
  }
  table.append(body);
  return table;
}
