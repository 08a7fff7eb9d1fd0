import type {AgencySummary, WorkloadUnit} from "../../loaders/site/agency-summary.ts";
import type {WorkloadRow} from "../../loaders/site/agency-workload.ts";
import {csvHeaders} from "./column-labels.js";
import {jurisdictionLabel} from "./labels.js";
import {provinceName} from "./province-name.js";

export type {AgencySummary, WorkloadUnit};

/**
 * A unit's key in the URL and the jurisdiction picker: its document, or "province year" when grouped ("province *"
 * for a province over all years).
 */
export const unitKey = (u: WorkloadUnit) =>
  u.doc_id ?? `${u.province ?? ""} ${u.all_years ? "*" : (u.year ?? "")}`.trim();

/**
 * A unit's column label in the page's language: "东胜区 2022", or for a province and year "内蒙古自治区 2022" in
 * Chinese and "Inner Mongolia 2022" in English (provinceName), for a province over all years its name alone.
 */
export function workloadUnitLabel(u: WorkloadUnit, lang: "zh" | "en"): string {
  if (u.jurisdiction != null || u.doc_id != null)
    return jurisdictionLabel(u.jurisdiction == null ? {...u, jurisdiction: u.doc_id} : u, {year: true, lang});
  const province = u.province == null ? "?" : provinceName(u.province, lang);
  return u.all_years ? province : `${province} ${u.year ?? ""}`.trim();
}

/**
 * The indexes of the units a province and year select (null = all) and the picker keeps (`keys` of unitKey; [] keeps
 * every unit). When the summary also has units over all years (at scale), all years selects those and a year the
 * units of that year, so no document is counted in two columns. Empty summary gives [].
 */
export function workloadUnits(
  summary: Pick<AgencySummary, "units">,
  {province = null, year = null, keys = []}: {province?: string | null; year?: number | null; keys?: string[]} = {}
): number[] {
  const keep = new Set(keys);
  const spans = summary.units.some((u) => u.all_years);
  return summary.units.flatMap((u, k) =>
    (province == null || u.province === province) &&
    (spans
      ? year == null
        ? u.all_years === true
        : !u.all_years && u.year === year
      : year == null || u.year === year) &&
    (!keep.size || keep.has(unitKey(u)))
      ? [k]
      : []
  );
}

/**
 * The heatmap's cells for one role: one per agency and unit (of `units`, indexes into summary.units) where the agency
 * has tasks, each with its count and its share of tasks as agencySummary precomputed it (meanShare in
 * loaders/site/task-shares.ts: the mean of its documents' shares when the unit groups documents), never summed across units, so a share stays a share of one denominator (≤ 100 %). A unit is
 * labelled by `unitLabel` ("东胜区 2022"), an agency by `name`. Empty input gives [].
 */
export function workloadView(
  summary: AgencySummary,
  {
    role = "lead",
    units = workloadUnits(summary),
    name = (a: AgencySummary["agencies"][number]) => a.name_zh,
    unitLabel = (u: WorkloadUnit) => `${u.jurisdiction ?? u.province ?? u.doc_id} ${u.year ?? ""}`.trim()
  }: {
    role?: string;
    units?: number[];
    name?: (a: AgencySummary["agencies"][number]) => string;
    unitLabel?: (u: WorkloadUnit) => string;
  } = {}
): WorkloadRow[] {
  const agencyById = new Map(summary.agencies.map((a) => [a.agency_id, a]));
  return summary.rows.flatMap((r) => {
    if (r.role !== role) return [];
    const a = agencyById.get(r.agency_id);
    return units.flatMap((k) => {
      const u = summary.units[k];
      if (!(r.tasks[k] > 0)) return [];
      return [
        {
          agency_id: r.agency_id,
          agency: a ? name(a) : r.agency_id,
          agency_en: a?.name_en ?? "",
          kind: a?.kind ?? "other",
          collective: a?.kind === "collective",
          role: r.role,
          doc_id: u.doc_id ?? "",
          jurisdiction: unitLabel(u),
          tasks: r.tasks[k],
          share: r.share[k]
        }
      ];
    });
  });
}

/** The co-lead pairs in both orientations with the agencies' display names, for the matrix; [] when none. */
export function coLeadRows(pairs: AgencySummary["pairs"], name: (id: string) => string) {
  return pairs.flatMap(({a_id, b_id, tasks}) => [
    {a: name(a_id), b: name(b_id), a_id, b_id, tasks},
    {a: name(b_id), b: name(a_id), a_id: b_id, b_id: a_id, tasks}
  ]);
}

/**
 * The documents that name no units (summary.no_units) in the province and year selected (null = all), each with its
 * jurisdiction as the heatmap labels a unit, for the Table view's "未报告 / not reported" rows (notReportedRows). None
 * gives [].
 */
export function noUnitsDocuments(
  summary: Pick<AgencySummary, "no_units">,
  {province = null, year = null, lang = "zh"}: {province?: string | null; year?: number | null; lang?: "zh" | "en"} = {}
) {
  return summary.no_units
    .filter((d) => (province == null || d.province === province) && (year == null || d.year === year))
    .map((d) => ({...d, jurisdiction: workloadUnitLabel({...d, documents: 1}, lang)}));
}

/** The columns of /agencies' workload tables, in order. */
export const workloadColumns = [
  "agency_id",
  "agency",
  "agency_en",
  "kind",
  "jurisdiction",
  "doc_id",
  "role",
  "tasks",
  "share"
];

/**
 * Headers of the workload tables and CSV (workloadColumns): in Chinese, the assignments' schema labels for its
 * columns and labels for those workloadView derives; in English none (the column names show, as in the CSV).
 */
export function workloadHeaders(lang: "zh" | "en"): Record<string, string> {
  if (lang === "en") return {};
  const derived = {agency: "部门", agency_en: "部门(英文)", kind: "类别", tasks: "任务数", share: "占比"};
  return {...csvHeaders("assignments", ["agency_id", "documents.jurisdiction", "doc_id", "role"], lang), ...derived};
}

/** Headers of the co-lead table (coLeadRows): Chinese labels, none in English (the column names show). */
export function coLeadHeaders(lang: "zh" | "en"): Record<string, string> {
  return lang === "en" ? {} : {a_id: "部门A编号", a: "部门A", b_id: "部门B编号", b: "部门B", tasks: "共同牵头任务数"};
}
