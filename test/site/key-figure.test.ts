import {describe, expect, test} from "vitest";
import {commonRun, KEY_FIGURE_RULES, keyFigure} from "../../loaders/site/key-figure.ts";

const bodies = {name_zh: "行政执法主体数"};
// Pingcheng 2020, in text order.
const participants = {subject: "行政执法单位", unit: "个", value: 17}; // 17个行政执法单位…参加2020年法治创建活动
const supervised = {subject: "行政执法单位", unit: "家", value: 21}; // 对全区21家行政执法单位开展…监督检查
const confirmed = {subject: "审核确认行政执法主体", unit: "个", value: 27}; // 分三批审核确认行政执法主体27个

describe("keyFigure(figures, indicator)", () => {
  test("gives undefined for no figures", () => {
    expect(keyFigure([], bodies)).toBeUndefined();
  });

  test("rule subject: the figure whose subject shares most with the indicator's name (27, not the first, 17)", () => {
    expect(keyFigure([participants, supervised, confirmed], bodies)?.value).toBe(27);
  });

  test("keeps text order when no rule tells the figures apart", () => {
    expect(keyFigure([supervised, participants], bodies)?.value).toBe(21);
  });

  test("has exactly the rules tested above, in that order", () => {
    expect(KEY_FIGURE_RULES.map((r) => r.name)).toEqual(["subject"]);
  });
});

describe("commonRun(a, b)", () => {
  test("gives the longest run of characters both share; empty gives 0", () => {
    expect(commonRun("审核确认行政执法主体", "行政执法主体数")).toBe(6);
    expect(commonRun("行政执法单位", "行政执法主体数")).toBe(4);
    expect(commonRun("", "行政")).toBe(0);
  });
});
