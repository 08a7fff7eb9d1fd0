import {describe, expect, test} from "vitest";
import {itemBody} from "../../src/components/item-body.ts";

describe("itemBody(item, max)", () => {
  test("drops the label the text starts with", () => {
    expect(itemBody({label: "（三）", text: "（三）完善行政复议制度。"})).toBe("完善行政复议制度。");
  });

  test("keeps a text that does not start with its label whole, and gives '' for ''", () => {
    expect(itemBody({label: "一、", text: "完善行政复议制度。"})).toBe("完善行政复议制度。");
    expect(itemBody({label: "", text: ""})).toBe("");
  });

  test("cuts a body longer than max with …, and leaves one of exactly max characters", () => {
    expect(itemBody({label: "1.", text: "1.推进严格规范公正文明执法"}, 4)).toBe("推进严格…");
    expect(itemBody({label: "1.", text: "1.推进严格"}, 4)).toBe("推进严格");
  });
});
