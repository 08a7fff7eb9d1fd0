import {expect, test} from "vitest";
import {parsePort} from "../../scripts/parse-port.ts";

test("parsePort(value) accepts whole numbers 0–65535 and gives null for anything else", () => {
  const cases: [string | undefined, number | null][] = [
    ["3000", 3000],
    ["0", 0],
    ["65535", 65535],
    ["65536", null],
    ["-1", null],
    ["3000.5", null],
    ["abc", null],
    ["", null],
    ["1e3", null],
    [undefined, null]
  ];
  expect(cases.map(([value]) => [value, parsePort(value)])).toEqual(cases);
});
