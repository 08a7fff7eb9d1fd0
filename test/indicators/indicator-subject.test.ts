import {describe, expect, it} from "vitest";
import {indicatorSubject} from "../../loaders/indicators/indicator-subject.ts";

describe("indicatorSubject(before, after, family) picks the phrase a number counts", () => {
  const cases: [string, string, string, string][] = [
    ["受理行政复议案件", "", "count", "受理行政复议案件"],
    ["全年共办理人大代表建议", "、政协提案75件", "count", "办理人大代表建议"],
    ["累计录入行政处罚案件", "", "count", "录入行政处罚案件"],
    ["2023年行政机关负责人出庭应诉率", "", "rate", "行政机关负责人出庭应诉率"],
    ["在编人员执法持证率达到", "以上", "rate", "在编人员执法持证率"],
    ["监管任务完成", "", "count", "监管任务"],
    ["市政府召开", "政府常务会议研究法治政府建设有关议题", "count", "政府常务会议"],
    ["累计为", "市场主体提供行业综合许可联办服务", "count", "市场主体"],
    ["推动", "以上的政务服务事项实现“一网通办”", "rate", "政务服务事项"],
    ["迭代推出“打造全国一流营商环境实施方案4.0版(", "举措)”", "count", "举措"],
    ["", "", "count", ""]
  ];
  for (const [before, after, family, expected] of cases) {
    it(`indicatorSubject("${before}", "${after}", "${family}") returns "${expected}"`, () => {
      expect(indicatorSubject(before, after, family)).toBe(expected);
    });
  }

  it("null input returns an empty subject", () => {
    expect(indicatorSubject(null, undefined, "count")).toBe("");
  });
});
