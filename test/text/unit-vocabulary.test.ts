import {describe, expect, test} from "vitest";
import {roleOfLabel, roleOfPhrase, roleOfVerb} from "../../loaders/text/unit-vocabulary.ts";

describe("roleOfLabel(label) gives the role of a unit label's stem (data/unit-vocabulary.csv)", () => {
  test.each([
    ["牵头单位", "lead"],
    ["主要责任单位", "responsible"],
    ["配合部门", "support"],
    ["主办单位", "lead"],
    ["完成时限", null],
    ["", null]
  ])("roleOfLabel(%j) is %j, the same on a second call", (label, role) => {
    expect(roleOfLabel(label)).toBe(role);
    expect(roleOfLabel(label)).toBe(role);
  });
});

describe("roleOfVerb(verb) and roleOfPhrase(phrase) read the vocabulary's role of that kind", () => {
  test("verbs", () => {
    expect(["牵头负责", "牵头", "负责", "配合落实", "单位"].map(roleOfVerb)).toEqual([
      "lead",
      "lead",
      "responsible",
      "support",
      null
    ]);
  });

  test("role phrases; a form of another kind is none", () => {
    expect(roleOfPhrase("为主要责任单位")).toBe("lead");
    expect(roleOfPhrase("为责任单位")).toBe("responsible");
    expect(roleOfPhrase("牵头")).toBe(null);
  });
});
