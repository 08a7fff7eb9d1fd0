import {readFileSync} from "node:fs";
import {describe, expect, it} from "vitest";
import {cleanText} from "../../loaders/clean/clean-text.ts";
import {detectDocNumber} from "../../loaders/metadata/detect-doc-number.ts";
import {detectDocType} from "../../loaders/metadata/detect-doc-type.ts";
import {detectIssuedDate} from "../../loaders/metadata/detect-issued-date.ts";
import {detectIssuer} from "../../loaders/metadata/detect-issuer.ts";
import {detectMetadata, detectTitle} from "../../loaders/metadata/detect-metadata.ts";
import {detectYear} from "../../loaders/metadata/detect-year.ts";
import {parseDate} from "../../loaders/text/parse-date.ts";
import {parseInfoFields} from "../../loaders/metadata/parse-info-fields.ts";

function detect(name: string) {
  const raw = readFileSync(`seeds/${name}.txt`, "utf8");
  return detectMetadata(raw, cleanText(raw).text, `seeds/${name}.txt`);
}

describe("detectMetadata(raw, text, sourceFile) on the seeds, without the manifest", () => {
  it.each([
    [
      "dongsheng-2022-plan",
      {
        title: "关于印发《东胜区关于贯彻落实<法治政府建设规划(2020-2025年)>重点任务分解方案》的通知",
        jurisdiction: "东胜区",
        jurisdiction_en: "Dongsheng District",
        level: "district",
        parent_jurisdiction: "鄂尔多斯市",
        province: "内蒙古自治区",
        adcode: "150602",
        doc_type: "task_plan",
        issuer: "中共鄂尔多斯市东胜区委员会全面依法治区委员会",
        doc_number: "东依法委发〔2022〕3号",
        issued_date: "2022-12-29",
        year: 2022
      }
    ],
    [
      "liaoyang-2015-opinion",
      {
        title: "关于加快推进法治政府建设的实施意见",
        jurisdiction: "辽阳市",
        jurisdiction_en: "Liaoyang City",
        level: "city",
        parent_jurisdiction: "辽宁省",
        province: "辽宁省",
        adcode: "211000",
        doc_type: "implementation_opinion",
        issuer: null,
        doc_number: null,
        issued_date: null,
        year: 2015
      }
    ],
    [
      "pingcheng-2020-report",
      {
        title: "平城区2020年法治政府建设报告",
        jurisdiction: "平城区",
        jurisdiction_en: "Pingcheng District",
        level: "district",
        parent_jurisdiction: "大同市",
        province: "山西省",
        adcode: "140213",
        doc_type: "annual_report",
        issuer: "平城区人民政府",
        doc_number: null,
        issued_date: "2021-03-12",
        year: 2020
      }
    ],
    [
      "ordos-2023-report",
      {
        title: null,
        jurisdiction: "鄂尔多斯市",
        jurisdiction_en: "E'erduosi City",
        level: "city",
        parent_jurisdiction: "内蒙古自治区",
        province: "内蒙古自治区",
        adcode: "150600",
        doc_type: "annual_report",
        issuer: "鄂尔多斯市人民政府",
        doc_number: null,
        issued_date: null,
        year: 2023
      }
    ],
    [
      "bayingol-2024-work-points",
      {
        title: "2024年自治州法治政府建设工作要点",
        jurisdiction: "巴音郭楞蒙古自治州",
        jurisdiction_en: "Bayinguoleng Mongol Autonomous Prefecture",
        level: "prefecture",
        parent_jurisdiction: "新疆维吾尔自治区",
        province: "新疆维吾尔自治区",
        adcode: "652800",
        doc_type: "work_points",
        issuer: "巴音郭楞蒙古自治州人民政府办公室",
        doc_number: null,
        issued_date: "2024-03-31",
        year: 2024
      }
    ]
  ])("%s", (name, expected) => {
    const meta = detect(name);
    expect(meta).toMatchObject({...expected, metadata_source: "detected"});
    expect(meta.warnings).toContain(
      `English name transliterated as ${expected.jurisdiction_en}; add a manifest row for a conventional name`
    );
  });

  it("agrees with seeds/manifest.csv on every field the manifest fills, except the hand-written ones", () => {
    const manifest = readFileSync("seeds/manifest.csv", "utf8").trim().split("\n");
    const columns = manifest[0].split(",");
    for (const line of manifest.slice(1)) {
      const row = Object.fromEntries(line.split(",").map((v, i) => [columns[i], v]));
      const meta = detect(row.doc_id) as unknown as Record<string, unknown>;
      for (const column of [
        "jurisdiction",
        "level",
        "parent_jurisdiction",
        "province",
        "adcode",
        "doc_type",
        "doc_number",
        "issued_date",
        "year"
      ]) {
        expect(String(meta[column] ?? ""), `${row.doc_id}.${column}`).toBe(row[column]);
      }
    }
  });

  it("warns how the Liaoyang year was inferred", () => {
    expect(detect("liaoyang-2015-opinion").warnings).toContain(
      "year inferred from the latest document number cited in the text"
    );
  });

  it("returns nulls, other and warnings for empty input", () => {
    expect(detectMetadata("", "", "empty.txt")).toMatchObject({
      title: null,
      jurisdiction: null,
      doc_type: "other",
      issuer: null,
      doc_number: null,
      issued_date: null,
      year: null,
      metadata_source: "detected",
      warnings: ["jurisdiction not found in the title, issuer or first paragraphs", "no title found in empty.txt"]
    });
  });

  it("reads a 政务公开 block with full-width colons from a page the cleaner has already stripped", () => {
    const raw =
      "索引号：11140200/2023-00012\n发布机构：大同市平城区人民政府\n发文字号：平政发〔2023〕5号\n成文日期：2023年02月10日\n平城区2023年法治政府建设工作要点\n一、总体要求";
    const meta = detectMetadata(raw, cleanText(raw).text, "page.html");
    expect(meta).toMatchObject({
      title: "平城区2023年法治政府建设工作要点",
      jurisdiction: "平城区",
      adcode: "140213",
      doc_type: "work_points",
      issuer: "大同市平城区人民政府",
      doc_number: "平政发〔2023〕5号",
      issued_date: "2023-02-10",
      year: 2023
    });
  });
});

describe("detectTitle(text)", () => {
  it.each([
    ["", null],
    ["2023年,某市深入贯彻习近平法治思想,法治政府建设取得明显成效。\n一、总体要求", null],
    ["某县人民政府\n关于印发2023年法治政府建设工作要点的通知\n各乡镇:", "关于印发2023年法治政府建设工作要点的通知"],
    ["关于加快推进法治政府建设的\n实施意见\n各县区:", "关于加快推进法治政府建设的实施意见"],
    ["某政发〔2023〕5号\n某县2023年法治政府建设工作要点\n一、总体要求", "某县2023年法治政府建设工作要点"],
    ["一、总体要求\n(一)指导思想", null]
  ])("detectTitle(%j) → %j", (text, title) => {
    expect(detectTitle(text)).toBe(title);
  });
});

describe("detectDocType(titles, text)", () => {
  it.each([
    [["关于印发《某区法治政府建设重点任务分解方案》的通知"], "", "task_plan"],
    [["自治州贯彻落实《法治政府建设实施纲要(2021—2025年)》分工方案"], "", "task_plan"],
    [["某市2023年法治政府建设任务清单"], "", "task_plan"],
    [["关于加快推进法治政府建设的实施意见"], "", "implementation_opinion"],
    [["某县贯彻落实《法治政府建设实施纲要》实施方案"], "", "implementation_opinion"],
    [["平城区2020年法治政府建设报告"], "", "annual_report"],
    [["某县人民政府关于2022年度法治政府建设情况的报告"], "", "annual_report"],
    [["某局2021年法治政府建设工作总结"], "", "annual_report"],
    [["2024年自治州法治政府建设工作要点"], "", "work_points"],
    [["某区2023年依法行政工作计划"], "", "work_points"],
    [["关于开展执法检查的通知"], "", "other"],
    [[null], "2023年,某市深入贯彻习近平法治思想,法治政府建设取得明显成效。", "annual_report"],
    [[], "现将2022年度法治政府建设情况报告如下:", "annual_report"],
    [[], "", "other"]
  ])("detectDocType(%j, %j) → %s", (titles, text, type) => {
    expect(detectDocType(titles, text)).toBe(type);
  });
});

describe("detectDocNumber(text, fields)", () => {
  it.each([
    ["", {}, null],
    ["正文", {doc_number: "东依法委发〔2022〕3号"}, "东依法委发〔2022〕3号"],
    ["某县人民政府文件\n某政发[2023]12号\n关于印发…的通知", {}, "某政发[2023]12号"],
    ["某政办发(2021)第8号\n标题", {}, "某政办发(2021)第8号"],
    ["围绕贯彻实施《分工方案》(巴党发〔2023〕8号)目标任务", {}, null],
    ["标题\n正文引用\n辽市委发〔2015〕3号要求", {}, null]
  ])("detectDocNumber(%j, %j) → %j", (text, fields, number) => {
    expect(detectDocNumber(text, fields)).toBe(number);
  });
});

describe("detectIssuedDate(text, fields)", () => {
  it.each([
    ["", {}, null, null],
    ["正文", {written_date: "2022-12-29", published_date: "2023-01-05 10:00"}, "2022-12-29", "written-date-field"],
    ["某县人民政府\n2022年12月29日\n正文\n某县司法局\n2023年1月5日", {}, "2023-01-05", "date-line"],
    ["某县人民政府办公室\n二〇二四年三月三十一日", {}, "2024-03-31", "date-line"],
    ["到2025年底前完成。", {published_date: "2021-04-30 10:39"}, "2021-04-30", "published-date-field"]
  ])("detectIssuedDate(%j, %j) → %s from %s", (text, fields, date, source) => {
    expect(detectIssuedDate(text, fields)).toMatchObject({issued_date: date, source});
  });
});

describe("detectIssuer(text, options)", () => {
  it.each([
    ["", {}, null],
    ["正文。\n中共某某县委员会\n全面依法治县委员会\n2022年12月29日", {}, "中共某某县委员会全面依法治县委员会"],
    ["正文。\n中共东胜区委办公室\n东胜区人民政府办公室\n2022年1月2日", {}, "中共东胜区委办公室、东胜区人民政府办公室"],
    ["正文。\n2022年1月2日", {fields: {issuer: "某某市司法局"}}, "某某市司法局"],
    ["正文。", {title: "鄂尔多斯市人民政府关于印发实施方案的通知"}, "鄂尔多斯市人民政府"],
    [
      "印发《某市人民政府关于X的通知》。2024年,某市人民政府将继续推进。",
      {jurisdiction: "某市", isReport: true},
      "某市人民政府"
    ],
    ["印发《某市人民政府关于X的通知》。", {jurisdiction: "某市", isReport: true}, null]
  ])("detectIssuer(%j, %j) → %j", (text, options, issuer) => {
    expect(detectIssuer(text, options)).toBe(issuer);
  });
});

describe("detectYear(input)", () => {
  it.each([
    [{docType: "annual_report", title: "平城区2020年法治政府建设报告", issuedDate: "2021-03-12"}, 2020, "title"],
    [{docType: "annual_report", text: "2023年,鄂尔多斯市深入贯彻。"}, 2023, "opening-sentence"],
    [
      {docType: "annual_report", title: "某县法治政府建设情况报告", issuedDate: "2022-03-01"},
      2021,
      "issued-date-minus-one"
    ],
    [{docType: "work_points", title: "2024年自治州法治政府建设工作要点"}, 2024, "title"],
    [
      {docType: "task_plan", title: "关于贯彻落实《规划(2020-2025年)》分解方案", issuedDate: "2022-12-29"},
      2022,
      "issued-date"
    ],
    [{docType: "task_plan", title: "关于贯彻落实《规划(2020-2025年)》分解方案"}, null, null],
    [{docType: "implementation_opinion", docNumber: "某政发〔2016〕3号"}, 2016, "doc-number"],
    [
      {docType: "implementation_opinion", text: "按照(辽市委发〔2015〕3号)和(国发〔2004〕10号)要求"},
      2015,
      "cited-doc-numbers"
    ],
    [{docType: "other"}, null, null]
  ] as const)("detectYear(%j) → %s from %s", (input, year, source) => {
    expect(detectYear(input)).toMatchObject({year, source});
  });
});

describe("parseInfoFields(raw)", () => {
  it("reads several fields from one line, with spaced labels", () => {
    expect(
      parseInfoFields(
        "索 引 号 0001/2022-04224 主题分类 司法\n发布机构 中共某区委员会 文  号 某发〔2022〕3号\n成文日期 2022-12-29 公文时效"
      )
    ).toEqual({
      index_no: "0001/2022-04224",
      topic: "司法",
      issuer: "中共某区委员会",
      doc_number: "某发〔2022〕3号",
      written_date: "2022-12-29"
    });
  });
  it("returns {} for empty input and for text without labels", () => {
    expect(parseInfoFields("")).toEqual({});
    expect(parseInfoFields("一、总体要求\n坚持依法行政。")).toEqual({});
  });
});

describe("parseDate(text)", () => {
  it.each([
    ["", null],
    ["2022年12月29日", "2022-12-29"],
    ["2022-12-29 00:00", "2022-12-29"],
    ["2021.4.3", "2021-04-03"],
    ["二〇二四年三月三十一日", "2024-03-31"],
    ["二○二三年十二月二十日", "2023-12-20"],
    ["2022年2月30日", null],
    ["到2025年底", null]
  ])("parseDate(%j) → %j", (text, date) => {
    expect(parseDate(text)).toBe(date);
  });
});
