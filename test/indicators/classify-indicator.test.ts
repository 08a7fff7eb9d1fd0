import {describe, expect, it} from "vitest";
import {classifyIndicator} from "../../loaders/indicators/classify-indicator.ts";
import {indicatorCatalogue, parseIndicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";
import {measureWord} from "../../loaders/indicators/measure-words.ts";
import {parseCsv, readDataCsv} from "../../loaders/read/read-data-csv.ts";

describe("classifyIndicator(subject, context, unit) names the catalogue indicator", () => {
  const cases: [string, string, string, string | null][] = [
    ["受理行政复议案件", "", "件", "reconsideration_received"],
    ["收到行政复议申请", "", "件", "reconsideration_received"],
    ["办结", "受理行政复议案件435件,办结308件", "件", "reconsideration_decided"],
    ["审结行政复议案件", "", "件", "reconsideration_decided"],
    ["化解争议", "受理行政复议案件435件,办结308件,化解争议55件", "件", "reconsideration_disputes_resolved"],
    ["行政诉讼应诉案件", "", "件", "litigation_cases"],
    // A number of kinds or batches (family group) counts no catalogue indicator: 11种案件类型 are not 11 cases.
    ["案件类型", "全州各级行政机关对应当出庭应诉的11种案件类型", "种", null],
    ["审核确认行政执法主体", "分三批审核确认行政执法主体27个", "批", null],
    ["事项", "梳理三类行政许可事项", "类", null],
    ["新收行政诉讼案件", "", "起", "litigation_cases"],
    ["行政机关负责人出庭应诉率", "", "%", "head_court_appearance_rate"],
    ["出庭率", "", "%", "head_court_appearance_rate"],
    ["行政诉讼败诉率", "", "%", "litigation_loss_rate"],
    ["审核各类行政规范性文件", "", "件", "normative_docs_reviewed"],
    ["报送备案规范性文件", "", "件", "normative_docs_reviewed"],
    ["行政规范性文件合法性审核率", "", "%", "normative_doc_review_rate"],
    ["重大行政决策合法性审查率", "", "%", "legality_review_rate"],
    ["审查重大行政决策合法性审查事项", "", "件", "legality_reviews"],
    ["在政务网站公开政务信息", "", "条", "info_published"],
    ["依申请公开受理", "", "件", "disclosure_applications"],
    ["依申请公开政府信息答复率", "", "%", "disclosure_reply_rate"],
    ["办理市人大代表建议", "", "件", "npc_suggestions"],
    ["政协委员提案", "", "件", "cppcc_proposals"],
    ["行政执法人员", "对全区521名行政执法人员进行岗前培训和资格考试", "名", "enforcement_officers"],
    ["参训人员", "全市累计组织行政执法相关培训400余场次,参训人员", "人次", "enforcement_officers_trained"],
    ["组织执法轮训", "", "次", "enforcement_training_sessions"],
    ["换发行政执法证件", "", "人", "enforcement_officers_certified"],
    ["在编人员执法持证率", "", "%", "enforcement_cert_rate"],
    ["办理法律援助案件", "", "件", "legal_aid_cases"],
    ["设立法律援助工作站", "", "家", "public_legal_service_sites"],
    ["成功调解矛盾纠纷", "", "件", "disputes_mediated"],
    ["人民调解成功率", "", "%", "mediation_success_rate"],
    ["品牌调解工作室", "", "家", "mediation_organisations"],
    ["法治专题讲座", "", "次", "law_lectures"],
    ["开展法治宣传", "", "场", "legal_publicity_events"],
    ["接待信访群众", "", "人次", "petition_visitors"],
    ["接收信访局督办案件", "", "件次", "petitions"],
    ["办结率", "区信访大厅窗口接待信访群众623人次,办结611件次,办结率", "%", "petition_resolution_rate"],
    ["受理12345热线工单", "", "件", "hotline_tickets"],
    ["12345热线电话接通率", "", "%", "hotline_rate"],
    ["累计录入行政处罚案件", "", "件", "admin_penalty_cases"],
    ["办理各类审批服务事项", "", "件", "permits_processed"],
    ["实际办理时限", "", "个工作日", "time_limit"],
    ["政务服务事项", "推动70%以上的政务服务事项实现一网通办", "%", "online_processing_rate"],
    ["全市设立公职律师", "", "名", "legal_advisers"],
    ["办理公证业务", "", "件", "notarizations"],
    ["紧急拨付", "", "元", "funds"],
    // A unit of another family never matches: people are not cases, a count is not a rate.
    ["受理行政复议案件", "", "人", null],
    ["法治专题讲座", "", "%", null],
    // Nothing in the catalogue, or nothing at all.
    ["侦破刑事案件", "全年共侦破刑事案件", "起", null],
    ["受理行政复议案件", "", "棵", null],
    ["", "", "件", null]
  ];
  for (const [subject, context, unit, expected] of cases) {
    it(`classifyIndicator("${subject}", "${context}", "${unit}") returns ${expected}`, () => {
      expect(classifyIndicator(subject, context, unit)).toBe(expected);
    });
  }

  it("the subject wins over the context, and in the context the evidence nearest the number wins", () => {
    expect(classifyIndicator("政协提案", "办理人大代表建议108件、政协提案", "件")).toBe("cppcc_proposals");
    expect(classifyIndicator("", "办理人大代表建议108件、政协提案", "件")).toBe("cppcc_proposals");
    expect(classifyIndicator("", "政协提案75件、人大代表建议", "件")).toBe("npc_suggestions");
  });

  it("null inputs return null", () => {
    expect(classifyIndicator(null, null, null)).toBeNull();
    expect(classifyIndicator(undefined, undefined, "件")).toBeNull();
  });
});

describe("data/indicator-catalogue.csv", () => {
  const topics = new Set(readDataCsv("topics.csv").map((t) => t.topic_id));

  it("has at least 25 indicators with unique ids, known topics, known units and a kind hint", () => {
    expect(indicatorCatalogue.length).toBeGreaterThanOrEqual(25);
    expect(new Set(indicatorCatalogue.map((r) => r.indicator_id)).size).toBe(indicatorCatalogue.length);
    for (const row of indicatorCatalogue) {
      expect(topics.has(row.topic_id), `${row.indicator_id} topic ${row.topic_id}`).toBe(true);
      expect(measureWord(row.unit), `${row.indicator_id} unit ${row.unit}`).toBeDefined();
      expect(["count", "rate", "duration", "amount"]).toContain(row.kind_hint);
      expect(row.name_zh && row.name_en).toBeTruthy();
    }
  });

  it("covers the quantities the issue names", () => {
    const ids = new Set(indicatorCatalogue.map((r) => r.indicator_id));
    for (const id of [
      "reconsideration_received",
      "head_court_appearance_rate",
      "normative_docs_reviewed",
      "info_published",
      "npc_suggestions",
      "cppcc_proposals",
      "enforcement_officers_trained",
      "enforcement_officers_certified",
      "legal_aid_cases",
      "disputes_mediated",
      "law_lectures",
      "legality_review_rate"
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it("parseIndicatorCatalogue skips comment lines, splits rules on & and reads a leading ! as not", () => {
    const [row] = parseIndicatorCatalogue(
      "# comment\nindicator_id,name_zh,name_en,unit,topic_id,kind_hint,match\nx,甲,A,件,other,count,复议&!培训\n"
    );
    expect(row.tests.map((t) => [t.re.source, t.negate])).toEqual([
      ["复议", false],
      ["培训", true]
    ]);
    expect(parseIndicatorCatalogue("")).toEqual([]);
    expect(parseCsv("")).toEqual([]);
  });
});
