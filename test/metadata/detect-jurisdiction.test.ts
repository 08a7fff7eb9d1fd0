import {describe, expect, it} from "vitest";
import {detectJurisdiction} from "../../loaders/metadata/detect-jurisdiction.ts";
import {findPlaces} from "../../loaders/metadata/find-places.ts";

describe("findPlaces(text)", () => {
  it.each([
    ["", []],
    ["中共鄂尔多斯市东胜区委员会", ["鄂尔多斯市", "东胜区"]],
    ["辽阳市和辽阳县", ["辽阳市", "辽阳县"]],
    ["中国式现代化巴州实践", ["巴州"]],
    ["巴中市巴州区", ["巴中市", "巴州区"]],
    ["博州和克州", ["博州", "克州"]],
    ["恩施州人民政府", ["恩施州"]],
    ["贯彻落实内蒙古重要讲话", ["内蒙古"]]
  ])("findPlaces(%j) finds %j, longest name first", (text, names) => {
    expect(findPlaces(text).map((m) => m.name)).toEqual(names);
  });
});

const row = (r: ReturnType<typeof detectJurisdiction>) => [
  r.jurisdiction,
  r.level,
  r.parent_jurisdiction,
  r.province,
  r.adcode
];

describe("detectJurisdiction(input)", () => {
  it.each([
    [
      "a district in the title",
      {titles: ["平城区2020年法治政府建设报告"]},
      ["平城区", "district", "大同市", "山西省", "140213"]
    ],
    [
      "the most specific name in the title",
      {titles: ["鄂尔多斯市东胜区关于印发《鄂尔多斯市实施计划》的通知"]},
      ["东胜区", "district", "鄂尔多斯市", "内蒙古自治区", "150602"]
    ],
    [
      "a city short form",
      {titles: ["鄂尔多斯2023年法治政府建设工作要点"]},
      ["鄂尔多斯市", "city", "内蒙古自治区", "内蒙古自治区", "150600"]
    ],
    [
      "an autonomous prefecture from the issuer",
      {titles: ["2024年自治州法治政府建设工作要点"], issuers: ["巴音郭楞蒙古自治州人民政府办公室"]},
      ["巴音郭楞蒙古自治州", "prefecture", "新疆维吾尔自治区", "新疆维吾尔自治区", "652800"]
    ],
    [
      "a stem + 州 short form",
      {titles: ["恩施州2022年法治政府建设情况报告"]},
      ["恩施土家族苗族自治州", "prefecture", "湖北省", "湖北省", "422800"]
    ],
    [
      "a league (盟) as prefecture",
      {titles: ["阿拉善盟2021年法治政府建设工作报告"]},
      ["阿拉善盟", "prefecture", "内蒙古自治区", "内蒙古自治区", "152900"]
    ],
    [
      "a banner (旗) as county",
      {titles: ["准格尔旗法治政府建设实施方案"]},
      ["准格尔旗", "county", "鄂尔多斯市", "内蒙古自治区", "150622"]
    ],
    [
      "a county-level city as county",
      {titles: ["库尔勒市2023年法治政府建设年度报告"]},
      ["库尔勒市", "county", "巴音郭楞蒙古自治州", "新疆维吾尔自治区", "652801"]
    ],
    ["a province", {titles: ["山西省法治政府建设实施方案"]}, ["山西省", "province", null, "山西省", "140000"]],
    [
      "a district of a municipality: parent is the municipality",
      {titles: ["海淀区2022年法治政府建设年度情况报告"]},
      ["海淀区", "district", "北京市", "北京市", "110108"]
    ],
    [
      "城区 resolved by the parent written before it",
      {titles: ["晋城市城区2022年法治政府建设报告"]},
      ["城区", "district", "晋城市", "山西省", "140502"]
    ],
    [
      "城区 resolved by the parent named elsewhere in the text",
      {titles: ["城区2022年法治政府建设报告"], text: "在阳泉市委、市政府的领导下"},
      ["城区", "district", "阳泉市", "山西省", "140302"]
    ],
    [
      "朝阳区 resolved by its province named in the text",
      {titles: ["朝阳区法治政府建设工作要点"], text: "吉林省委"},
      ["朝阳区", "district", "长春市", "吉林省", "220104"]
    ],
    [
      "the name mentioned most in the first paragraphs",
      {head: "2023年,鄂尔多斯市深入贯彻。市本级及东胜区、达拉特旗被命名。鄂尔多斯市和鄂托克前旗", text: "全市"},
      ["鄂尔多斯市", "city", "内蒙古自治区", "内蒙古自治区", "150600"]
    ]
  ])("%s", (_, input, expected) => {
    const result = detectJurisdiction(input);
    expect(row(result)).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });

  it("warns when a repeated name stays ambiguous", () => {
    const result = detectJurisdiction({titles: ["城区2022年法治政府建设报告"], text: "城区2022年法治政府建设报告"});
    expect(row(result)).toEqual(["城区", "district", null, null, null]);
    expect(result.warnings).toEqual(["ambiguous jurisdiction: 城区 matches 3 areas"]);
  });

  it("ignores a two-character name used as an ordinary word in the body", () => {
    const result = detectJurisdiction({head: "推进中心城区和郊区绿化,加强矿区治理"});
    expect(result.jurisdiction).toBeNull();
    expect(result.warnings).toEqual(["jurisdiction not found in the title, issuer or first paragraphs"]);
  });

  it("returns nulls with a warning for empty input", () => {
    expect(detectJurisdiction({})).toEqual({
      jurisdiction: null,
      level: null,
      parent_jurisdiction: null,
      province: null,
      adcode: null,
      warnings: ["jurisdiction not found in the title, issuer or first paragraphs"]
    });
  });
});
