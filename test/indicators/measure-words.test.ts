import {describe, expect, it, test, vi} from "vitest";
import {measureWord, measureWords, parseMeasureWords} from "../../loaders/indicators/measure-words.ts";
import {scanNumbers} from "../../loaders/indicators/scan-numbers.ts";

const MEASURE_WORDS = "../../loaders/indicators/measure-words.ts";

/** Every quantity of text as "value unit". */
function quantities(tokens: ReturnType<typeof scanNumbers>): string[] {
  return tokens.flatMap((t) => (t.type === "quantity" ? [`${t.value}${t.unit}`] : []));
}

/** The quantities of text when data/measure-words.csv lacks `unit` (the number rules are rebuilt without it). */
async function quantitiesWithout(unit: string, text: string): Promise<string[]> {
  vi.resetModules();
  vi.doMock(MEASURE_WORDS, async (importOriginal) => {
    const original = await importOriginal<typeof import("../../loaders/indicators/measure-words.ts")>();
    return {...original, measureWords: original.measureWords.filter((w) => w.unit !== unit)};
  });
  try {
    const fresh = await import("../../loaders/indicators/scan-numbers.ts");
    return quantities(fresh.scanNumbers(text));
  } finally {
    vi.doUnmock(MEASURE_WORDS);
    vi.resetModules();
  }
}

describe("measureWords (data/measure-words.csv)", () => {
  it("lists units longest first, so 个工作日 is tried before 个 and 人次 before 人", () => {
    const units = measureWords.map((w) => w.unit);
    expect(units.indexOf("个工作日")).toBeLessThan(units.indexOf("个"));
    expect(units.indexOf("人次")).toBeLessThan(units.indexOf("人"));
  });

  const cases: [string | null, string | undefined, boolean | undefined, number | null | undefined][] = [
    ["件", "count", true, 10000000],
    ["人次", "person", true, 10000000],
    ["%", "rate", false, 100],
    ["％", "rate", false, 100],
    ["个工作日", "duration", true, 365],
    ["元", "money", false, 1000000000000],
    ["棵", undefined, undefined, undefined],
    [null, undefined, undefined, undefined]
  ];
  for (const [unit, family, cn, max] of cases) {
    it(`measureWord(${JSON.stringify(unit)}) is ${family ?? "undefined"}`, () => {
      const word = measureWord(unit);
      expect([word?.family, word?.cn, word?.max]).toEqual([family, cn, max]);
    });
  }

  it("parseMeasureWords reads comment-headed CSV and empty text returns []", () => {
    expect(parseMeasureWords("# c\nunit,family,cn,max\n次,count,1,\n人次,person,0,5\n")).toEqual([
      {unit: "人次", family: "person", cn: false, max: 5},
      {unit: "次", family: "count", cn: true, max: null}
    ]);
    expect(parseMeasureWords("")).toEqual([]);
    expect(parseMeasureWords("unit,family,cn,max\n亩,,0,\n")).toEqual([
      {unit: "亩", family: "other", cn: false, max: null}
    ]);
  });

  it("measureWord reads the full-width ％ as the row of %", () => {
    expect(measureWord("％")).toBe(measureWord("%"));
  });
});

/** One case per row of data/measure-words.csv: a text, its quantities, which change without that row. */
const unitCases: [unit: string, text: string, quantities: string[]][] = [
  ["个工作日", "承诺办结时限压缩至5个工作日", ["5个工作日"]],
  ["工作日", "办结时限为3工作日", ["3工作日"]],
  ["个百分点", "群众满意度提高2个百分点", ["2个百分点"]],
  ["百分点", "败诉率下降1.5百分点", ["1.5百分点"]],
  ["个月", "试行期为12个月", ["12个月"]],
  ["人次", "培训执法人员2000人次", ["2000人次"]],
  ["件次", "受理咨询1200件次", ["1200件次"]],
  ["场次", "开展普法活动30场次", ["30场次"]],
  ["户次", "走访企业500户次", ["500户次"]],
  ["批次", "抽检食品200批次", ["200批次"]],
  ["车次", "检查运输车辆150车次", ["150车次"]],
  ["小时", "24小时值守", ["24小时"]],
  ["分钟", "打造15分钟公共法律服务圈", ["15分钟"]],
  ["学时", "每人每年不少于40学时", ["40学时"]],
  ["课时", "完成培训20课时", ["20课时"]],
  ["元", "挽回经济损失2100万元", ["21000000元"]],
  ["%", "行政机关负责人出庭应诉率达到100%", ["100%"]],
  ["％", "办结率95％", ["95%"]],
  ["‰", "差错率控制在3‰以内", ["3‰"]],
  ["件", "办理行政复议案件125件", ["125件"]],
  ["人", "培训执法人员300人", ["300人"]],
  ["名", "选聘法律顾问120名", ["120名"]],
  ["位", "邀请5位专家", ["5位"]],
  ["次", "开展专题学习4次", ["4次"]],
  ["场", "举办法治讲座12场", ["12场"]],
  ["个", "建成公共法律服务站18个", ["18个"]],
  ["项", "清理规章制度23项", ["23项"]],
  ["份", "审查合同56份", ["56份"]],
  ["家", "覆盖企业300家", ["300家"]],
  ["条", "梳理权责事项1200条", ["1200条"]],
  ["部", "制定政府规章3部", ["3部"]],
  ["批", "分3批公布", ["3批"]],
  ["期", "举办培训班5期", ["5期"]],
  ["篇", "刊发稿件80篇", ["80篇"]],
  ["户", "走访企业200户", ["200户"]],
  ["起", "查处违法案件15起", ["15起"]],
  ["所", "建成法治学校6所", ["6所"]],
  ["处", "设立服务点9处", ["9处"]],
  ["轮", "开展两轮督察", ["2轮"]],
  ["种", "通过四种方式进行管理", ["4种"]],
  ["类", "梳理三类事项", ["3类"]],
  ["套", "配备执法记录仪50套", ["50套"]],
  ["册", "发放宣传册5000册", ["5000册"]],
  ["本", "印发手册2000本", ["2000本"]],
  ["支", "组建志愿服务队伍12支", ["12支"]],
  ["宗", "调处纠纷30宗", ["30宗"]],
  ["笔", "办理业务800笔", ["800笔"]],
  ["卷", "评查案卷120卷", ["120卷"]],
  ["例", "办理法律援助案件35例", ["35例"]],
  ["座", "建成法治公园4座", ["4座"]],
  ["台", "配备执法终端60台", ["60台"]],
  ["辆", "配备执法车辆10辆", ["10辆"]],
  ["天", "公示期为七天", ["7天"]],
  ["亩", "流转土地500亩", ["500亩"]],
  ["吨", "查扣违法物品2吨", ["2吨"]],
  ["公里", "建成法治绿道12公里", ["12公里"]],
  ["平方米", "建成法治广场3000平方米", ["3000平方米"]]
];

describe("measureWords: each row of data/measure-words.csv has a case that fails without it", () => {
  test.each(unitCases)("%s: %j", async (unit, text, expected) => {
    expect(quantities(scanNumbers(text))).toEqual(expected);
    expect(await quantitiesWithout(unit, text)).not.toEqual(expected);
  });

  it("every unit has a case, and every case names a unit", () => {
    expect(unitCases.map(([unit]) => unit).sort()).toEqual(measureWords.map((w) => w.unit).sort());
  });

  it("a Chinese numeral counts only before a unit with cn=1", () => {
    expect(quantities(scanNumbers("审查合同三份"))).toEqual([]);
    expect(quantities(scanNumbers("办理三件"))).toEqual(["3件"]);
  });
});
