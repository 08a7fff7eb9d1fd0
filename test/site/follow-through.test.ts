import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {followThreshold, followThrough, type FollowThroughRow} from "../../loaders/site/follow-through.ts";
import {extractCorpus} from "../../loaders/run/extract-corpus.ts";
import {tableSchema} from "../../loaders/tables/table-schemas.ts";
import {toParquet} from "../../loaders/tables/write-parquet.ts";
import {query} from "../support/duckdb.ts";

const item = (doc_id: string, path: string, is_task: boolean, text: string, char_start: number) => ({
  doc_id,
  item_id: `${doc_id}:${path}`,
  is_task,
  text,
  char_start,
  char_end: char_start + text.length
});

// A 2022 district plan with two tasks and its city's 2023 report with two passages. Task 1 shares two of its
// three terms with passage 1; task 2 shares none with either passage.
const documents = [
  {doc_id: "plan", doc_type: "task_plan", adcode: "150602", year: 2022},
  {doc_id: "report", doc_type: "annual_report", adcode: "150600", year: 2023},
  {doc_id: "alone", doc_type: "work_points", adcode: "652800", year: 2024}
];
const items = [
  item("plan", "1", true, "1.推行行政执法公示制度。", 0),
  item("plan", "2", true, "2.建设法治文化阵地。", 20),
  item("plan", "3", false, "三、保障措施", 40),
  item("report", "1", true, "(一)全面推行行政执法公示。", 5),
  item("report", "2", true, "(二)优化营商环境。", 30),
  item("alone", "1", true, "1.加强普法。", 0)
];
const item_terms = [
  {doc_id: "plan", item_id: "plan:1", terms: "行政执法:1|公示:1|制度:1"},
  {doc_id: "plan", item_id: "plan:2", terms: "法治:1|文化:1|阵地:1"},
  {doc_id: "report", item_id: "report:1", terms: "行政执法:1|公示:1|推行:1"},
  {doc_id: "report", item_id: "report:2", terms: "营商:1|环境:1"},
  {doc_id: "alone", item_id: "alone:1", terms: "普法:1"}
];
const indicator = (
  doc_id: string,
  n: number,
  kind: string,
  indicator_id: string | null,
  value: number,
  unit: string
) => ({
  doc_id,
  indicator_row_id: `${doc_id}:n${n}`,
  item_id: `${doc_id}:1`,
  indicator_id,
  kind,
  value,
  unit,
  year: null,
  quote: `${indicator_id}${value}${unit}`,
  char_start: n * 10,
  char_end: n * 10 + 5
});
const indicators = [
  indicator("plan", 1, "target", "legality_review_rate", 100, "%"),
  indicator("plan", 2, "target", "law_lectures", 2, "次"),
  indicator("plan", 3, "actual", "law_lectures", 1, "次"), // an actual of the plan: not a target
  indicator("plan", 4, "target", null, 5, "个"), // not a catalogue indicator: left out
  indicator("report", 1, "actual", "legality_review_rate", 98, "%"),
  indicator("report", 2, "actual", "legality_review_rate", 100, "%"),
  indicator("report", 3, "target", "law_lectures", 3, "次"), // a target of the report: not an actual
  indicator("alone", 1, "target", "law_lectures", 4, "次")
];
const tables = {documents, items, item_terms, indicators};
const brief = (r: FollowThroughRow) => [r.row_kind, r.status, r.plan_item_id, r.report_item_id];

describe("followThrough(tables, threshold)", () => {
  const rows = followThrough(tables);
  const score = rows.find((r) => r.plan_item_id === "plan:1")!.similarity!;

  test("pairs a task with its most similar passage of the later report, a target with each actual of its indicator", () => {
    expect(rows.map(brief)).toEqual([
      ["task", "matched", "plan:1", "report:1"],
      ["task", "not_mentioned", "plan:2", null],
      ["indicator", "matched", "plan:1", "report:1"],
      ["indicator", "matched", "plan:1", "report:1"],
      ["indicator", "no_actual", "plan:1", null],
      ["task", "no_report", "alone:1", null],
      ["indicator", "no_report", "alone:1", null]
    ]);
    expect(rows.filter((r) => r.status === "matched" && r.row_kind === "indicator").map((r) => r.actual_value)).toEqual(
      [98, 100]
    );
  });

  test("cites both sides: offsets and quotes of the task and of the passage, the report's year and relation", () => {
    expect(rows[0]).toMatchObject({
      plan_doc_id: "plan",
      plan_year: 2022,
      plan_char_start: 0,
      plan_char_end: 13,
      plan_quote: "1.推行行政执法公示制度。",
      report_doc_id: "report",
      report_year: 2023,
      relation: "parent",
      report_char_start: 5,
      report_char_end: 19,
      report_quote: "(一)全面推行行政执法公示。"
    });
    expect(rows[2]).toMatchObject({
      indicator_id: "legality_review_rate",
      target_value: 100,
      target_year: 2022,
      plan_quote: "legality_review_rate100%",
      actual_value: 98,
      actual_year: 2023,
      report_quote: "legality_review_rate98%"
    });
  });

  test("matches at the threshold and not above it; the unmatched row keeps the best similarity", () => {
    expect(score).toBeGreaterThan(followThreshold);
    expect(followThrough(tables, score)[0]).toMatchObject({status: "matched", similarity: score});
    expect(followThrough(tables, score + 1e-9)[0]).toMatchObject({
      status: "not_mentioned",
      report_doc_id: "report",
      report_item_id: null,
      report_quote: null,
      similarity: score
    });
  });

  test("uses followThreshold (0.2, as /compare) when no threshold is given", () => {
    expect(followThreshold).toBe(0.2);
    expect(followThrough(tables)).toEqual(followThrough(tables, 0.2));
  });

  test("gives [] without plans", () => {
    expect(followThrough({documents: [], items, item_terms, indicators})).toEqual([]);
    expect(followThrough({...tables, documents: [documents[1]]})).toEqual([]);
  });
});

describe("followThrough on the seeds (the follow_through table of the site)", () => {
  let rows: FollowThroughRow[];
  let dir: string;
  const count = (plan: string, kind: string, status: string) =>
    rows.filter((r) => r.plan_doc_id === plan && r.row_kind === kind && r.status === status).length;

  beforeAll(async () => {
    const {tables} = await extractCorpus(["seeds"]);
    rows = followThrough(tables as never);
    dir = mkdtempSync(join(tmpdir(), "follow-"));
    for (const name of ["documents", "items", "indicators"])
      writeFileSync(join(dir, `${name}.parquet`), toParquet(tables[name], tableSchema(name)));
    writeFileSync(join(dir, "follow_through.parquet"), toParquet(rows, tableSchema("follow_through")));
  }, 120_000);
  afterAll(() => rmSync(dir, {recursive: true, force: true}));

  test("东胜区 2022: each of its 85 tasks once against 鄂尔多斯市 2023, 10 with a passage at 0.2", async () => {
    const [{tasks}] = await query(
      `SELECT count(*) AS tasks FROM '${dir}/items.parquet' WHERE doc_id = 'dongsheng-2022-plan' AND is_task`
    );
    expect(tasks).toBe(85);
    expect(count("dongsheng-2022-plan", "task", "matched")).toBe(10);
    expect(count("dongsheng-2022-plan", "task", "not_mentioned")).toBe(75);
    expect(count("dongsheng-2022-plan", "task", "no_report")).toBe(0);
    const matched = rows.filter((r) => r.plan_doc_id === "dongsheng-2022-plan" && r.status === "matched");
    expect(new Set(matched.map((r) => r.report_doc_id))).toEqual(new Set(["ordos-2023-report"]));
    expect(matched.every((r) => r.row_kind === "indicator" || r.similarity! >= 0.2)).toBe(true);
  });

  test("its targets against 鄂尔多斯市's actuals of the same indicator: the pairs DuckDB finds by a join", async () => {
    const expected = await query(`
      SELECT t.indicator_row_id AS target, a.indicator_row_id AS actual
      FROM '${dir}/indicators.parquet' t
      JOIN '${dir}/indicators.parquet' a ON a.indicator_id = t.indicator_id
      WHERE t.doc_id = 'dongsheng-2022-plan' AND t.kind = 'target'
        AND a.doc_id = 'ordos-2023-report' AND a.kind = 'actual'
      ORDER BY 1, 2`);
    const got = await query(`
      SELECT target_row_id AS target, actual_row_id AS actual FROM '${dir}/follow_through.parquet'
      WHERE plan_doc_id = 'dongsheng-2022-plan' AND row_kind = 'indicator' AND status = 'matched'
      ORDER BY 1, 2`);
    expect(got).toEqual(expected);
    expect(got).toHaveLength(15);
    const [{targets}] = await query(`
      SELECT count(*) AS targets FROM '${dir}/indicators.parquet' t
      WHERE doc_id = 'dongsheng-2022-plan' AND kind = 'target' AND indicator_id IS NOT NULL
        AND indicator_id NOT IN (SELECT indicator_id FROM '${dir}/indicators.parquet'
          WHERE doc_id = 'ordos-2023-report' AND kind = 'actual' AND indicator_id IS NOT NULL)`);
    expect(count("dongsheng-2022-plan", "indicator", "no_actual")).toBe(targets);
    expect(targets).toBe(14);
  });

  test("the head-of-agency court appearance target (100%) meets the 2023 actual (100%), both quoted", () => {
    const row = rows.find((r) => r.indicator_id === "head_court_appearance_rate" && r.status === "matched")!;
    expect(row).toMatchObject({target_value: 100, target_unit: "%", actual_value: 100, actual_year: 2023});
    expect(row.report_quote).toBe("2023年行政机关负责人出庭应诉率100%");
    expect(row.plan_quote).toContain("行政机关负责人出庭率");
  });

  test("the plans without a later report (巴音郭楞 2024, 辽阳 2015) have every task as no_report", async () => {
    const perDoc = await query(`
      SELECT doc_id, count(*) FILTER (WHERE is_task) AS tasks FROM '${dir}/items.parquet'
      WHERE doc_id IN ('bayingol-2024-work-points', 'liaoyang-2015-opinion') GROUP BY doc_id ORDER BY doc_id`);
    expect(perDoc).toEqual([
      {doc_id: "bayingol-2024-work-points", tasks: 35},
      {doc_id: "liaoyang-2015-opinion", tasks: 43}
    ]);
    expect(count("bayingol-2024-work-points", "task", "no_report")).toBe(35);
    expect(count("liaoyang-2015-opinion", "task", "no_report")).toBe(43);
    expect(rows.filter((r) => r.plan_doc_id !== "dongsheng-2022-plan").every((r) => r.status === "no_report")).toBe(
      true
    );
    // Bayingol has 9 catalogued targets (its two "11种案件类型" count kinds, not cases: no indicator), Liaoyang 1.
    expect(rows).toHaveLength(85 + 29 + 35 + 9 + 43 + 1);
  });
});
