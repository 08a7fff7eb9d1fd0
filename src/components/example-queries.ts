/** A ready-made query of the /explore notebook: a stable id (for tests and links), bilingual titles and its SQL. */
export interface ExampleQuery {
  id: string;
  zh: string;
  en: string;
  sql: string;
}

/**
 * The example queries of /explore, over the tables of loaders/tables/table-schemas.ts; the first one runs on arrival, so it
 * reads only the small documents table (tables load when a query first names them).
 */
export const exampleQueries: ExampleQuery[] = [
  {
    id: "tasks-per-document",
    zh: "每份文件的任务数",
    en: "Tasks per document",
    sql: `-- n_tasks = the document's tasks (is_task outline units), kept with its metadata, so this answers at once.
SELECT doc_id, jurisdiction, n_tasks AS tasks
FROM documents
WHERE n_tasks > 0
ORDER BY tasks DESC`
  },
  {
    id: "tasks-per-lead-agency",
    zh: "各牵头单位在各地的任务数",
    en: "Tasks per lead agency across jurisdictions",
    sql: `-- Named agencies only (collective units such as 各镇、街道 left out); one task counts once per agency.
WITH led AS (
  SELECT coalesce(ag.name_zh, a.agency_raw) AS agency, d.jurisdiction, count(DISTINCT a.item_id) AS tasks_led
  FROM assignments a
  JOIN items i ON i.item_id = a.item_id AND i.is_task
  JOIN documents d ON d.doc_id = a.doc_id
  LEFT JOIN agencies ag ON ag.agency_id = a.agency_id
  WHERE a.role = 'lead' AND NOT a.is_collective
  GROUP BY ALL
)
SELECT * FROM led
ORDER BY sum(tasks_led) OVER (PARTITION BY agency) DESC, agency, tasks_led DESC`
  },
  {
    id: "indicators-by-year",
    zh: "各年份的数据数量",
    en: "Indicators by year",
    sql: `SELECT year,
  count(*) AS quantities,
  count(indicator_id) AS classified,
  count(*) FILTER (WHERE kind = 'target') AS targets
FROM indicators
WHERE year IS NOT NULL
GROUP BY year
ORDER BY year`
  },
  {
    id: "topic-shares",
    zh: "各主题的任务占比",
    en: "Topic shares of all tasks",
    sql: `SELECT t.name_zh AS topic, t.name_en,
  round(sum(c.items) / (SELECT sum(items) FROM coverage), 3) AS share_of_tasks
FROM coverage c
JOIN topics t USING (topic_id)
GROUP BY t.topic_id, t.name_zh, t.name_en, t."order"
ORDER BY t."order"`
  },
  {
    id: "distinctive-terms",
    zh: "各地最有特色的词",
    en: "Most distinctive terms per jurisdiction",
    sql: `SELECT k.term, d.jurisdiction, k.score AS keyness
FROM keywords k
JOIN documents d USING (doc_id)
WHERE k.method = 'keyness' AND k.rank <= 5
ORDER BY d.jurisdiction, k.rank`
  },
  {
    id: "target-quotes",
    zh: "目标值及其原文",
    en: "Targets with their quotes",
    sql: `SELECT d.jurisdiction, i.year, i.subject, i.value, i.unit, i.quote, i.indicator_row_id
FROM indicators i
JOIN documents d USING (doc_id)
WHERE i.kind = 'target'
ORDER BY d.jurisdiction, i.char_start`
  },
  {
    id: "follow-through",
    zh: "规划任务在后续报告中的落实情况",
    en: "Plan tasks followed through in later reports",
    sql: `-- Each task once: matched (a report passage at the threshold) in any later report, else reported on but not
-- mentioned, else no later report (same jurisdiction, parent or child by adcode; report year >= plan year).
WITH per_task AS (
  SELECT plan_doc_id, plan_item_id,
    CASE WHEN bool_or(status = 'matched') THEN 'matched'
      WHEN bool_or(status = 'not_mentioned') THEN 'not_mentioned' ELSE 'no_report' END AS status
  FROM follow_through
  WHERE row_kind = 'task'
  GROUP BY ALL
)
SELECT d.jurisdiction, d.year, p.plan_doc_id, p.status, count(*) AS tasks
FROM per_task p
JOIN documents d ON d.doc_id = p.plan_doc_id
GROUP BY ALL
ORDER BY p.plan_doc_id, p.status`
  },
  {
    id: "targets-and-actuals",
    zh: "目标值与后续报告的实际值",
    en: "Targets against actuals in later reports",
    sql: `SELECT plan_doc_id, indicator_id, target_value, target_unit, target_year, plan_quote,
  report_doc_id, actual_value, actual_unit, actual_year, report_quote
FROM follow_through
WHERE row_kind = 'indicator' AND status = 'matched'
ORDER BY plan_doc_id, indicator_id, plan_char_start, report_doc_id, report_char_start`
  }
];
