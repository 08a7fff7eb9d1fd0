import {describe, expect, it} from "vitest";
import {matchLabel} from "../../loaders/text/match-label.ts";

describe("matchLabel", () => {
  it("matchLabel(content) returns the label, style, group and ordinal of a line-initial label", () => {
    expect(matchLabel("(三十五)加强法治人才队伍培育工作")).toEqual({
      label: "(三十五)",
      style: "cn-paren",
      group: "cn-paren",
      ordinal: 35,
      length: 5
    });
    expect(matchLabel("(15)强化保护")).toEqual({
      label: "(15)",
      style: "arabic-paren",
      group: "arabic-paren",
      ordinal: 15,
      length: 4
    });
  });

  it('matchLabel(content, contexts) stores a record field with the label "" and its written length', () => {
    expect(matchLabel("事 项:继续深化改革", new Set(["record"]))).toEqual({
      label: "",
      style: "record",
      group: "record",
      ordinal: 1,
      length: 4
    });
  });

  it("matchLabel(content) returns null when the label is not at the very start", () => {
    expect(matchLabel("依照本条(一)项规定")).toBeNull();
    expect(matchLabel(" 一、总体要求")).toBeNull();
  });

  it("matchLabel(content) returns null for a zero ordinal", () => {
    expect(matchLabel("0.说明")).toBeNull();
    expect(matchLabel("(零)说明")).toBeNull();
  });

  it("matchLabel(content) returns null for null, undefined and empty input", () => {
    expect(matchLabel(null)).toBeNull();
    expect(matchLabel(undefined)).toBeNull();
    expect(matchLabel("")).toBeNull();
  });
});
