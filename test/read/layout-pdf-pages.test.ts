import {describe, expect, it} from "vitest";
import {layoutPdfPages} from "../../loaders/read/layout-pdf-pages.ts";
import type {PdfPage} from "../../loaders/read/page-furniture.ts";
import type {PdfLine} from "../../loaders/read/pdf-text-lines.ts";

/** The text block runs from x = 80 to x = 400 (20 characters of 16 pt) on a page 496 pt wide; lines are 24 pt apart. */
const LEFT = 80;
const line = (text: string, y: number, indent = 0, width = 16 * text.length): PdfLine => ({
  text,
  x: LEFT + 16 * indent,
  right: LEFT + 16 * indent + width,
  y,
  size: 16
});
const page = (...lines: PdfLine[]): PdfPage => ({width: 496, height: 842, lines});
const full = "一二三四五六七八九十一二三四五六七八九十"; // exactly one line of 20 characters
/** The raw text with the noise spans removed, as cleaning does. */
const withoutNoise = ({raw, noise}: {raw: string; noise: {start: number; end: number}[]}) =>
  noise.reduceRight((text, {start, end}) => text.slice(0, start) + text.slice(end), raw);

describe("layoutPdfPages(pages, furniture)", () => {
  it("returns empty text for no pages", () => {
    expect(layoutPdfPages([], [])).toEqual({raw: "", noise: []});
  });

  it("joins a line that fills the text block with the next line at the left edge, with no space", () => {
    const pages = [
      page(line("(一)推进依法行政," + full.slice(0, 9), 700, 2), line("完善制度。", 676), line(full, 652))
    ];
    expect(layoutPdfPages(pages, [[null, null, null]]).raw).toBe(
      `(一)推进依法行政,${full.slice(0, 9)}完善制度。\n${full}`
    );
  });

  it("keeps the break before an indented line (a new paragraph) and after a line that ends short", () => {
    const pages = [page(line(full, 700), line("牵头单位:区司法局", 676, 2), line("短行。", 652), line("下一段", 628))];
    expect(layoutPdfPages(pages, [[null, null, null, null]]).raw).toBe(`${full}\n牵头单位:区司法局\n短行。\n下一段`);
  });

  it("joins a line that ended early only because the next line's first character and its punctuation did not fit", () => {
    // 18 characters and room for 2: the next line starts with 局、 (a 、 may not start a line), so it wrapped.
    const pages = [
      page(line(full.slice(0, 18), 700), line("局、区委编办", 676), line(full.slice(0, 18), 652), line("局", 628))
    ];
    expect(layoutPdfPages(pages, [[null, null, null, null]]).raw).toBe(
      `${full.slice(0, 18)}局、区委编办\n${full.slice(0, 18)}\n局`
    );
  });

  it("puts a space where a line wraps between two Latin words, none after a hyphen", () => {
    const pages = [
      page(
        line(full.slice(0, 17) + "PC", 700, 0, 16 * 17 + 18),
        line("APP端", 676),
        line(full.slice(0, 17) + "20-", 652, 0, 17 * 16 + 30),
        line("25年", 628)
      )
    ];
    expect(layoutPdfPages(pages, [[null, null, null, null]]).raw).toBe(
      `${full.slice(0, 17)}PC APP端\n${full.slice(0, 17)}20-25年`
    );
  });

  it("keeps a blank line where the baselines are a blank line apart", () => {
    const pages = [page(line("一、总体要求", 700, 2), line("二、具体任务", 652, 2), line("(一)任务", 628, 2))];
    expect(layoutPdfPages(pages, [[null, null, null]]).raw).toBe("一、总体要求\n\n二、具体任务\n(一)任务");
  });

  it("keeps furniture on lines of its own as noise spans whose removal joins a paragraph across the page break", () => {
    const pages = [
      page(line("东胜区文件", 816, 8), line("(一)推进依法行政。", 700, 2), line(full, 676), line("- 1 -", 18, 9)),
      page(line("东胜区文件", 816, 8), line("完善制度。", 700), line("牵头单位:区司法局", 676, 2), line("- 2 -", 18, 9))
    ];
    const furniture = [
      ["page-header", null, null, "page-number"],
      ["page-header", null, null, "page-number"]
    ];
    const result = layoutPdfPages(pages, furniture);
    expect(result.raw).toBe(
      `东胜区文件\n(一)推进依法行政。\n${full}\n- 1 -\n东胜区文件\n完善制度。\n牵头单位:区司法局\n- 2 -`
    );
    expect(result.noise.map(({start, end, kind}) => [kind, result.raw.slice(start, end)])).toEqual([
      ["page-header", "东胜区文件\n"],
      ["page-number", "\n- 1 -"],
      ["page-header", "\n东胜区文件\n"],
      ["page-number", "\n- 2 -"]
    ]);
    expect(withoutNoise(result)).toBe(`(一)推进依法行政。\n${full}完善制度。\n牵头单位:区司法局`);
  });

  it("keeps the line break across a page break when the next page starts a paragraph", () => {
    const pages = [page(line(full, 700), line("- 1 -", 18, 9)), page(line("(二)完善制度。", 700, 2), line(full, 676))];
    const result = layoutPdfPages(pages, [
      [null, "page-number"],
      [null, null]
    ]);
    expect(withoutNoise(result)).toBe(`${full}\n(二)完善制度。\n${full}`);
  });
});
