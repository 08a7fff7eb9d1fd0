import {describe, expect, test} from "vitest";
import {provinceValues} from "../../src/components/province-values.ts";

const rows = [
  {province: "内蒙古自治区", documents: 3, share: 0.2},
  {province: "内蒙古自治区", documents: 1, share: 0.4},
  {province: "辽宁省", documents: 2, share: null},
  {province: null, documents: 7, share: 0.9}
];

describe("provinceValues(rows, value, options)", () => {
  test("gives [] for no rows", () => {
    expect(provinceValues([], () => 1)).toEqual([]);
  });

  test("sums the value per province and counts the rows; rows without a province are left out", () => {
    expect(provinceValues(rows, (d) => d.documents)).toEqual([
      {province: "内蒙古自治区", value: 4, n: 2},
      {province: "辽宁省", value: 2, n: 1}
    ]);
  });

  test("with reduce: mean, averages over the rows with a value (null and NaN skipped, as d3.mean does)", () => {
    const means = provinceValues([...rows, {province: "辽宁省", documents: 0, share: NaN}], (d) => d.share, {
      reduce: "mean"
    });
    expect(means.map((d) => [d.province, d.n])).toEqual([["内蒙古自治区", 2]]);
    expect(means[0].value).toBeCloseTo(0.3, 12);
  });
});
