import type {DocType, IndicatorKind} from "../types.ts";

/** Goal wording that makes a number a target even in a report. */
const STRONG_TARGET = /(力争|确保|争取|目标|计划|预计|拟|保持|不少于|不低于|不超过|至少|控制在|应当|必须|每年至少)/;
/** Goal wording in plans (where targets are the default anyway). */
const TARGET =
  /(力争|确保|争取|目标|计划|预计|拟|保持|不少于|不低于|不超过|至少|控制在|应当|必须|每年|达到|压缩至|提高到|提升至|要)/;
/** Wording that reports a result: in a plan it marks an actual figure. */
const REPORTED = /(已经?(?:完成|建成|办理|实现|达到|开展|举办|培训)|截至|截止|累计|共计|同比|全年共)/;
const PLAN_TYPES = new Set<DocType>(["task_plan", "implementation_opinion", "work_points"]);

/**
 * Decides whether a quantity is a target or a reported actual from the document type, whether it lies in a report's
 * next-steps part, and the sentence text before it; empty context gives "target" in plans and "actual" otherwise.
 */
export function detectIndicatorKind(
  docType: DocType,
  inTargetSection: boolean,
  before: string | null | undefined
): IndicatorKind {
  const s = before ?? "";
  if (inTargetSection) return "target";
  if (PLAN_TYPES.has(docType)) return !TARGET.test(s) && REPORTED.test(s) ? "actual" : "target";
  return STRONG_TARGET.test(s) ? "target" : "actual";
}
