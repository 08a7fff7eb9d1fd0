import {describe, expect, it} from "vitest";
import {detectIndicatorKind} from "../../loaders/indicators/detect-indicator-kind.ts";
import type {DocType, IndicatorKind} from "../../loaders/types.ts";

describe("detectIndicatorKind(docType, inTargetSection, before)", () => {
  const cases: [DocType, boolean, string, IndicatorKind][] = [
    ["annual_report", false, "受理行政复议案件", "actual"],
    ["annual_report", false, "实现审批材料压减率达到", "actual"],
    ["annual_report", false, "力争行政复议纠错率不低于", "target"],
    ["annual_report", false, "确保全年培训不少于", "target"],
    ["annual_report", true, "受理行政复议案件", "target"],
    ["other", false, "办理案件", "actual"],
    ["task_plan", false, "每年至少组织", "target"],
    ["task_plan", false, "行政规范性文件合法性审核率达到", "target"],
    ["task_plan", false, "截至2021年底,已建成调解组织", "actual"],
    ["task_plan", false, "累计培训执法人员不少于", "target"],
    ["work_points", false, "", "target"],
    ["implementation_opinion", false, "政府常务会议至少每半年听取", "target"],
    ["annual_report", false, "", "actual"]
  ];
  for (const [docType, inTarget, before, expected] of cases) {
    it(`detectIndicatorKind("${docType}", ${inTarget}, "${before}") returns ${expected}`, () => {
      expect(detectIndicatorKind(docType, inTarget, before)).toBe(expected);
    });
  }
});
