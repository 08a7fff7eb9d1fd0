import {describe, expect, test} from "vitest";
import {toggleProvince} from "../../src/components/toggle-province.ts";

/** A stand-in for the page's province select: its value, and the values it announced with "input" events. */
function select(value: string | null) {
  const input = Object.assign(new EventTarget(), {value});
  const announced: (string | null)[] = [];
  input.addEventListener("input", (event) => {
    expect(event.bubbles).toBe(true);
    announced.push(input.value);
  });
  return {input, announced};
}
const known = ["内蒙古自治区", "山西省"];

describe("toggleProvince(input, tile, known)", () => {
  test("chooses the clicked tile's province and announces it", () => {
    const {input, announced} = select(null);
    expect(toggleProvince(input, {name_zh: "山西省"}, known)).toBe(true);
    expect(input.value).toBe("山西省");
    expect(announced).toEqual(["山西省"]);
  });

  test("moves from one province to another, and clears the choice on a second click on the same tile", () => {
    const {input, announced} = select("内蒙古自治区");
    toggleProvince(input, {name_zh: "山西省"}, known);
    toggleProvince(input, {name_zh: "山西省"}, new Set(known));
    expect(input.value).toBe(null);
    expect(announced).toEqual(["山西省", null]);
  });

  test("does nothing for no tile or a tile whose province has nothing to show", () => {
    const {input, announced} = select("山西省");
    expect(toggleProvince(input, null, known)).toBe(false);
    expect(toggleProvince(input, undefined, known)).toBe(false);
    expect(toggleProvince(input, {name_zh: "辽宁省"}, known)).toBe(false);
    expect(input.value).toBe("山西省");
    expect(announced).toEqual([]);
  });
});
