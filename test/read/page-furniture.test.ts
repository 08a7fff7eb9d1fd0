import {describe, expect, it} from "vitest";
import {pageFurniture, type PdfPage} from "../../loaders/read/page-furniture.ts";
import type {PdfLine} from "../../loaders/read/pdf-text-lines.ts";

const line = (text: string, y: number, x = 110): PdfLine => ({text, x, right: x + 16 * text.length, y, size: 16});
/** An A4 page with the given lines at the given heights. */
const page = (...lines: [string, number][]): PdfPage => ({
  width: 596,
  height: 842,
  lines: lines.map(([text, y]) => line(text, y))
});
/** Lines of body text, each different: (一)推进依法行政…, (二)…, (三)… */
const BODY = "一二三四五六七八九十"
  .split("")
  .flatMap((n) => ["推进依法行政", "完善制度", "牵头单位:区司法局"].map((t) => `(${n})${t}`));
/** A page of body text with a header line above and a footer line below (either may be omitted). */
const bodyPage = (k: number, header: string | null, footer: string | null): PdfPage =>
  page(
    ...([
      ...(header === null ? [] : [[header, 816]]),
      [BODY[3 * k], 739],
      [BODY[3 * k + 1], 715],
      [BODY[3 * k + 2], 691],
      ...(footer === null ? [] : [[footer, 18]])
    ] as [string, number][])
  );

describe("pageFurniture(pages)", () => {
  it("returns [] for no pages", () => {
    expect(pageFurniture([])).toEqual([]);
  });

  it.each([["- 3 -"], ["—3—"], ["3"], ["第3页"], ["第 3 页 共 10 页"], ["共10页 第3页"], ["3/10"], ["Page 3 of 10"]])(
    "marks a page number written %s at the foot of a page, even on a single page",
    (number) => {
      expect(pageFurniture([bodyPage(3, null, number)])).toEqual([[null, null, null, "page-number"]]);
    }
  );

  it("marks a line repeated at the same height on most pages as page-header (top) or page-footer (bottom)", () => {
    const pages = [1, 2, 3, 4].map((k) => bodyPage(k, "东胜区人民政府文件", `东政发〔2022〕${k}号`));
    expect(pageFurniture(pages)).toEqual(pages.map(() => ["page-header", null, null, null, "page-footer"]));
  });

  it("does not take a repeated line at another height, a line repeated on too few pages, or a number inside the body", () => {
    const pages = [
      page(["东胜区人民政府文件", 816], [BODY[0], 739], ["3", 715], [BODY[1], 691]),
      page(["东胜区人民政府文件", 790], [BODY[2], 739], [BODY[3], 715]),
      page([BODY[4], 739], [BODY[5], 715], [BODY[6], 691]),
      page([BODY[7], 739], [BODY[8], 715], [BODY[9], 691])
    ];
    expect(pageFurniture(pages).flat().filter(Boolean)).toEqual([]);
  });

  it("takes furniture only from the edges inwards: a page number under a header, not a number below body text", () => {
    const pages = [1, 2].map((k) =>
      page(
        ["某某市人民政府办公室文件", 816],
        [`- ${k} -`, 800],
        [BODY[2 * k], 739],
        [String(k), 715],
        [BODY[2 * k + 1], 691]
      )
    );
    expect(pageFurniture(pages)).toEqual([
      ["page-header", "page-number", null, null, null],
      ["page-header", "page-number", null, null, null]
    ]);
  });
});
