import {describe, expect, test} from "vitest";
import {ancestorAdcodes, parentAdcode, provinceCountyRules} from "../../loaders/site/parent-adcode.ts";

describe("parentAdcode(adcode)", () => {
  test.each([
    // a district of a prefecture-level city, the city, the region
    ["150602", "150600"],
    ["150600", "150000"],
    ["652800", "650000"],
    // districts and counties of the four municipalities belong to the municipality, not to 1101 市辖区 or 5002 县
    ["110101", "110000"],
    ["120101", "120000"],
    ["310115", "310000"],
    ["500101", "500000"],
    ["500229", "500000"],
    ["310230", "310000"], // 崇明县, retired in 2016: still under 上海市
    ["110100", "110000"], // the placeholder 市辖区 itself
    // county-level units administered by their province (prefecture digits 90)
    ["419001", "410000"],
    ["429004", "420000"],
    ["659001", "650000"],
    // a city without districts is a prefecture like any other
    ["441900", "440000"]
  ])("%s → %s", (code, parent) => {
    expect(parentAdcode(code)).toBe(parent);
  });

  test.each([["150000"], ["110000"], ["15060"], ["15060x"], [null], [undefined]])("%s → null", (code) => {
    expect(parentAdcode(code)).toBeNull();
  });
});

describe("provinceCountyRules", () => {
  test("names which county-level codes belong to the province: municipalities and the digits 90", () => {
    const rulesOf = (code: string) => provinceCountyRules.filter((r) => r.test(code)).map((r) => r.name);
    expect([rulesOf("500101"), rulesOf("429004"), rulesOf("150602")]).toEqual([
      ["municipality"],
      ["province-administered county"],
      []
    ]);
  });
});

describe("ancestorAdcodes(adcode)", () => {
  test("gives a district's prefecture, then its province; a prefecture's province; nothing for a province", () => {
    expect(ancestorAdcodes("150602")).toEqual(["150600", "150000"]);
    expect(ancestorAdcodes("150600")).toEqual(["150000"]);
    expect(ancestorAdcodes("150000")).toEqual([]);
  });

  test("gives a municipality's district only the municipality", () => {
    expect(ancestorAdcodes("110101")).toEqual(["110000"]);
    expect(ancestorAdcodes("500229")).toEqual(["500000"]);
  });

  test("gives nothing for a missing or malformed code", () => {
    expect([
      ancestorAdcodes(null),
      ancestorAdcodes(undefined),
      ancestorAdcodes("1506"),
      ancestorAdcodes("15060x")
    ]).toEqual([[], [], [], []]);
  });
});
