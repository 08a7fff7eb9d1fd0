import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {segment} from "../../loaders/text/segment.ts";

const userDict = readFileSync(new URL("../../data/jieba-user-dict.txt", import.meta.url), "utf8").split("\n");

describe("segment(text)", () => {
  it.each([
    ["全面推行“双随机、一公开”监管", "双随机、一公开"],
    ["推行双随机一公开监管", "双随机一公开"],
    ["依法办理行政复议案件", "行政复议"],
    ["严格落实合法性审查程序", "合法性审查"],
    ["深化“放管服”改革", "放管服"],
    ["落实行政执法三项制度", "行政执法三项制度"],
    ["推进政务服务一网通办", "一网通办"],
    ["推行证明事项告知承诺制", "证明事项告知承诺制"],
    ["落实谁执法谁普法普法责任制", "谁执法谁普法"],
    ["坚持和发展新时代枫桥经验", "枫桥经验"],
    ["深入推进互联网+监管", "互联网+监管"],
    ["开展法治政府建设示范创建活动", "法治政府建设示范"]
  ])("segment(%j) keeps the user-dictionary term %j as one token", (text, term) => {
    expect(segment(text)).toContain(term);
  });

  it("segment(text) splits a sentence into words that join back to the text without its whitespace", () => {
    const text = "加强行政复议 和 合法性审查\n工作";
    expect(segment(text)).toEqual(["加强", "行政复议", "和", "合法性审查", "工作"]);
    expect(segment(text).join("")).toBe(text.replace(/\s/g, ""));
  });

  it.each([[""], ["   \n\t"], [null as unknown as string]])("segment(%j) returns []", (text) => {
    expect(segment(text)).toEqual([]);
  });
});

describe("data/jieba-user-dict.txt", () => {
  it("has one term per line, no comments, no spaces and no duplicates (cppjieba reads every line as an entry)", () => {
    const terms = userDict.filter((line) => line !== "");
    expect(terms.length).toBeGreaterThanOrEqual(150);
    expect(terms.filter((t) => /\s|^#/.test(t))).toEqual([]);
    expect(terms.length).toBe(new Set(terms).size);
  });
});
