import type {Brief} from "../../loaders/site/brief-data.ts";
import {countOf, genreCaveat, genreOf} from "./brief-genre.js";
import {docTypeLabel} from "./doc-types.js";
import {figureValue} from "./figure-value.js";

type Lang = "zh" | "en";
type Figure = Brief["figures"][number];

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** At most this many key figures with other jurisdictions' values get a key point each. */
const MAX_PEER_POINTS = 2;
/** At most this many further key figures in the key point that lists them. */
const MAX_MORE_FIGURES = 3;

const kindLabel = (kind: string, lang: Lang) =>
  kind === "target" ? (lang === "en" ? "target" : "目标") : lang === "en" ? "result" : "实际";
/** "2023 result" / "2023年实际". */
const when = (year: number | null | undefined, kind: string, lang: Lang) =>
  `${year ?? "?"}${lang === "en" ? " " : "年"}${kindLabel(kind, lang)}`;
const name = (d: {name_zh: string; name_en: string}, lang: Lang) =>
  lang === "en" ? d.name_en || d.name_zh : d.name_zh;
const place = (d: {jurisdiction: string | null; jurisdiction_en: string | null; slug: string}, lang: Lang) =>
  (lang === "en" ? d.jurisdiction_en : null) ?? d.jurisdiction ?? d.slug;

/** A key figure with the same indicator's values elsewhere, and a note when targets meet results. */
function peerPoint(f: Figure, lang: Lang): string {
  const en = lang === "en";
  const peers = f.peers
    .map((p) => `${place(p, lang)} ${when(p.year, p.kind, lang)} ${figureValue(p, lang)}`)
    .join(en ? ", " : "，");
  const mixed = f.peers.some((p) => p.kind !== f.kind);
  return en
    ? `${name(f, lang)}: ${figureValue(f, lang)} (${when(f.year, f.kind, lang)}); elsewhere: ${peers}${mixed ? " (targets and results are not directly comparable)" : ""}.`
    : `${name(f, lang)} ${figureValue(f, lang)}（${when(f.year, f.kind, lang)}）；其他地区：${peers}${mixed ? "（目标与实际不能直接比较）" : ""}。`;
}

/** Further key figures in one sentence, the year and kind said once when they are all the same. */
function moreFiguresPoint(figures: Figure[], lang: Lang): string {
  const en = lang === "en";
  const same = figures.every((f) => f.year === figures[0].year && f.kind === figures[0].kind);
  const list = figures
    .map(
      (f) =>
        `${name(f, lang)} ${figureValue(f, lang)}${same ? "" : en ? ` (${when(f.year, f.kind, lang)})` : `（${when(f.year, f.kind, lang)}）`}`
    )
    .join(en ? ", " : "，");
  const tail = same
    ? en
      ? ` (${when(figures[0].year, figures[0].kind, lang)})`
      : `（${when(figures[0].year, figures[0].kind, lang)}）`
    : "";
  return en ? `Other key figures: ${list}${tail}.` : `其他关键数据：${list}${tail}。`;
}

/**
 * The key points at the top of a brief, one finding each, in the given language: what the documents are and whether
 * their figures are goals or results; key figures with their values, units and years, those with the same indicator
 * elsewhere beside the other jurisdictions' values; the topics with most items, as counts; how the topics compare
 * with the other jurisdictions (counts out of the total, topics left out) with the genre caveat beside it; and the
 * agency that leads most tasks. Nothing about how much was extracted.
 */
export function briefSummary(b: Brief, lang: Lang = "zh"): string[] {
  const en = lang === "en";
  const docs = b.documents
    .map((d) => `${d.year ?? "?"}${en ? " " : "年"}${docTypeLabel(d.doc_type, lang)}`)
    .join(en ? ", " : "、");
  const issuers = [...new Set(b.documents.map((d) => d.issuer).filter((x): x is string => !!x))].join(en ? ", " : "、");
  const genres = new Set(b.documents.map((d) => genreOf(d.doc_type)));
  const genre =
    genres.size > 1
      ? en
        ? "their figures mix targets and results"
        : "数字兼有目标值和实际值"
      : genres.has("results")
        ? en
          ? "a report of work done, so its figures are results"
          : "报告写的是已做的工作，数字为实际值"
        : en
          ? "goals and who does what, so its figures are targets"
          : "写的是目标和分工，数字为目标值";
  const tasks = b.documents.reduce((s, d) => s + d.tasks, 0);
  const points = [
    en
      ? // The issuers' names are in Chinese only: the English point leaves them to the documents section.
        `Based on the ${docs}: ${genre}.`
      : `依据${docs}${issuers ? `（${issuers}）` : ""}：${genre}。`
  ];

  const withPeers = b.figures.filter((f) => f.peers.length > 0).slice(0, MAX_PEER_POINTS);
  for (const f of withPeers) points.push(peerPoint(f, lang));
  const more = b.figures.filter((f) => !withPeers.includes(f)).slice(0, MAX_MORE_FIGURES);
  if (more.length) points.push(moreFiguresPoint(more, lang));

  const top = b.topics
    .filter((t) => t.items > 0)
    .sort((x, y) => y.items - x.items)
    .slice(0, 3);
  if (top.length && tasks > 0)
    points.push(
      en
        ? `Most items (of ${tasks}) are on ${top.map((t) => `${name(t, lang)} (${t.items})`).join(", ")}.`
        : `条目最多的主题（共 ${tasks} 项）：${top.map((t) => `${name(t, lang)}（${t.items} 项）`).join("、")}。`
    );

  const compared = b.topics.filter((t) => t.others != null);
  if (compared.length && tasks > 0) {
    const above = compared
      .map((t) => ({t, d: t.share - t.others!}))
      .filter((x) => x.d >= 0.03)
      .sort((x, y) => y.d - x.d)[0]?.t;
    const gaps = b.topics.filter((t) => t.items === 0 && t.others_covering > 0);
    const parts = [
      above &&
        (en
          ? `${name(above, lang)} takes ${countOf(above.items, tasks, "en")} (${pct(above.share)}), the others' mean ${pct(above.others!)}`
          : `${name(above, lang)}占${countOf(above.items, tasks, "zh")}（${pct(above.share)}），其他地区平均 ${pct(above.others!)}`),
      gaps.length &&
        (en
          ? `nothing on ${gaps.map((t) => `${name(t, lang)} (covered by ${t.others_covering})`).join(", ")}`
          : `没有写到${gaps.map((t) => `${name(t, lang)}（其他 ${t.others_covering} 个地区写到）`).join("、")}`)
    ].filter((x): x is string => !!x);
    if (parts.length) {
      const caveat = genreCaveat(b, lang);
      points.push(
        en
          ? `Against the other ${b.others.jurisdictions} jurisdictions: ${parts.join("; ")}.${caveat ? ` ${caveat}` : ""}`
          : `与其他 ${b.others.jurisdictions} 个地区相比：${parts.join("；")}。${caveat}`
      );
    }
  }

  const lead = b.workload?.lead[0];
  if (lead)
    points.push(
      en
        ? `${lead.name_en || lead.name_zh} leads the most tasks: ${lead.lead} of ${b.workload!.tasks} (${pct(lead.share)}${
            b.workload!.documents > 1 ? ` on average over ${b.workload!.documents} documents` : ""
          }).`
        : `牵头任务最多的单位：${lead.name_zh}，${b.workload!.tasks} 项中牵头 ${lead.lead} 项（${
            b.workload!.documents > 1 ? `${b.workload!.documents} 份文件平均 ` : ""
          }${pct(lead.share)}）。`
    );
  return points;
}
