import {describe, expect, test} from "vitest";
import {chartPlan, columnKinds} from "../../src/components/chart-plan.ts";

const tasks = [
  {doc_id: "dongsheng-2022-plan", jurisdiction: "东胜区", tasks: 85},
  {doc_id: "liaoyang-2015-opinion", jurisdiction: "辽阳市", tasks: 43}
];

describe("columnKinds(rows, columns)", () => {
  test("reads each column's kind from its non-null values", () => {
    const rows = [
      {a: "x", b: 1, c: null, d: true, e: "y"},
      {a: null, b: 2.5, c: null, d: false, e: 3}
    ];
    expect(columnKinds(rows, ["a", "b", "c", "d", "e"])).toEqual(["text", "number", "other", "other", "other"]);
  });

  test("gives all other for empty rows", () => {
    expect(columnKinds([], ["a"])).toEqual(["other"]);
  });
});

describe("chartPlan(rows, columns)", () => {
  test("bars per the first text column when there is exactly one number column", () => {
    expect(chartPlan(tasks, ["doc_id", "jurisdiction", "tasks"])).toEqual({
      type: "bar",
      category: "doc_id",
      value: "tasks",
      color: null
    });
  });

  test("colours bars by a second text column with fewer values", () => {
    const rows = [
      {agency: "司法局", jurisdiction: "东胜区", n: 52},
      {agency: "司法局", jurisdiction: "辽阳市", n: 4},
      {agency: "财政局", jurisdiction: "东胜区", n: 5},
      {agency: "公安局", jurisdiction: "东胜区", n: 9}
    ];
    expect(chartPlan(rows, ["agency", "jurisdiction", "n"])).toEqual({
      type: "bar",
      category: "agency",
      value: "n",
      color: "jurisdiction"
    });
  });

  test("a line over two number columns (x the first), dots when x repeats", () => {
    const byYear = [
      {year: 2020, quantities: 73, targets: 1},
      {year: 2022, quantities: 23, targets: 23}
    ];
    expect(chartPlan(byYear, ["year", "quantities", "targets"])).toEqual({
      type: "line",
      x: "year",
      y: ["quantities", "targets"],
      color: null
    });
    const repeated = [
      {year: 2020, value: 1},
      {year: 2020, value: 2}
    ];
    expect(chartPlan(repeated, ["year", "value"])).toMatchObject({type: "dot", x: "year", y: ["value"]});
  });

  test('a series without a colour value (null) is not the series named "null" (joined string keys merged them)', () => {
    const rows = [
      {series: null, year: 2020, value: 1},
      {series: "null", year: 2020, value: 2}
    ];
    expect(chartPlan(rows, ["series", "year", "value"])).toEqual({
      type: "line",
      x: "year",
      y: ["value"],
      color: "series"
    });
  });

  test("no chart for text only, and for no rows", () => {
    expect(chartPlan([{term: "东胜"}], ["term"])).toEqual({type: "none", reason: "shape"});
    expect(chartPlan([], ["term", "n"])).toEqual({type: "none", reason: "empty"});
  });
});
