import {describe, expect, test} from "vitest";
import {inProvince} from "../../src/components/in-province.ts";

const rows = [
  {doc_id: "a", province: "内蒙古自治区"},
  {doc_id: "b", province: "山西省"},
  {doc_id: "c", province: null},
  {doc_id: "d"}
];
const kept = (province: string | null | undefined) => rows.filter(inProvince(province)).map((d) => d.doc_id);

describe("inProvince(province)", () => {
  test("keeps the rows of the chosen province only", () => {
    expect(kept("内蒙古自治区")).toEqual(["a"]);
    expect(kept("山西省")).toEqual(["b"]);
  });

  test("keeps every row, those without a province too, when none is chosen", () => {
    expect(kept(null)).toEqual(["a", "b", "c", "d"]);
    expect(kept(undefined)).toEqual(["a", "b", "c", "d"]);
  });

  test("keeps nothing for a province no row names", () => {
    expect(kept("辽宁省")).toEqual([]);
  });
});
