import {expect, test} from "vitest";
import {validBundleId} from "../../src/page/site-bundle.ts";

test("validBundleId(id) accepts doc_ids and jurisdiction slugs and refuses paths and other characters", () => {
  const cases: [string, boolean][] = [
    ["dongsheng-2022-plan", true],
    ["liaoyang-city", true],
    ["150602", true],
    ["j-e3b0c442", true],
    ["doc-2", true],
    ["../briefs/liaoyang-city", false],
    ["..", false],
    ["a/b", false],
    ["a%2Fb", false],
    ["Dongsheng", false],
    ["-x", false],
    ["x--y", false],
    ["东胜区", false],
    ["", false]
  ];
  expect(cases.map(([id]) => [id, validBundleId(id)])).toEqual(cases);
});
