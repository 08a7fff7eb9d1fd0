import {describe, expect, it} from "vitest";
import {markTasks} from "../../loaders/outline/mark-tasks.ts";
import type {DocType, Item} from "../../loaders/types.ts";

/** Builds outline items from [path, label, text] rows; heading is the text up to the first 。. */
function items(rows: [string, string, string][]): Item[] {
  let at = 0;
  return rows.map(([path, label, body]) => {
    const text = label + body;
    const parent = path.includes(".") ? path.slice(0, path.lastIndexOf(".")) : null;
    const first = body.split("。")[0];
    const item: Item = {
      doc_id: "d",
      item_id: `d:${path}`,
      parent_id: parent == null ? null : `d:${parent}`,
      depth: path.split(".").length,
      label,
      style: "test",
      ordinal: Number(path.split(".").at(-1)),
      heading: first.length <= 40 ? first : null,
      text,
      is_task: false,
      topic_id: null,
      char_start: at,
      char_end: at + text.length
    };
    at += text.length + 1;
    return item;
  });
}

function taskPaths(rows: [string, string, string][], docType: DocType): string[] {
  return markTasks(items(rows), docType)
    .filter((item) => item.is_task)
    .map((item) => item.item_id.slice(2));
}

const opinion: [string, string, string][] = [
  ["1", "一、", "总体要求"],
  ["1.1", "(一)", "指导思想。以习近平新时代中国特色社会主义思想为指导。"],
  ["1.2", "(二)", "基本原则。坚持依法行政。"],
  ["2", "二、", "主要任务"],
  ["2.1", "(三)", "推进简政放权。内容。"],
  ["2.2", "(四)", "规范行政执法。内容。"],
  ["3", "三、", "保障措施"],
  ["3.1", "(五)", "加强组织领导。内容。"]
];

const assignedPlan: [string, string, string][] = [
  ["1", "一、", "总体要求"],
  ["1.1", "(一)", "主要目标。到2025年基本建成法治政府。"],
  ["2", "二、", "重点任务"],
  ["2.1", "(二)", "推进简政放权。内容。\n牵头单位:区政府办\n责任单位:区直各部门"],
  ["2.2", "(三)", "规范行政执法。内容。[区司法局负责]"],
  ["3", "三、", "保障措施"],
  ["3.1", "(四)", "加强组织领导。内容。"],
  ["3.2", "(五)", "强化督察考核。内容。(牵头单位:区委依法治区办;责任单位:各镇、街道)"]
];

const report: [string, string, string][] = [
  ["1", "一、", "主要工作"],
  ["1.1", "(一)", "加强领导"],
  ["1.1.1", "1.", "完善机制。内容。"],
  ["1.1.2", "2.", "强化考核。内容。"],
  ["1.2", "(二)", "依法履职。内容。"],
  ["2", "二、", "存在的不足"],
  ["3", "三、", "下一步打算"]
];

const flat: [string, string, string][] = [
  ["1", "1.", "指导思想。内容。"],
  ["2", "2.", "推进政务公开。内容。"],
  ["3", "3.", "加强执法监督。内容。"]
];

/** [spec, rows, doc type, expected task paths] */
const cases: [string, [string, string, string][], DocType, string[]][] = [
  [
    "marks leaves below the top level, without the 总体要求 preamble, in an opinion without assignments",
    opinion,
    "implementation_opinion",
    ["2.1", "2.2", "3.1"]
  ],
  [
    "marks only assigned leaves of 保障措施 when the plan assigns units elsewhere",
    assignedPlan,
    "task_plan",
    ["2.1", "2.2", "3.2"]
  ],
  ["treats work points like plans", assignedPlan, "work_points", ["2.1", "2.2", "3.2"]],
  ["marks every item at the deepest numbered level of a report", report, "annual_report", ["1.1.1", "1.1.2"]],
  ["treats other documents like reports", report, "other", ["1.1.1", "1.1.2"]],
  ["marks top-level items of a flat plan, except a preamble", flat, "task_plan", ["2", "3"]],
  ["marks every top-level item of a flat report", flat, "annual_report", ["1", "2", "3"]],
  [
    "counts a preamble leaf that carries an assignment line as a task",
    [
      ["1", "一、", "工作目标"],
      ["1.1", "(一)", "建成法治政府。内容。\n牵头部门:县政府办"],
      ["2", "二、", "重点任务"],
      ["2.1", "(二)", "推进公开。内容。\n牵头部门:县司法局"]
    ],
    "task_plan",
    ["1.1", "2.1"]
  ]
];

describe("markTasks", () => {
  for (const [spec, rows, docType, expected] of cases) {
    it(`markTasks(items, ${docType}) ${spec}`, () => {
      expect(taskPaths(rows, docType)).toEqual(expected);
    });
  }

  it("markTasks(items, docType) returns copies and leaves the input unchanged", () => {
    const input = items(report);
    const output = markTasks(input, "annual_report");
    expect(input.some((item) => item.is_task)).toBe(false);
    expect(output.map(({is_task, ...rest}) => rest)).toEqual(input.map(({is_task, ...rest}) => rest));
  });

  it("markTasks(items, docType) returns [] for null and empty input", () => {
    expect(markTasks([], "task_plan")).toEqual([]);
    expect(markTasks(null, "task_plan")).toEqual([]);
    expect(markTasks(undefined, "annual_report")).toEqual([]);
  });
});
