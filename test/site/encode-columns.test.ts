/** encodeColumns: a table of one document's rows as columns, each in the codec that gives the fewest bytes. */
import {describe, expect, test} from "vitest";
import {encodeColumns} from "../../loaders/site/encode-columns.ts";

describe("encodeColumns(rows, ctx)", () => {
  const text = "（一）全年办理行政复议案件435件，办结率100%。";
  const ctx = {text, docId: "ordos-2023-report", itemIds: ["ordos-2023-report:1", "ordos-2023-report:1.1"]};

  test("gives {n: 0, columns: {}} for no rows", () => {
    expect(encodeColumns([], ctx)).toEqual({n: 0, columns: {}});
  });

  test("returns rows whose keys differ as they are", () => {
    const rows = [{a: 1}, {b: 2}];
    expect(encodeColumns(rows, ctx)).toEqual(rows);
  });

  test("writes ids without the doc_id, item ids as indices, quotes as the row's span and subjects as offsets", () => {
    const rows = [
      {
        indicator_row_id: "ordos-2023-report:n0",
        item_id: "ordos-2023-report:1.1",
        subject: "行政复议案件",
        quote: "全年办理行政复议案件435件",
        char_start: 3,
        char_end: 17
      },
      {
        indicator_row_id: "ordos-2023-report:n1",
        item_id: "ordos-2023-report:1.1",
        subject: "办结率",
        quote: "办结率100%",
        char_start: 18,
        char_end: 25
      }
    ];
    expect(text.slice(3, 17)).toBe("全年办理行政复议案件435件");
    expect(encodeColumns(rows, ctx)).toEqual({
      n: 2,
      columns: {
        indicator_row_id: ["id", ["n0", "n1"]],
        item_id: ["item", [1, 1]],
        subject: [
          "span",
          [
            [4, 10],
            [0, 3]
          ]
        ],
        quote: ["span", [0, 0]],
        char_start: ["raw", [3, 18]],
        // delta and offset give as many bytes here: the codec listed first is kept.
        char_end: ["delta", [17, 8]]
      }
    });
  });
});
