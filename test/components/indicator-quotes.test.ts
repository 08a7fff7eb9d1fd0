import {describe, expect, test} from "vitest";
import {indicatorQuotes} from "../../src/components/indicator-quotes.ts";

const ordos = {
  doc_id: "ordos-2023-report",
  jurisdiction: "鄂尔多斯市",
  year: 2023,
  value: 435,
  unit: "件",
  quote: "受理行政复议案件435件",
  char_start: 2465,
  char_end: 2477
};

describe("indicatorQuotes(row)", () => {
  test("gives a point's quote, labelled and linked to its range of the document", () => {
    expect(indicatorQuotes(ordos)).toEqual([
      {
        label: "鄂尔多斯市 2023: 435件",
        text: "受理行政复议案件435件",
        href: "./document?id=ordos-2023-report#c2465-2477"
      }
    ]);
  });

  test("gives a box's minimum, median and maximum quotes, in that order", () => {
    const cite = (value: number, start: number) => ({
      ...ordos,
      year: undefined,
      unit: undefined,
      value,
      char_start: start,
      char_end: start + 5
    });
    const quotes = indicatorQuotes({cites: {min: cite(1, 10), median: cite(5, 20), max: cite(9, 30)}});
    expect(quotes.map((q) => [q.label, q.href])).toEqual([
      ["鄂尔多斯市: 1", "./document?id=ordos-2023-report#c10-15"],
      ["鄂尔多斯市: 5", "./document?id=ordos-2023-report#c20-25"],
      ["鄂尔多斯市: 9", "./document?id=ordos-2023-report#c30-35"]
    ]);
  });
});
