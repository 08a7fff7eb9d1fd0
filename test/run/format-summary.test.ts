import {describe, expect, test} from "vitest";
import {formatSummary} from "../../loaders/run/format-summary.ts";
import {printable} from "../../loaders/run/printable.ts";

const summary = {doc_id: "a", source_file: "in/a.txt", items: 3, tasks: 2, assignments: 1, indicators: 0, error: null};

describe("formatSummary(summaries) prints one line per problem", () => {
  test("a warning repeated 3,661 times is printed once with its count", () => {
    const warnings = [...Array(3661).fill("implausible value: 1 件"), "no title found"];
    expect(
      formatSummary([{...summary, warnings}])
        .split("\n")
        .slice(2)
    ).toEqual(["", "warning a: implausible value: 1 件 (×3661)", "warning a: no title found"]);
  });

  test("a file name with a newline stays on one line", () => {
    const lines = formatSummary([
      {...summary, doc_id: null, source_file: "in/bad\nname.txt", warnings: [], error: "empty file"}
    ]);
    expect(lines.split("\n")).toEqual([
      "document          items  tasks  assignments  indicators  warnings",
      "in/bad\\nname.txt      -      -            -           -     ERROR",
      "",
      "ERROR in/bad\\nname.txt: empty file"
    ]);
  });
});

describe("printable(text)", () => {
  test.each([
    ["a\nb\r\tc", "a\\nb\\r\\tc"],
    ["bell\u0007", "bell\\x07"],
    ["法治.txt", "法治.txt"],
    [null, ""]
  ])("printable(%j) → %j", (text, expected) => {
    expect(printable(text)).toBe(expected);
  });
});
