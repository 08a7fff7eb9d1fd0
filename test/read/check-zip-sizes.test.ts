import {describe, expect, test} from "vitest";
import {checkZipSizes} from "../../loaders/read/check-zip-sizes.ts";
import {docxBomb, docxWithParagraphs} from "../support/docx-fixture.ts";

const limits = {maxTotal: 20_000_000, maxRatio: 100, ratioFloor: 1_000_000};

describe("checkZipSizes(bytes, limits) names a zip bomb before anything is inflated in full", () => {
  test.each([
    ["a .docx of ordinary paragraphs", docxWithParagraphs(["一、总体要求", "(一)加强党的领导。"]), null],
    [
      "3 million empty paragraphs (18 MB from 18 KB)",
      docxBomb("<w:p/>", 3_000_000),
      /word\/document\.xml would expand \d+× \(18\.0 MB from 0\.0 MB; limit 100×\): a zip bomb\?/
    ],
    ["30 MB of one paragraph's text declared as such", docxBomb("a", 30_000_000), /would expand/],
    [
      "a header declaring 1 KB for 3 MB of XML",
      docxBomb("<w:p/>", 500_000, 1000),
      /word\/document\.xml inflates past its declared 0\.0 MB: a zip bomb\?/
    ],
    ["bytes that are not a zip", Buffer.from("PK\u0003\u0004 not really"), null],
    ["empty input", new Uint8Array(), null]
  ])("%s", (_, bytes, expected) => {
    const problem = checkZipSizes(bytes, limits);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  test("all entries together over maxTotal are refused even at a modest ratio", () => {
    expect(checkZipSizes(docxBomb("<w:p/>", 300_000), {...limits, maxRatio: Infinity, maxTotal: 1_000_000})).toBe(
      "its entries would expand to more than 1.0 MB (word/document.xml and those before it)"
    );
  });
});
