import {readFileSync} from "node:fs";
import {describe, expect, test} from "vitest";
import {unitLabel} from "../../src/components/unit-label.ts";
import {indicatorUnitNames, unitNames} from "../../src/components/unit-names.ts";

const csvColumn = (file: string, column: string) => {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"));
  const index = lines[0].split(",").indexOf(column);
  return lines.slice(1).map((l) => l.split(",")[index]);
};

describe("unitLabel(unit, {lang, value, indicator})", () => {
  test.each([
    ["件", 1, null, "item"],
    ["件", 435, null, "items"],
    ["件", 435, "admin_penalty_cases", "cases"],
    ["件", 1, "litigation_cases", "case"],
    ["人次", 1200, null, "person-times"],
    ["人次", 1, null, "person-time"],
    ["个工作日", 5, "time_limit", "working days"],
    ["名", 3, null, "people"],
    ["%", 98, null, "%"]
  ])("%s × %s (%s) in English is %s", (unit, value, indicator, en) => {
    expect(unitLabel(unit, {lang: "en", value, indicator})).toBe(en);
  });

  test("Chinese keeps the unit as written; an unknown unit passes through; null gives empty text", () => {
    expect(unitLabel("人次", {lang: "zh", value: 3})).toBe("人次");
    expect(unitLabel("艘", {lang: "en", value: 3})).toBe("艘");
    expect(unitLabel(null, {lang: "en"})).toBe("");
  });

  test("every measure word of data/measure-words.csv except symbols has English words", () => {
    const known = new Set(unitNames.map(([unit]) => unit));
    const missing = csvColumn("data/measure-words.csv", "unit").filter(
      (u) => /\p{Script=Han}/u.test(u) && !known.has(u)
    );
    expect(missing).toEqual([]);
  });

  test("units one chart can mix (件, 项, 条, 个, 次, 份) get different English words", () => {
    const words = ["件", "项", "条", "个", "次", "份"].map((u) => unitLabel(u, {lang: "en", value: 2}));
    expect(new Set(words).size).toBe(words.length);
  });

  test("every indicator named in indicatorUnitNames is in data/indicator-catalogue.csv", () => {
    const ids = new Set(csvColumn("data/indicator-catalogue.csv", "indicator_id"));
    expect(Object.keys(indicatorUnitNames).filter((id) => !ids.has(id))).toEqual([]);
  });
});
