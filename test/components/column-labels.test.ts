import {describe, expect, test} from "vitest";
import {columnHeaders, columnLabel, columnLabels, csvHeaders} from "../../src/components/column-labels.ts";
import {tableSchema} from "../../loaders/tables/table-schemas.ts";

describe("columnLabels", () => {
  test("labels only columns the table schema has, in both languages", () => {
    for (const [table, labels] of Object.entries(columnLabels)) {
      const columns = tableSchema(table).columns.map((c) => c.name);
      for (const [column, [zh, en]] of Object.entries(labels)) {
        expect(columns, `${table}.${column}`).toContain(column);
        expect([zh.length > 0, en.length > 0], `${table}.${column}`).toEqual([true, true]);
      }
    }
  });
});

describe("columnHeaders(table, columns, lang)", () => {
  test("gives each labelled column its label in the language, leaving unlabelled columns out", () => {
    expect(columnHeaders("documents", ["n_tasks", "doc_type", "chars"], "zh")).toEqual({
      n_tasks: "任务",
      doc_type: "类型"
    });
    expect(columnHeaders("documents", ["n_tasks", "doc_type"], "en")).toEqual({n_tasks: "Tasks", doc_type: "Type"});
  });

  test("takes table.column for a column of another table", () => {
    expect(columnHeaders("assignments", ["documents.jurisdiction", "role"], "en")).toEqual({
      jurisdiction: "Jurisdiction",
      role: "Role"
    });
  });
});

describe("csvHeaders(table, columns, lang)", () => {
  test("labels a Chinese CSV and keeps the Parquet column names in an English one", () => {
    expect(csvHeaders("indicators", ["value", "unit"], "zh")).toEqual({value: "数值", unit: "单位"});
    expect(csvHeaders("indicators", ["value", "unit"], "en")).toEqual({});
  });
});

describe("columnLabel(table, column, lang)", () => {
  test("gives one column's label in the language, table.column for another table's, the name when unlabelled", () => {
    expect(columnLabel("documents", "issuer", "zh")).toBe("发文机关");
    expect(columnLabel("documents", "issuer", "en")).toBe("Issuer");
    expect(columnLabel("assignments", "documents.jurisdiction", "en")).toBe("Jurisdiction");
    expect(columnLabel("documents", "chars", "en")).toBe("chars");
  });
});
