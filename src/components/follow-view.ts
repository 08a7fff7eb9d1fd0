import type {
  FollowPlanEntry,
  FollowPlanFile,
  FollowReport,
  FollowTarget,
  FollowTask
} from "../../loaders/site/follow-plan-files.ts";
import type {FollowStatus} from "../../loaders/site/follow-through.ts";
import {docTypeLabel} from "./doc-types.js";
import {quoteHref, rangeFragment} from "./fragments.js";
import {jurisdictionLabel} from "./labels.js";
import {textElement} from "./text-element.js";
import {unitLabel} from "./unit-label.js";

type Lang = "zh" | "en";

const statusLabels: Record<FollowStatus, [string, string]> = {
  matched: ["有对应段落", "passage found"],
  not_mentioned: ["有报告，未提及", "report found, task not mentioned"],
  no_actual: ["有报告，无实际值", "report found, no actual"],
  no_report: ["未找到后续报告", "no later report found"]
};

/** The label of a follow_through status in the language; an unknown status returns itself. */
export function followStatusLabel(status: string, lang: Lang): string {
  const label = statusLabels[status as FollowStatus];
  return label ? label[lang === "en" ? 1 : 0] : status;
}

/** A task of a plan's file with its text. */
export type QuotedTask = FollowTask & {quote: string};
/** A target of a plan's file with its quote in the plan. */
export type QuotedTarget = FollowTarget & {plan_quote: string};
/** A plan's file as /follow shows it: its tasks and targets with their text. */
export interface FollowPlan extends Omit<FollowPlanFile, "tasks" | "targets"> {
  tasks: QuotedTask[];
  targets: QuotedTarget[];
}

/**
 * A plan's file with the text of its tasks and targets read from the plan's text (its document bundle's `text`, the
 * same texts.text the offsets count in): each task's `quote` and each target's `plan_quote` is
 * text.slice(start, end), as in follow_through.parquet. Nothing else changes.
 */
export function followPlanQuotes(file: FollowPlanFile, text: string): FollowPlan {
  return {
    ...file,
    tasks: file.tasks.map((d) => ({...d, quote: text.slice(d.char_start, d.char_end)})),
    targets: file.targets.map((d) => ({...d, plan_quote: text.slice(d.plan_char_start, d.plan_char_end)}))
  };
}

interface ViewOptions {
  lang?: Lang;
  /** The label of a document (jurisdiction and year) by doc_id. */
  docLabel?: (docId: string) => string;
  /** The name of a catalogue indicator by id. */
  indicatorLabel?: (id: string) => string;
  prefix?: string;
}

const el = textElement;

/** A link opening the document at [start, end) with that range highlighted; the text is inserted as text. */
function quoteLink(docId: string, start: number, end: number, text: string, {lang = "zh", prefix = "./"}: ViewOptions) {
  const a = el("a", text);
  a.setAttribute("data-source-text", "");
  const href = quoteHref(docId, rangeFragment(start, end), prefix);
  a.setAttribute("href", lang === "en" ? href.replace("#", "&lang=en#") : href);
  return a;
}

function table(headers: string[], className: string): [HTMLTableElement, HTMLTableSectionElement] {
  const t = el("table", "", className);
  const head = el("tr");
  for (const h of headers) head.append(el("th", h));
  t.append(el("thead"), el("tbody"));
  t.tHead!.append(head);
  return [t, t.tBodies[0]];
}

const short = (s: string, n = 160) => (s.length > n ? s.slice(0, n) + "…" : s);

/**
 * The tasks of a plan as a table: the task (a link to it in the plan), its status, and each matched report passage
 * with the report, the similarity and the quote (a link opening the report at the passage). No tasks give the
 * header and a row saying so.
 */
export function followTaskTable(tasks: readonly QuotedTask[], options: ViewOptions = {}): HTMLTableElement {
  const {lang = "zh", docLabel = (id: string) => id} = options;
  const en = lang === "en";
  const [t, body] = table(
    en ? ["Task", "Follow-through", "Report passages (similarity)"] : ["任务", "落实情况", "报告段落(相似度)"],
    "follow-tasks"
  );
  for (const task of tasks) {
    const tr = el("tr", "", `follow-${task.status}`);
    tr.dataset.item = task.item_id;
    tr.dataset.status = task.status;
    const quote = el("td");
    quote.append(
      quoteLink(
        task.item_id.slice(0, task.item_id.lastIndexOf(":")),
        task.char_start,
        task.char_end,
        short(task.quote),
        options
      )
    );
    const status = el("td", followStatusLabel(task.status, lang), "follow-status");
    if (task.status === "not_mentioned" && task.best != null)
      status.append(el("small", en ? ` (best ${task.best.toFixed(2)})` : `(最高 ${task.best.toFixed(2)})`));
    const passages = el("td");
    for (const m of task.matches) {
      const p = el("p", "", "follow-passage");
      p.dataset.report = m.report_doc_id;
      p.append(el("strong", `${docLabel(m.report_doc_id)} (${m.similarity.toFixed(2)}) `));
      p.append(quoteLink(m.report_doc_id, m.report_char_start, m.report_char_end, short(m.report_quote), options));
      passages.append(p);
    }
    tr.append(quote, status, passages);
    body.append(tr);
  }
  if (tasks.length === 0) {
    const td = el("td", en ? "No tasks" : "没有任务");
    td.colSpan = 3;
    body.append(el("tr"));
    body.lastElementChild!.append(td);
  }
  return t;
}

/**
 * The targets of a plan against the actuals of the same catalogue indicator in its later reports: indicator, target
 * (value, unit, year, quote linking into the plan), actual (the same, linking into the report) and the status. No
 * rows give the header and a row saying so.
 */
export function followTargetTable(rows: readonly QuotedTarget[], options: ViewOptions = {}): HTMLTableElement {
  const {lang = "zh", docLabel = (id: string) => id, indicatorLabel = (id: string) => id} = options;
  const en = lang === "en";
  const [t, body] = table(
    en ? ["Indicator", "Target", "Actual", "Report"] : ["指标", "目标", "实际", "报告"],
    "follow-targets"
  );
  const value = (v: number | null, unit: string | null, year: number | null) =>
    el(
      "strong",
      `${v ?? "–"}${unit ? `${en && unit !== "%" ? " " : ""}${unitLabel(unit, {lang, value: v ?? undefined})}` : ""}${year == null ? "" : ` · ${year}`} `
    );
  for (const r of rows) {
    const tr = el("tr", "", `follow-${r.status}`);
    tr.dataset.indicator = r.indicator_id ?? "";
    tr.dataset.status = r.status;
    const target = el("td");
    target.append(
      value(r.target_value, r.target_unit, r.target_year),
      quoteLink(r.plan_doc_id, r.plan_char_start, r.plan_char_end, r.plan_quote, options)
    );
    const actual = el("td", r.status === "matched" ? "" : followStatusLabel(r.status, lang), "follow-actual");
    if (r.status === "matched")
      actual.append(
        value(r.actual_value, r.actual_unit, r.actual_year),
        quoteLink(r.report_doc_id!, r.report_char_start!, r.report_char_end!, r.report_quote ?? "", options)
      );
    tr.append(
      el("td", indicatorLabel(r.indicator_id ?? "")),
      target,
      actual,
      el("td", r.report_doc_id ? docLabel(r.report_doc_id) : "–")
    );
    body.append(tr);
  }
  if (!body.rows.length) {
    const td = el("td", en ? "No targets of catalogue indicators" : "没有标准指标的目标值");
    td.colSpan = 4;
    body.append(el("tr"));
    body.lastElementChild!.append(td);
  }
  return t;
}

/** The label of a document on /follow: jurisdiction, year and genre ("鄂尔多斯市 2023 年度报告"); null fields give "?". */
export function followDocLabel(
  d: Pick<FollowReport, "jurisdiction" | "jurisdiction_en" | "year" | "doc_type">,
  lang: Lang
): string {
  return `${jurisdictionLabel(d, {year: true, lang})} ${docTypeLabel(d.doc_type, lang)}`;
}

/** The plan /follow opens without ?plan=: the first plan with a later report, else the first; no plans give null. */
export function followDefaultPlan(plans: readonly FollowPlanEntry[]): string | null {
  return (plans.find((d) => d.n_reports > 0) ?? plans[0])?.doc_id ?? null;
}

/**
 * The picker's label of a plan by doc_id: its document label and its number of later reports ("东胜区 2022 任务方案
 * (后续报告 1)"); an id not among `plans` gives itself.
 */
export function followPlanFormat(plans: readonly FollowPlanEntry[], lang: Lang): (id: string) => string {
  const byId = new Map(plans.map((d) => [d.doc_id, d]));
  return (id) => {
    const d = byId.get(id);
    return d ? `${followDocLabel(d, lang)} (${lang === "en" ? "later reports" : "后续报告"} ${d.n_reports})` : id;
  };
}

/** The label of each report of a plan's file by doc_id (followDocLabel); an id not among its reports gives itself. */
export function followReportLabels(file: Pick<FollowPlanFile, "reports">, lang: Lang): (id: string) => string {
  const labels = new Map(file.reports.map((d) => [d.doc_id, followDocLabel(d, lang)]));
  return (id) => labels.get(id) ?? id;
}

const relationLabels: Record<FollowReport["relation"], [string, string]> = {
  same: ["本级", "same jurisdiction"],
  parent: ["上级", "parent"],
  child: ["下级", "child"]
};

/**
 * A plan's later reports as a list, each linking to the report with its relation to the plan ("鄂尔多斯市 2023
 * 年度报告 (上级)"); no reports give a note that none of the same year or later was found.
 */
export function followReportList(reports: readonly FollowReport[], {lang = "zh", prefix = "./"}: ViewOptions = {}) {
  const en = lang === "en";
  if (!reports.length) {
    const note = el(
      "p",
      en
        ? "No annual report of the same year or later found for this jurisdiction, its parent or its children."
        : "未找到本地区、上级或下级在同年或以后的年度报告。",
      "note"
    );
    note.dataset.none = "reports";
    return note;
  }
  const list = el("ul", "", "follow-reports");
  for (const r of reports) {
    const li = el("li");
    li.dataset.report = r.doc_id;
    const a = el("a", followDocLabel(r, lang));
    a.setAttribute("href", quoteHref(r.doc_id, "", prefix));
    li.append(a, ` (${relationLabels[r.relation][en ? 1 : 0]})`);
    list.append(li);
  }
  return list;
}

/**
 * How many of a plan's tasks have a passage, were reported on but not mentioned, or have no later report, with the
 * similarity threshold; each count in a `data-count` span. No tasks give three zeros.
 */
export function followCounts(tasks: readonly FollowTask[], threshold: number, {lang = "zh"}: ViewOptions = {}) {
  const en = lang === "en";
  const p = el("p", "", "follow-counts");
  const parts: [FollowTask["status"], string, string][] = [
    ["matched", "项任务有对应段落", "tasks with a passage"],
    ["not_mentioned", "项有报告但未提及", "reported on, not mentioned"],
    ["no_report", "项无后续报告", "without a later report"]
  ];
  parts.forEach(([status, zh, english], i) => {
    const n = el("span", String(tasks.filter((d) => d.status === status).length));
    n.dataset.count = status;
    p.append(...(i ? [" · "] : []), n, ` ${en ? english : zh}`);
  });
  const value = el("span", String(threshold));
  value.setAttribute("data-threshold", "");
  p.append(` (${en ? "similarity threshold" : "相似度阈值"} `, value, ")");
  return p;
}

/** The genres /follow lists as plans (loaders/site/follow-pairs.ts planTypes; a spec keeps the two equal). */
export const followPlanTypes = ["task_plan", "implementation_opinion", "work_points"];

/** Link to a plan's follow-through (/follow?plan=<doc_id>), relative to the site root; a document of another genre gives null. */
export function followHref(doc: {doc_id: string; doc_type: string | null}, prefix = "./"): string | null {
  return followPlanTypes.includes(doc.doc_type ?? "") ? `${prefix}follow?plan=${encodeURIComponent(doc.doc_id)}` : null;
}
