import {describe, expect, test} from "vitest";
import {substringFilter} from "../../src/components/substring-filter.ts";

// Three quantities of the seeds, as /indicators lists them.
const rows = [
  {jurisdiction: "鄂尔多斯市", subject: "受理行政复议案件", value: 435, unit: "件", quote: "受理行政复议案件435件"},
  {jurisdiction: "东胜区", subject: "行政执法人员", value: 1200, unit: "人", quote: "全区行政执法人员1200人"},
  {jurisdiction: "辽阳市", subject: "法治宣传活动", value: 35, unit: "场", quote: null}
];
const columns = ["jurisdiction", "subject", "value", "unit", "quote"];
const found = (query: string, cols = columns) => substringFilter(rows, query, cols).map((d) => d.jurisdiction);

describe("substringFilter(rows, query, columns, text)", () => {
  test("finds a query inside a word, not only at its start: 复议, 执法 and 435", () => {
    expect(found("复议")).toEqual(["鄂尔多斯市"]);
    expect(found("执法")).toEqual(["东胜区"]);
    expect(found("435")).toEqual(["鄂尔多斯市"]);
    expect(found("35")).toEqual(["鄂尔多斯市", "辽阳市"]);
  });

  test("keeps a row only when every word of the query occurs, in any of the columns", () => {
    expect(found("东胜 1200")).toEqual(["东胜区"]);
    expect(found("东胜 435")).toEqual([]);
  });

  test("looks only in the columns given, and reads null as empty", () => {
    expect(found("复议", ["jurisdiction", "unit"])).toEqual([]);
    expect(found("null")).toEqual([]);
  });

  test("matches case-insensitively and keeps every row for an empty or blank query", () => {
    const latin = [{name: "Ordos City"}, {name: "Liaoyang"}];
    expect(substringFilter(latin, "ORDOS", ["name"])).toEqual([{name: "Ordos City"}]);
    expect(found("")).toHaveLength(3);
    expect(found("  ")).toHaveLength(3);
    expect(substringFilter(rows, null, columns)).toHaveLength(3);
  });

  test("searches the text as displayed when given one", () => {
    const shown = (row: (typeof rows)[number], column: string) =>
      column === "value" ? row.value.toLocaleString("en-US") : String(row[column as keyof typeof row] ?? "");
    expect(substringFilter(rows, "1,200", ["value"], shown).map((d) => d.jurisdiction)).toEqual(["东胜区"]);
  });
});
