import {describe, expect, test} from "vitest";
import {CELL_TEXT_MIN, cellText, heatmapFrame, heatmapLayout} from "../../src/components/heatmap-layout.ts";
import {textWidth} from "../../src/components/text-width.ts";

const agenciesEn = [
  "Market Supervision and Administration Bureau",
  "Justice Bureau",
  "General Office of the People's Government"
];
const columnsEn = ["Dongsheng District 2022", "Bayingol Mongol Autonomous Prefecture 2024", "Liaoyang City 2015"];

describe("heatmapLayout(rows, columns, options)", () => {
  test("keeps every row label whole: wrapped into lines, the left margin as wide as the widest line", () => {
    const layout = heatmapLayout(agenciesEn, columnsEn, {width: 600});
    const lines = agenciesEn.map((a) => layout.rowLabel(a).split("\n"));
    expect(lines.map((l) => l.join(" "))).toEqual(agenciesEn);
    expect(lines[0].length).toBeGreaterThan(1);
    const widest = Math.max(...lines.flat().map((l) => textWidth(l, 10)));
    expect(layout.marginLeft).toBeGreaterThanOrEqual(widest);
    expect(layout.marginLeft).toBeLessThan(widest * 1.2 + 10);
  });

  test("sets column labels upright and wrapped to the column, with a bottom margin for all their lines", () => {
    const layout = heatmapLayout(agenciesEn, columnsEn, {width: 600});
    expect(layout.tickRotate).toBe(0);
    const column = (layout.width - layout.marginLeft - layout.marginRight) / 3;
    const lines = columnsEn.map((c) => layout.columnLabel(c).split("\n"));
    expect(lines.map((l) => l.join(" "))).toEqual(columnsEn);
    expect(Math.max(...lines.flat().map((l) => textWidth(l, 10)))).toBeLessThanOrEqual(column);
    expect(layout.marginBottom).toBeGreaterThanOrEqual(12 * Math.max(...lines.map((l) => l.length)));
  });

  test("never breaks a word of an upright column label, even in a column a little narrower than the word", () => {
    const layout = heatmapLayout(agenciesEn, columnsEn, {width: 400});
    expect(layout.tickRotate).toBe(0);
    expect(columnsEn.map((c) => layout.columnLabel(c).split("\n").join(" "))).toEqual(columnsEn);
    expect(layout.columnLabel(columnsEn[1]).split("\n")).toContain("Autonomous");
  });

  test("turns the column labels when columns are narrow, the bottom margin as long as the longest", () => {
    const provinces = Array.from({length: 30}, (_, k) => `Inner Mongolia ${1990 + k}`);
    const layout = heatmapLayout(["司法局"], provinces, {width: 600});
    expect(layout.tickRotate).toBe(-90);
    expect(layout.columnLabel(provinces[0])).toBe("Inner Mongolia 1990");
    expect(layout.marginBottom).toBeGreaterThanOrEqual(textWidth("Inner Mongolia 1990", 10));
    expect(layout.width).toBe(600);
  });

  test("turns long labels of columns wide enough for two lines into two lines, the margin for the longer", () => {
    const names = ["Commission for Discipline Inspection and Supervisory Commission", ...agenciesEn];
    const layout = heatmapLayout(names, names, {width: 900, columnWidth: 36});
    expect(layout.tickRotate).toBe(-90);
    const lines = layout.columnLabel(names[0]).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.join(" ")).toBe(names[0]);
    expect(layout.columnLabel("Justice Bureau")).toBe("Justice Bureau");
    const longest = Math.max(...lines.map((l) => textWidth(l, 10)));
    expect(layout.marginBottom).toBeGreaterThanOrEqual(longest);
    expect(layout.marginBottom).toBeLessThan(textWidth(names[0], 10));
  });

  test("gives a few rows their full height: the chart grows with the rows, never squeezed by its margins", () => {
    const two = heatmapLayout(["各镇、街道", "有关部门"], ["东胜区 2022", "巴音郭楞蒙古自治州 2024"], {width: 600});
    expect(two.height - two.marginTop - two.marginBottom).toBeGreaterThanOrEqual(2 * 26);
    const twenty = heatmapLayout(
      Array.from({length: 20}, (_, k) => `部门${k}`),
      ["东胜区 2022"],
      {width: 600}
    );
    expect(twenty.height - twenty.marginTop - twenty.marginBottom).toBeGreaterThanOrEqual(20 * 26);
  });

  test("no rows or columns give the frame of a one-cell chart", () => {
    const empty = heatmapLayout([], []);
    expect(empty.width).toBe(320);
    expect(empty.height).toBeGreaterThan(26);
  });
});

describe("heatmapFrame(layout)", () => {
  test("gives the size and margins of a layout, nothing else, to spread into Plot.plot", () => {
    const layout = heatmapLayout(["司法局"], ["东胜区 2022"], {width: 640});
    expect(heatmapFrame(layout)).toEqual({
      width: layout.width,
      height: layout.height,
      marginTop: layout.marginTop,
      marginLeft: layout.marginLeft,
      marginRight: layout.marginRight,
      marginBottom: layout.marginBottom
    });
    expect(Object.keys(heatmapFrame(layout))).toHaveLength(6);
  });
});

describe("cellText(layout, columns)", () => {
  test("writes values in cells while a column is at least 28 px wide: 3 columns at 600 px yes, 31 provinces at 440 px no", () => {
    expect(CELL_TEXT_MIN).toBe(28);
    expect(cellText(heatmapLayout(agenciesEn, columnsEn, {width: 600}), 3)).toBe(true);
    const provinces = Array.from({length: 31}, (_, k) => `省${k}`);
    const narrow = heatmapLayout(["司法局"], provinces, {width: 440});
    expect((narrow.width - narrow.marginLeft - narrow.marginRight) / 31).toBeLessThan(28);
    expect(cellText(narrow, 31)).toBe(false);
    // The boundary: exactly 28 px a column writes them.
    expect(cellText({...narrow, width: narrow.marginLeft + narrow.marginRight + 28 * 31}, 31)).toBe(true);
    expect(cellText({...narrow, width: narrow.marginLeft + narrow.marginRight + 28 * 31 - 1}, 31)).toBe(false);
  });
});
