import {describe, expect, test} from "vitest";
import {overviewSummary, type OverviewDoc} from "../../loaders/site/overview-summary.ts";

/** A documents-table row with the fields the overview reads; the rest default. */
function doc(over: Partial<OverviewDoc> & {doc_id: string}): OverviewDoc {
  return {
    jurisdiction: over.doc_id,
    jurisdiction_en: null,
    level: "county",
    parent_jurisdiction: null,
    province: "甲省",
    year: 2022,
    doc_type: "annual_report",
    title: null,
    issuer: null,
    doc_number: null,
    issued_date: null,
    n_tasks: 1,
    n_assignments: 0,
    n_indicators: 2,
    metadata_source: "manifest",
    warnings: null,
    ...over
  };
}

describe("overviewSummary(documents)", () => {
  test("gives zero totals and empty lists for no documents", () => {
    expect(overviewSummary([])).toEqual({
      totals: {documents: 0, failed: 0, jurisdictions: 0, tasks: 0, figures: 0},
      timeline: {mode: "documents", rows: []},
      list: {total: 0, rows: []},
      selfCheck: {
        unit_markers: 0,
        unit_markers_assigned: 0,
        numbered_lines: 0,
        numbered_items: 0,
        flagged: 0,
        flaggedDocs: []
      }
    });
  });

  test("sums the self-checks and names the documents whose units or numbering were mostly not understood", () => {
    const checks = (
      unit_markers: number,
      unit_markers_assigned: number,
      numbered_lines: number,
      numbered_items: number
    ) => ({
      unit_markers,
      unit_markers_assigned,
      numbered_lines,
      numbered_items
    });
    const s = overviewSummary([
      doc({doc_id: "fine", jurisdiction: "东胜区", ...checks(170, 170, 127, 127)}),
      doc({doc_id: "units", jurisdiction: "某县", ...checks(35, 12, 40, 38)}),
      doc({doc_id: "outline", jurisdiction: "某市", ...checks(0, 0, 30, 6)}),
      doc({doc_id: "old"})
    ]);
    expect(s.selfCheck).toEqual({
      unit_markers: 205,
      unit_markers_assigned: 182,
      numbered_lines: 197,
      numbered_items: 171,
      flagged: 2,
      flaggedDocs: [
        {doc_id: "units", jurisdiction: "某县", ...checks(35, 12, 40, 38)},
        {doc_id: "outline", jurisdiction: "某市", ...checks(0, 0, 30, 6)}
      ]
    });
  });

  test("counts documents that could not be read apart, and leaves them out of totals and timeline", () => {
    const s = overviewSummary([doc({doc_id: "a", n_tasks: 3}), doc({doc_id: "b", warnings: "error: empty file"})]);
    expect(s.totals).toEqual({documents: 1, failed: 1, jurisdictions: 1, tasks: 3, figures: 2});
    expect(s.timeline.rows.map((d) => ("doc_id" in d ? d.doc_id : null))).toEqual(["a"]);
    expect(s.list.rows.map((d) => d.doc_id)).toEqual(["a", "b"]);
  });

  test("draws one dot per document up to 40 jurisdictions, then documents per province and year", () => {
    const few = Array.from({length: 40}, (_, k) => doc({doc_id: `d${k}`}));
    expect(overviewSummary(few).timeline.mode).toBe("documents");
    const many = [
      ...Array.from({length: 41}, (_, k) => doc({doc_id: `d${k}`, doc_type: k % 2 ? "task_plan" : "annual_report"})),
      doc({doc_id: "x", province: "乙省", year: 2021, n_tasks: 5, doc_type: "odd"})
    ];
    const {timeline} = overviewSummary(many);
    expect(timeline).toEqual({
      mode: "provinces",
      rows: [
        {
          province: "甲省",
          year: 2022,
          documents: 41,
          tasks: 41,
          figures: 82,
          task_plan: 20,
          implementation_opinion: 0,
          annual_report: 21,
          work_points: 0,
          other: 0
        },
        {
          province: "乙省",
          year: 2021,
          documents: 1,
          tasks: 5,
          figures: 2,
          task_plan: 0,
          implementation_opinion: 0,
          annual_report: 0,
          work_points: 0,
          other: 1
        }
      ]
    });
  });

  test("splits a province's documents by year, counts an unknown province as ? and orders provinces by documents", () => {
    const many = [
      ...Array.from({length: 39}, (_, k) => doc({doc_id: `d${k}`, province: "甲省", year: 2020 + (k % 2)})),
      doc({doc_id: "u1", province: null, year: null, n_tasks: 7, n_indicators: 0, doc_type: "work_points"}),
      doc({doc_id: "u2", province: "?", year: 2021, n_tasks: 0, doc_type: "implementation_opinion"}),
      doc({doc_id: "u3", province: null, year: 2021, doc_type: "task_plan"}),
      doc({doc_id: "b1", province: "乙省", year: 2021})
    ];
    const {timeline} = overviewSummary(many);
    const cells = timeline.rows.map((r) => "documents" in r && [r.province, r.year, r.documents, r.tasks, r.figures]);
    expect(cells).toEqual([
      ["甲省", 2020, 20, 20, 40],
      ["甲省", 2021, 19, 19, 38],
      ["?", null, 1, 7, 0],
      ["?", 2021, 2, 1, 4],
      ["乙省", 2021, 1, 1, 2]
    ]);
    expect(timeline.rows[3]).toMatchObject({task_plan: 1, implementation_opinion: 1, work_points: 0, other: 0});
    expect(timeline.rows[2]).toMatchObject({work_points: 1, annual_report: 0});
  });

  test("lists the first listLimit rows in table order with the total, keeping only the listed columns", () => {
    const s = overviewSummary(
      Array.from({length: 5}, (_, k) => ({...doc({doc_id: `d${k}`}), sha256: "x"})),
      {listLimit: 2}
    );
    expect(s.list.total).toBe(5);
    expect(s.list.rows.map((d) => d.doc_id)).toEqual(["d0", "d1"]);
    expect(Object.keys(s.list.rows[0])).not.toContain("sha256");
  });
});
