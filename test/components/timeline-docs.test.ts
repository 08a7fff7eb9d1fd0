import {describe, expect, test} from "vitest";
import {timelineDocs} from "../../src/components/timeline-docs.ts";

const row = (jurisdiction: string, jurisdiction_en: string | null, parent_jurisdiction: string | null) => ({
  doc_id: jurisdiction,
  jurisdiction,
  jurisdiction_en,
  parent_jurisdiction
});
const rows = [
  row("鄂尔多斯市", "Ordos", "内蒙古自治区"),
  row("东胜区", "Dongsheng", "鄂尔多斯市"),
  row("平城区", null, "大同市")
];

describe("timelineDocs(rows, lang, named)", () => {
  test("names jurisdictions and parents in English: the corpus's names, else the province's, else null", () => {
    expect(timelineDocs(rows, "en").map((d) => [d.jurisdiction, d.parent_jurisdiction])).toEqual([
      ["Ordos", "Inner Mongolia"],
      ["Dongsheng", "Ordos"],
      ["平城区", null]
    ]);
  });

  test("finds parents' English names among `named` when the rows are one province's", () => {
    expect(timelineDocs(rows.slice(1, 2), "en")[0].parent_jurisdiction).toBe(null);
    expect(timelineDocs(rows.slice(1, 2), "en", rows)[0].parent_jurisdiction).toBe("Ordos");
  });

  test("keeps the Chinese names, and gives [] for no rows", () => {
    expect(timelineDocs(rows, "zh")).toEqual(rows);
    expect(timelineDocs([], "en")).toEqual([]);
  });
});
