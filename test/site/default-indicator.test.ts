import {describe, expect, test} from "vitest";
import {defaultIndicator, indicatorComparability} from "../../loaders/site/default-indicator.ts";

const rows = (indicator_id: string, units: string[], jurisdictions: string[], flag: string | null = null) =>
  units.map((unit, i) => ({indicator_id, unit, jurisdiction: jurisdictions[i % jurisdictions.length], flag}));

describe("defaultIndicator(rows, order)", () => {
  test("returns null for no rows", () => {
    expect(defaultIndicator([])).toBeNull();
  });

  test("never opens on a catch-all spread over many units, even when it has the most values and jurisdictions", () => {
    // The seeds' permits_processed: 5 窗口, 4 方式, 2 批 … six units in two jurisdictions.
    const catchAll = rows("permits", ["项", "项", "次", "个", "个", "件", "件", "批", "种"], ["A", "B", "C"]);
    const meetings = rows("meetings", ["次", "次", "次"], ["A", "B"]);
    expect(defaultIndicator([...catchAll, ...meetings], ["permits", "meetings"])).toBe("meetings");
    expect(defaultIndicator(catchAll)).toBeNull();
  });

  test("prefers the indicator reported in its main unit by more jurisdictions, then by a larger unit share", () => {
    const wide = rows("wide", ["次", "次", "次", "期"], ["A", "B", "C", "A"]);
    const pure = rows("pure", ["%", "%"], ["A", "B"]);
    const purer = rows("purer", ["%", "%", "%"], ["A", "B", "C"]);
    expect(defaultIndicator([...wide, ...pure])).toBe("wide");
    expect(defaultIndicator([...wide, ...purer])).toBe("purer");
  });

  test("breaks a full tie by the given (catalogue) order, not alphabetically", () => {
    const tie = [...rows("zeta", ["件"], ["A"]), ...rows("alpha", ["件"], ["A"])];
    expect(defaultIndicator(tie, ["zeta", "alpha"])).toBe("zeta");
    expect(defaultIndicator(tie)).toBe("alpha");
  });

  test("leaves implausible (flagged) values out of the count", () => {
    const flagged = rows("flagged", ["件", "件", "件"], ["A", "B", "C"], "exceeds the plausible maximum");
    expect(defaultIndicator([...flagged, ...rows("plain", ["件"], ["A"])])).toBe("plain");
  });
});

describe("indicatorComparability(rows)", () => {
  test("gives each indicator's main unit, its share and the jurisdictions reporting in it; unclassified rows out", () => {
    const list = indicatorComparability([
      ...rows("x", ["次", "次", "期"], ["A", "B", "B"]),
      {indicator_id: null, unit: "次", jurisdiction: "C", flag: null}
    ]);
    expect(list).toEqual([{indicator_id: "x", main_unit: "次", unit_share: 2 / 3, jurisdictions: 2, values: 2}]);
  });
});
