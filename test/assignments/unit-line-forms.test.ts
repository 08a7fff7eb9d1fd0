import {describe, expect, test} from "vitest";
import {extractAssignments} from "../../loaders/assignments/extract-assignments.ts";
import {unitLineForms} from "../../loaders/assignments/unit-line-forms.ts";
import {parseOutline} from "../../loaders/outline/parse-outline.ts";
import {formsOf, unitVocabulary} from "../../loaders/text/unit-vocabulary.ts";

/** Lead and support units of every item of a plan, "label: L[…] S[…]", items without units left out. */
function units(text: string): string[] {
  const items = parseOutline("d", text, "task_plan");
  const rows = extractAssignments("d", text, items);
  return items
    .map((item) => {
      const of = (role: string) =>
        rows.filter((r) => r.item_id === item.item_id && r.role === role).map((r) => r.agency_raw);
      const [lead, support] = [of("lead"), of("support")];
      return lead.length + support.length ? `${item.label}: L[${lead.join("|")}] S[${support.join("|")}]` : "";
    })
    .filter(Boolean);
}

/** [form, excerpt (real, from the dev set or the seeds, shortened), expected units]. */
const cases: [string, string, string[]][] = [
  [
    "inline-paren",
    "二、完善重大事项决策机制\n3.健全党委重大决策工作机制。(牵头单位:市委办公厅,配合单位:市委政研室)",
    ["3.: L[市委办公厅] S[市委政研室]"]
  ],
  [
    "inline-bracket",
    "一、加强执政能力\n1.提高依法履职能力。〔牵头单位:省委组织部,责任单位:省委办公厅、省委党校(湖南行政学院)〕",
    ["1.: L[省委组织部] S[省委办公厅|省委党校(湖南行政学院)]"]
  ],
  [
    "inline-bracket",
    "一、加强执政能力\n1.提高依法履职能力。【牵头单位:区司法局;责任单位:区法院、区检察院】",
    ["1.: L[区司法局] S[区法院|区检察院]"]
  ],
  [
    "bracket-lead-support",
    "(一)深化行政审批制度改革\n1.全面清理行政审批事项。(市审改办牵头,市政府相关部门配合)",
    ["1.: L[市审改办] S[市政府相关部门]"]
  ],
  [
    "bracket-lead-support",
    "四、行政执法\n(二十)探索相对集中行政许可权。(市编办、市政府法制办共同负责,市财政局、市监察局及相关部门配合)",
    ["(二十): L[市编办|市政府法制办] S[市财政局|市监察局及相关部门]"]
  ],
  [
    "bracket-lead-support",
    "(十九)建立健全规范性文件制定、公布制度。(市政府法制办牵头,市政府办公厅、市信息办及相关部门各负其责)",
    ["(十九): L[市政府法制办] S[市政府办公厅|市信息办及相关部门]"]
  ],
  [
    "bracket-lead-support",
    "--配合信息系统建设,抓紧研究制订相关配套管理制度。(市法制局牵头,具体职能部门负责起草)",
    ["--: L[市法制局] S[具体职能部门]"]
  ],
  [
    "bracket-lead",
    "--进一步规范收费行为。2010年开展行政性收费清理,取消不合理收费。(市物价局牵头)",
    ["--: L[市物价局] S[]"]
  ],
  [
    "bracket-responsible",
    "(一)深化行政审批制度改革\n2.建立行政审批清理审核论证机制。(市审改办负责)",
    ["2.: L[市审改办] S[]"]
  ],
  [
    "bracket-responsible",
    "二、加强立法\n4.提高立法的科学化、民主化水平。(市人大常委会法制工委、市法制办等负责)",
    ["4.: L[市人大常委会法制工委|市法制办等] S[]"]
  ],
  [
    "bracket-responsible",
    "2、建立健全公众依法有序参与行政决策的制度。(市政府各部门、各县〈市、区〉政府负责)。",
    ["2、: L[市政府各部门|各县〈市、区〉政府] S[]"]
  ],
  [
    "bracket-responsible",
    "(一)积极探索预防和化解社会矛盾的机制。(市司法局、市信访办、市法制办为主要责任单位,按照各自职能组织有关部门实施)",
    ["(一): L[市司法局|市信访办|市法制办] S[]"]
  ],
  [
    "inline-paren",
    "1.严格规范执法。(责任单位:区司法局、区城管局牵头,各镇、街道负责)",
    ["1.: L[区司法局|区城管局] S[各镇、街道]"]
  ],
  [
    "unit-line",
    "五、严格规范公正文明执法\n16.创新行政执法体制机制。\n责任单位:市政府法制办、市监察局、市财政局\n17.规范行政执法行为。\n责任单位:市政府法制办、市政府有关部门",
    ["16.: L[市政府法制办|市监察局|市财政局] S[]", "17.: L[市政府法制办|市政府有关部门] S[]"]
  ],
  [
    "unit-line",
    "一级指标\n序号\n主要任务\n牵头、责任部门\n一、依法全面履行政府职能\n1\n主动公开全部行政审批事项清单。\n牵头单位:区政务服务办;责任部门:其他部门、各街道按职责分别负责",
    ["1: L[区政务服务办] S[其他部门|各街道]"]
  ],
  [
    "unit-line",
    "事 项:继续深化行政审批制度改革,优化行政审批流程。\n牵头部门:市法制办\n落实情况\n一、继续深化行政审批制度改革。法治办牵头起草了试行方案。",
    [": L[市法制办] S[]"]
  ],
  [
    "unit-line",
    "一、完善依法行政制度体系\n责任单位:区司法局、区政府办\n(一)加强行政立法。\n(二)加强规范性文件监督管理。",
    ["一、: L[区司法局|区政府办] S[]"]
  ],
  [
    "table-column",
    "序号|工作任务|牵头单位|责任单位|完成时限\n1|健全重大行政决策程序制度|县司法局|县政府办|2023年6月\n2|推行行政执法公示制度|县司法局|各执法部门、各乡镇|2023年12月\n3|加强行政复议规范化建设|县司法局||长期坚持",
    ["1: L[县司法局] S[县政府办]", "2: L[县司法局] S[各执法部门|各乡镇]", "3: L[县司法局] S[]"]
  ],
  [
    "sentence-units",
    "一、依法全面履行政府职能\n㈠深化行政审批制度改革。县行政审批局、县发改局、县市场监管局\n㈡推进政务公开。\n县政府办、县政务服务中心",
    ["㈠: L[县行政审批局|县发改局|县市场监管局] S[]", "㈡: L[县政府办|县政务服务中心] S[]"]
  ],
  [
    "unit-line",
    "一、加强领导\n1.深入学习贯彻习近平法治思想。责任单位:区司法局 完成时限:2023年12月底\n2.健全领导干部学法制度。牵头领导:张某某;牵头单位:区委组织部;配合单位:区司法局、区人社局",
    ["1.: L[区司法局] S[]", "2.: L[区委组织部] S[区司法局|区人社局]"]
  ],
  [
    "inline-bracket",
    "二、严格执法\n5.开展行政执法案卷评查。【责任单位:区司法局;完成时间:2023年11月】",
    ["5.: L[区司法局] S[]"]
  ],
  [
    "bracket-units",
    "三、完善规范性文件制定程序。制定规范性文件要严格按照法定权限。(市政府办公室、市政府法制办及相关部门和县(区)政府)\n四、强化规范性文件管理。",
    ["三、: L[市政府办公室|市政府法制办及相关部门和县(区)政府] S[]"]
  ]
];

describe("unitLineForms: each form reads a real excerpt", () => {
  test.each(cases)("%s: %s", (_, text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  test("every form has a case", () => {
    const tested = new Set(cases.map(([form]) => form));
    expect(unitLineForms.map((form) => form.name).filter((name) => !tested.has(name))).toEqual([]);
  });
});

describe("a document-level convention: 列第一位的为牵头单位", () => {
  test("makes the first unit of each list the lead and the others support", () => {
    const text =
      "各项任务中,列第一位的为牵头单位,其他为责任单位,下同。\n一、加强政府立法\n1.完善立法工作机制。(市司法局、市人大法工委、市政府办负责)\n2.加强备案审查。\n责任单位:市司法局、市政府办";
    expect(units(text)).toEqual(["1.: L[市司法局] S[市人大法工委|市政府办]", "2.: L[市司法局] S[市政府办]"]);
  });

  test("leaves lists alone in a document without it", () => {
    expect(units("一、加强政府立法\n1.完善立法工作机制。(市司法局、市人大法工委负责)")).toEqual([
      "1.: L[市司法局|市人大法工委] S[]"
    ]);
  });
});

describe("the unit vocabulary (data/unit-vocabulary.csv)", () => {
  const stems = unitVocabulary.filter((entry) => entry.kind === "stem");
  test.each(stems.flatMap((stem) => formsOf("noun").map((noun) => [stem.form + noun, stem.role] as const)))(
    "an item carrying %s gets its assignment and is a task",
    (label, role) => {
      const text = `一、加强法治政府建设\n(一)健全依法决策机制。\n${label}:区司法局\n(二)加强执法监督。`;
      const items = parseOutline("d", text, "task_plan");
      const rows = extractAssignments("d", text, items);
      expect(rows.map((r) => [r.item_id, r.role, r.agency_raw])).toEqual([
        ["d:1.1", role === "support" ? "support" : "lead", "区司法局"]
      ]);
      expect(items.find((item) => item.item_id === "d:1.1")?.is_task).toBe(true);
    }
  );

  test.each(unitVocabulary.filter((entry) => entry.kind === "verb").map((entry) => [entry.form, entry.role]))(
    "the clause verb %s gives its units the role %s",
    (verb, role) => {
      const text = `1.完善行政执法程序。(区司法局${verb})`;
      const items = parseOutline("d", text, "task_plan");
      const rows = extractAssignments("d", text, items);
      expect(rows.map((r) => r.role)).toEqual([role === "support" ? "support" : "lead"]);
    }
  );

  test("every example of the vocabulary is a real use of its form", () => {
    expect(unitVocabulary.filter((entry) => !entry.example.includes(entry.form.replace(/\(\?:.*$/, "")))).toEqual([]);
  });
});

describe("unitLineForms examples (shown on /about)", () => {
  test.each(unitLineForms.map((form) => [form.name, form.example]))("%s: %s is read by that form", (name, example) => {
    const items = parseOutline("d", example, "task_plan");
    const forms = new Set(extractAssignments("d", example, items).map((row) => row.form));
    expect([...forms]).toEqual([name]);
  });
});
