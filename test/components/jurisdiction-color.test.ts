import {describe, expect, test} from "vitest";
import {lab} from "d3";
import {JURISDICTION_PALETTE, OTHER_JURISDICTIONS, jurisdictionColor} from "../../src/components/jurisdiction-color.ts";
import {indicatorChartData} from "../../src/components/indicator-chart-data.ts";

const domain = ["东胜区", "巴音郭楞蒙古自治州", "平城区", "辽阳市", "鄂尔多斯市"];

describe("jurisdictionColor(domain)", () => {
  test("gives each jurisdiction of the domain its own palette colour, in domain order", () => {
    const color = jurisdictionColor(domain);
    expect(domain.map(color)).toEqual(JURISDICTION_PALETTE.slice(0, 5));
    expect(color.scale).toEqual({domain, range: JURISDICTION_PALETTE.slice(0, 5)});
  });

  test("gives 20 jurisdictions 20 different colours, each pair at least ΔE 15 apart and apart from the grey", () => {
    const many = Array.from({length: 25}, (_, k) => `地区${String(k).padStart(2, "0")}`);
    const color = jurisdictionColor(many);
    const colours = many.slice(0, 20).map(color);
    expect(new Set(colours).size).toBe(20);
    expect(colours).toEqual(JURISDICTION_PALETTE);
    // The old Tableau 10 palette gave the 11th jurisdiction the 1st's colour.
    expect(color(many[10])).not.toBe(color(many[0]));
    const deltaE = (a: string, b: string) => {
      const [x, y] = [lab(a), lab(b)];
      return Math.hypot(x.l - y.l, x.a - y.a, x.b - y.b);
    };
    const distances = [...colours, OTHER_JURISDICTIONS].flatMap((a, i, all) =>
      all.slice(i + 1).map((b) => deltaE(a, b))
    );
    expect(Math.min(...distances)).toBeGreaterThanOrEqual(15);
    // Past 20 the rest are grey, not a repeat of a colour already used.
    expect(many.slice(20).map(color)).toEqual(Array(5).fill("#999"));
  });

  test("keeps each colour when the domain grows past the palette (colours follow the domain's order only)", () => {
    const many = Array.from({length: 30}, (_, k) => `地区${k}`);
    expect(many.slice(0, 5).map(jurisdictionColor(many))).toEqual(
      many.slice(0, 5).map(jurisdictionColor(many.slice(0, 5)))
    );
  });

  test("greys an id outside the domain, and everything for an empty domain", () => {
    expect(jurisdictionColor(domain)("火星")).toBe("#999");
    expect(jurisdictionColor([])("东胜区")).toBe("#999");
    expect(jurisdictionColor(domain)(null)).toBe("#999");
  });

  test("keeps a jurisdiction's colour whatever a chart filters and in either language", () => {
    const color = jurisdictionColor(domain);
    const point = (jurisdiction: string, jurisdiction_en: string) => ({
      indicator_row_id: `${jurisdiction}:n0`,
      doc_id: jurisdiction,
      jurisdiction,
      jurisdiction_en,
      year: 2020,
      value: 1,
      unit: "件",
      approx: false,
      kind: "actual",
      quote: "",
      doc_type: "annual_report",
      flag: null
    });
    const all = [point("平城区", "Pingcheng District"), point("辽阳市", "Liaoyang City")];
    const colours = (points: typeof all, lang: "zh" | "en") =>
      Object.fromEntries(indicatorChartData(points, {lang, color}).drawn.map((d) => [d.jurisdiction, d.color]));
    const zh = colours(all, "zh");
    expect(zh).toEqual({平城区: JURISDICTION_PALETTE[2], 辽阳市: JURISDICTION_PALETTE[3]});
    expect(colours(all, "en")).toEqual(zh);
    expect(colours(all.slice(1), "en")).toEqual({辽阳市: JURISDICTION_PALETTE[3]});
  });
});
