import {describe, expect, test} from "vitest";
import {notReportedRows} from "../../src/components/not-reported.ts";

// The five seed documents; the reconsideration cases received (行政复议) are reported by Ordos alone.
const documents = [
  {doc_id: "bayingol-2024-work-points", jurisdiction: "巴音郭楞蒙古自治州", year: 2024},
  {doc_id: "dongsheng-2022-plan", jurisdiction: "东胜区", year: 2022},
  {doc_id: "liaoyang-2015-opinion", jurisdiction: "辽阳市", year: 2015},
  {doc_id: "ordos-2023-report", jurisdiction: "鄂尔多斯市", year: 2023},
  {doc_id: "pingcheng-2020-report", jurisdiction: "平城区", year: 2020}
];
const points = [{doc_id: "ordos-2023-report", jurisdiction: "鄂尔多斯市", year: 2023, value: 435}];

describe("notReportedRows(rows, documents, {column, label})", () => {
  test("gives one row per document without a value, in the documents' order, saying so in the value column", () => {
    expect(notReportedRows(points, documents, {label: "未报告"})).toEqual([
      {
        doc_id: "bayingol-2024-work-points",
        jurisdiction: "巴音郭楞蒙古自治州",
        year: 2024,
        value: "未报告",
        not_reported: true
      },
      {doc_id: "dongsheng-2022-plan", jurisdiction: "东胜区", year: 2022, value: "未报告", not_reported: true},
      {doc_id: "liaoyang-2015-opinion", jurisdiction: "辽阳市", year: 2015, value: "未报告", not_reported: true},
      {doc_id: "pingcheng-2020-report", jurisdiction: "平城区", year: 2020, value: "未报告", not_reported: true}
    ]);
  });

  test("writes the label into the column given", () => {
    const [first] = notReportedRows(points, documents, {column: "tasks", label: "not reported"});
    expect(first).toMatchObject({doc_id: "bayingol-2024-work-points", tasks: "not reported"});
  });

  test("gives nothing when every document has a value, or there are no documents", () => {
    expect(notReportedRows(documents, documents)).toEqual([]);
    expect(notReportedRows(points, [])).toEqual([]);
  });
});
