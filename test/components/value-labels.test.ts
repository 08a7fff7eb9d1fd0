import {describe, expect, test} from "vitest";
import {csvRows, valueLabel} from "../../src/components/value-labels.ts";
import {toCsv} from "../../src/components/csv.ts";

describe("valueLabel(column, value, lang) and csvRows(rows, columns, lang)", () => {
  test.each([
    ["role", "lead", "牵头", "lead"],
    ["role", "support", "配合", "support"],
    ["kind", "target", "目标", "target"],
    ["kind", "actual", "实际", "actual"],
    ["level", "prefecture", "地级", "prefecture"],
    ["level", "district", "区级", "district"],
    ["approx", false, "否", "no"],
    ["collective", true, "是", "yes"],
    ["province", "内蒙古自治区", "内蒙古自治区", "Inner Mongolia"],
    ["doc_type", "task_plan", "任务分解方案", "Task plan"]
  ])("%s = %s is %s in Chinese and %s in English", (column, value, zh, en) => {
    expect(valueLabel(column, value, "zh")).toBe(zh);
    expect(valueLabel(column, value, "en")).toBe(en);
  });

  test("values outside the tables and null pass through", () => {
    expect(valueLabel("role", "observer", "zh")).toBe("observer");
    expect(valueLabel("quote", "lead", "zh")).toBe("lead");
    expect(valueLabel("role", null, "zh")).toBe(null);
  });

  test("a Chinese CSV has Chinese coded values; an English CSV keeps the Parquet codes", () => {
    const rows = [{role: "lead", kind: "target", approx: false, value: 3}];
    const columns = ["role", "kind", "approx", "value"];
    expect(toCsv(csvRows(rows, columns, "zh"), columns)).toBe("role,kind,approx,value\r\n牵头,目标,否,3\r\n");
    expect(toCsv(csvRows(rows, columns, "en"), columns)).toBe("role,kind,approx,value\r\nlead,target,false,3\r\n");
    expect(rows[0].role).toBe("lead");
  });
});
