import {describe, expect, test} from "vitest";
import {parseAgencyAliases} from "../../loaders/assignments/agency-aliases.ts";
import {normaliseAgency} from "../../loaders/assignments/normalise-agency.ts";

/** [raw, prefix, expected agency_id] rows. */
function testIds(rows: [string, string | null, string][]) {
  for (const [raw, prefix, id] of rows) {
    test(`normaliseAgency(${JSON.stringify(raw)}${prefix ? `, ${JSON.stringify(prefix)}` : ""}) is ${id}`, () => {
      expect(normaliseAgency(raw, prefix).agency_id).toBe(id);
    });
  }
}

describe("normaliseAgency(raw) drops the jurisdiction prefix, whatever the jurisdiction", () => {
  testIds([
    ["东胜区司法局", null, "justice_bureau"],
    ["鄂尔多斯市司法局", null, "justice_bureau"],
    ["辽阳市司法局", null, "justice_bureau"],
    ["区司法局", null, "justice_bureau"],
    ["州司法局", null, "justice_bureau"],
    ["司法局", null, "justice_bureau"],
    ["巴音郭楞蒙古自治州司法局", null, "justice_bureau"],
    ["内蒙古自治区司法厅", null, "justice_bureau"],
    ["内蒙古自治区鄂尔多斯市东胜区司法局", null, "justice_bureau"],
    ["旗司法局", null, "justice_bureau"],
    ["阿拉善盟司法局", null, "justice_bureau"],
    ["临县司法局", null, "justice_bureau"],
    ["区 司法 局", null, "justice_bureau"],
    ["库尔勒经济技术开发区管委会", null, "development_zone_committee"]
  ]);
});

describe("normaliseAgency(raw) keeps names that begin like a place whole", () => {
  testIds([
    ["市场监督管理局", null, "market_regulation_bureau"],
    ["区市场监督管理局", null, "market_regulation_bureau"],
    ["市市场监管局", null, "market_regulation_bureau"],
    ["区城市管理综合执法局", null, "urban_management_bureau"],
    ["区委依法治区办", null, "rule_of_law_office"],
    ["市委依法治市办", null, "rule_of_law_office"],
    ["旗委全面依法治旗委员会办公室", null, "rule_of_law_office"],
    ["团市委", null, "youth_league"],
    ["共青团东胜区委", null, "youth_league"]
  ]);
});

describe("normaliseAgency(raw) reads 区委/市委/州委 as the party committee and 市政府 as the government", () => {
  testIds([
    ["区委", null, "party_committee"],
    ["中共东胜区委", null, "party_committee"],
    ["区委办", null, "party_committee_office"],
    ["县委办公室", null, "party_committee_office"],
    ["区委组织部", null, "organisation_department"],
    ["州党委组织部", null, "organisation_department"],
    ["中共辽阳市委宣传部", null, "publicity_department"],
    ["区委政法委", null, "political_legal_commission"],
    ["市政府", null, "government"],
    ["区人民政府", null, "government"],
    ["区人大常委会", null, "people_congress_standing_committee"],
    ["区人大办", null, "people_congress_standing_committee"],
    ["市人民代表大会常务委员会", null, "people_congress_standing_committee"],
    ["区政协办", null, "cppcc_committee"]
  ]);
});

describe("normaliseAgency(raw) merges the equivalences of the alias table", () => {
  testIds([
    ["区政府办", null, "government_office"],
    ["市政府办公室", null, "government_office"],
    ["州人民政府办公室", null, "government_office"],
    ["州人民政府办公室(州行政服务中心)", null, "government_office"],
    ["区委编办", null, "establishment_office"],
    ["市编委办", null, "establishment_office"],
    ["州党委编办", null, "establishment_office"],
    ["编办", null, "establishment_office"],
    ["县机构编制委员会办公室", null, "establishment_office"],
    ["区市场监管局", null, "market_regulation_bureau"],
    ["市工商局", null, "market_regulation_bureau"],
    ["县工商行政管理局", null, "market_regulation_bureau"],
    ["市监察局", null, "discipline_supervision_commission"],
    ["区纪委监委机关", null, "discipline_supervision_commission"],
    ["州纪委监委", null, "discipline_supervision_commission"],
    ["市公安局东胜分局", null, "public_security_bureau"],
    ["东胜区公安分局", null, "public_security_bureau"],
    ["市自然资源局东胜分局", null, "natural_resources_bureau"],
    ["市生态环境局东胜分局", null, "ecology_environment_bureau"],
    ["市法制办", null, "justice_bureau"],
    ["市政府法制办公室", null, "justice_bureau"],
    ["区发改委", null, "development_reform_commission"],
    ["市发展改革委", null, "development_reform_commission"],
    ["县发展和改革局", null, "development_reform_commission"],
    ["市人力资源社会保障局", null, "human_resources_social_security_bureau"],
    ["区人社局", null, "human_resources_social_security_bureau"],
    ["区住建局", null, "housing_construction_bureau"],
    ["区农牧局", null, "agriculture_bureau"],
    ["县农业农村局", null, "agriculture_bureau"],
    ["区卫健委", null, "health_commission"],
    ["区行政审批和政务服务局", null, "government_services_bureau"],
    ["市政务服务和数据管理局", null, "government_services_bureau"],
    ["区营商环境建设局", null, "government_services_bureau"],
    ["市公共服务中心", null, "government_services_bureau"],
    ["区文旅局", null, "culture_tourism_bureau"],
    ["区城管局", null, "urban_management_bureau"],
    ["州中级人民法院", null, "court"],
    ["区法院", null, "court"],
    ["区检察院", null, "procuratorate"],
    ["区总工会", null, "trade_union"],
    ["区妇联", null, "women_federation"],
    ["区工商联", null, "federation_industry_commerce"],
    ["区大数据中心", null, "big_data_center"]
  ]);
});

describe("normaliseAgency(raw, prefix) uses the shared prefix only when the name alone is unknown", () => {
  testIds([
    ["办公室", "州党委", "party_committee_office"],
    ["办公室", "州人民政府", "government_office"],
    ["办公室", null, "unknown:办公室"],
    ["发改委", "州党委", "development_reform_commission"],
    ["发改委", null, "development_reform_commission"],
    ["司法局", "州", "justice_bureau"]
  ]);
});

describe("normaliseAgency(raw) marks collective units", () => {
  testIds([
    ["各镇、街道", null, "collective:townships_streets"],
    ["各乡镇(街道)", null, "collective:townships_streets"],
    ["各苏木乡镇(街道)", null, "collective:townships_streets"],
    ["各镇", null, "collective:townships_streets"],
    ["各县(市)区政府", null, "collective:lower_governments"],
    ["各县市人民政府", null, "collective:lower_governments"],
    ["各旗区人民政府", null, "collective:lower_governments"],
    ["县(市、区)人民政府", null, "collective:lower_governments"],
    ["州人民政府各部门", null, "collective:all_departments"],
    ["市直各部门", null, "collective:all_departments"],
    ["区人民政府及其组成部门", null, "collective:all_departments"],
    ["区直有关部门", null, "collective:relevant_departments"],
    ["市政府各相关部门", null, "collective:relevant_departments"],
    ["其他有行政裁决职能的区直部门", null, "collective:relevant_departments"],
    ["区直各执法部门", null, "collective:enforcement_departments"],
    ["州人民政府行政执法部门", null, "collective:enforcement_departments"],
    ["各成员单位", null, "collective:member_units"],
    ["行业主管部门", null, "collective:other"]
  ]);

  test("collective units have kind collective and is_collective true; single agencies do not", () => {
    expect(normaliseAgency("各镇、街道")).toEqual({
      agency_id: "collective:townships_streets",
      name_zh: "各乡镇(街道)",
      kind: "collective",
      is_collective: true
    });
    expect(normaliseAgency("乡村振兴局").is_collective).toBe(false);
    expect(normaliseAgency("区直属机关工委").agency_id).toBe("organs_work_committee");
  });
});

describe("normaliseAgency(raw) gives unknown names a stable id without their jurisdiction", () => {
  testIds([
    ["区网络安全应急指挥中心", null, "unknown:网络安全应急指挥中心"],
    ["鄂尔多斯市网络安全应急指挥中心", null, "unknown:网络安全应急指挥中心"],
    ["州数字化发展领导小组办公室", null, "unknown:数字化发展领导小组办公室"],
    ["区委老干部局", null, "unknown:党委老干部局"],
    ["市场服务中心", null, "unknown:市场服务中心"]
  ]);

  test("an unknown name keeps a kind guessed from its ending", () => {
    expect(normaliseAgency("区网络安全应急指挥中心")).toEqual({
      agency_id: "unknown:网络安全应急指挥中心",
      name_zh: "网络安全应急指挥中心",
      kind: "government",
      is_collective: false
    });
  });
});

describe("normaliseAgency(raw) is total and memoised", () => {
  test("null and empty input return the empty unknown row", () => {
    const empty = {agency_id: "unknown:", name_zh: "", kind: "other", is_collective: false};
    expect(normaliseAgency(null)).toEqual(empty);
    expect(normaliseAgency("")).toEqual(empty);
    expect(normaliseAgency(" \u3000")).toEqual(empty);
  });

  test("the same input returns the same frozen object", () => {
    const first = normaliseAgency("东胜区司法局");
    expect(normaliseAgency("东胜区司法局")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual({agency_id: "justice_bureau", name_zh: "司法局", kind: "government", is_collective: false});
  });

  test("kinds come from the alias table", () => {
    expect(
      ["区委宣传部", "区法院", "区人大常委会", "区妇联", "区司法局"].map((raw) => normaliseAgency(raw).kind)
    ).toEqual(["party", "judicial", "legislature", "mass_organisation", "government"]);
  });
});

describe("parseAgencyAliases(text)", () => {
  test("reads rows after # comments, canonicalising every alias", () => {
    const table = parseAgencyAliases(
      "# comment\nagency_id,name_zh,name_en,kind,aliases\ngov_office,政府办公室,Office,government,政府办|人民政府办公室\n"
    );
    expect(table.rows.map((row) => row.aliases)).toEqual([["政府办公室", "政府办", "人民政府办公室"]]);
    expect([...table.byAlias.keys()]).toEqual(["政府办公室", "政府办"]);
  });

  test("throws when one spelling is listed for two agencies", () => {
    expect(() =>
      parseAgencyAliases("agency_id,name_zh,name_en,kind,aliases\na,甲局,A,government,乙局\nb,乙局,B,government,\n")
    ).toThrow("invalid agency alias: 乙局 is listed for a and b");
  });

  test("throws on an unknown kind", () => {
    expect(() => parseAgencyAliases("agency_id,name_zh,name_en,kind,aliases\na,甲局,A,ministry,\n")).toThrow(
      "invalid agency alias: kind ministry of a"
    );
  });

  test("empty text returns an empty table", () => {
    expect(parseAgencyAliases("").rows).toEqual([]);
  });
});
