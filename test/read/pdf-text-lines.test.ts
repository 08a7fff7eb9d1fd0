import {describe, expect, it} from "vitest";
import {pdfTextLines, type PdfTextItem} from "../../loaders/read/pdf-text-lines.ts";

/** A run of CJK text at (x, y), 16 pt: each character one em wide. */
const run = (str: string, x: number, y: number, width = str.length * 16): PdfTextItem => ({str, x, y, width, size: 16});

describe("pdfTextLines(items)", () => {
  it("returns [] for no runs or only empty runs", () => {
    expect(pdfTextLines([])).toEqual([]);
    expect(pdfTextLines([run("", 10, 700), run(" ", 10, 700, 5)])).toEqual([]);
  });

  it("joins the runs of one baseline by x with no space between CJK runs, whatever their gap or order", () => {
    const lines = pdfTextLines([run("依法行政", 160, 700), run("推进", 110, 700), run("工作", 250, 700.3)]);
    expect(lines.map((d) => d.text)).toEqual(["推进依法行政工作"]);
    expect(lines[0]).toMatchObject({x: 110, right: 282, y: 700, size: 16});
  });

  it("drops the spaces pdf.js or the source put between CJK characters, or between CJK and Latin", () => {
    expect(pdfTextLines([run("索 引 号 000014349DSQ026 主题分类 公安", 80, 700)])[0].text).toBe(
      "索引号000014349DSQ026主题分类公安"
    );
    expect(pdfTextLines([run("文", 80, 700), run(" ", 96, 700, 5), run("号 东依法委发", 101, 700)])[0].text).toBe(
      "文号东依法委发"
    );
  });

  it("keeps one space between Latin words or digits, from a space in the text or a word gap between runs", () => {
    expect(pdfTextLines([run("发布日期:2022-12-29   00:00", 80, 700)])[0].text).toBe("发布日期:2022-12-29 00:00");
    expect(pdfTextLines([run("PC", 80, 700, 18), run("APP", 104, 700, 27)])[0].text).toBe("PC APP");
    expect(pdfTextLines([run("PC", 80, 700, 18), run("APP", 98.5, 700, 27)])[0].text).toBe("PCAPP");
  });

  it("starts a new line when the baseline changes, top to bottom, whatever the order of the runs", () => {
    const lines = pdfTextLines([
      run("- 1 -", 286, 18),
      run("第二行", 80, 676),
      run("东胜区文件", 250, 816),
      run("第一行", 110, 700)
    ]);
    expect(lines.map((d) => [d.text, d.y])).toEqual([
      ["东胜区文件", 816],
      ["第一行", 700],
      ["第二行", 676],
      ["- 1 -", 18]
    ]);
  });
});
