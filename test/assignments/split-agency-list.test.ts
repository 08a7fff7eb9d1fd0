import {describe, expect, test} from "vitest";
import {splitAgencyList} from "../../loaders/assignments/split-agency-list.ts";

/** [list, expected raw names] rows. */
function testSplits(rows: [string, string[]][]) {
  for (const [list, names] of rows) {
    test(`splitAgencyList(${JSON.stringify(list)}) is ${names.join(" | ") || "empty"}`, () => {
      expect(splitAgencyList(list).map((span) => span.raw)).toEqual(names);
    });
  }
}

describe("splitAgencyList(list) splits on 、 , ， ; ；", () => {
  testSplits([
    ["区政府办、区委编办", ["区政府办", "区委编办"]],
    ["区委编办、区司法局,区检察院、市公安局东胜分局", ["区委编办", "区司法局", "区检察院", "市公安局东胜分局"]],
    ["区司法局；区法院;区检察院，区公安局", ["区司法局", "区法院", "区检察院", "区公安局"]],
    ["区司法局。", ["区司法局"]],
    ["、区司法局、、区法院、", ["区司法局", "区法院"]],
    ["区司 法局 、 区法院", ["区司法局", "区法院"]]
  ]);
});

describe("splitAgencyList(list) splits on spaces only between whole names", () => {
  testSplits([
    ["区司法局 区法院  区检察院", ["区司法局", "区法院", "区检察院"]],
    ["区司法局 法院", ["区司法局", "法院"]],
    ["区司 法局", ["区司法局"]],
    ["区政府 办公室", ["区政府办公室"]],
    ["州人民政府办公室 (州行政服务中心)", ["州人民政府办公室(州行政服务中心)"]],
    ["区公安局 东胜分局", ["区公安局东胜分局"]],
    ["各镇 街道", ["各镇街道"]]
  ]);
});

describe("splitAgencyList(list) keeps collective units and asides whole", () => {
  testSplits([
    ["区直有关部门,各镇、街道", ["区直有关部门", "各镇、街道"]],
    ["各乡镇、街道、区直各部门", ["各乡镇、街道", "区直各部门"]],
    ["各县、市、区人民政府", ["各县、市、区人民政府"]],
    ["各镇党委、政府", ["各镇党委、政府"]],
    ["市政府各相关部门、各县(市)区政府", ["市政府各相关部门", "各县(市)区政府"]],
    ["州人民政府各部门,各县市人民政府", ["州人民政府各部门", "各县市人民政府"]],
    ["州人民政府办公室(州行政服务中心)、司法局", ["州人民政府办公室(州行政服务中心)", "司法局"]],
    ["市公安局(交警支队、治安支队)、市司法局", ["市公安局(交警支队、治安支队)", "市司法局"]],
    ["区司法局、街道", ["区司法局", "街道"]]
  ]);
});

describe("splitAgencyList(list) keeps 和/及/与/等 phrases as written (the labelling rule: they are not separators)", () => {
  testSplits([
    ["区司法局和区法院", ["区司法局和区法院"]],
    ["区纪委监委及有关部门", ["区纪委监委及有关部门"]],
    ["区法院与区检察院", ["区法院与区检察院"]],
    ["市信息办及相关部门", ["市信息办及相关部门"]],
    ["市政府法制办及相关部门和县(区)政府", ["市政府法制办及相关部门和县(区)政府"]],
    ["区住房和城乡建设局", ["区住房和城乡建设局"]],
    ["区行政审批和政务服务局", ["区行政审批和政务服务局"]],
    ["市发展和改革委员会、区人力资源和社会保障局", ["市发展和改革委员会", "区人力资源和社会保障局"]],
    ["区文化和旅游局", ["区文化和旅游局"]],
    ["区直各部门和单位", ["区直各部门和单位"]],
    ["区人民政府及其组成部门", ["区人民政府及其组成部门"]],
    ["区司法局等部门", ["区司法局等部门"]],
    ["区司法局、区法院等", ["区司法局", "区法院等"]],
    ["浦东新区政府等相关区县政府、市政府相关部门", ["浦东新区政府等相关区县政府", "市政府相关部门"]],
    ["市政府各部门、各县〈市、区〉政府", ["市政府各部门", "各县〈市、区〉政府"]]
  ]);
});

describe("splitAgencyList(list) offsets, markers and prefixes", () => {
  test("start/end point at each name in the list, whitespace inside kept in the span", () => {
    const list = " 区司\n法局、 各镇、街道 。";
    const spans = splitAgencyList(list);
    expect(spans.map((span) => [span.start, span.end])).toEqual([
      [1, 6],
      [8, 13]
    ]);
    expect(spans.map((span) => list.slice(span.start, span.end))).toEqual(["区司\n法局", "各镇、街道"]);
  });

  test("a 牵头 marker is cut off and flags the name as lead", () => {
    expect(splitAgencyList("市司法局(牵头)、市法院、市检察院（牵头）").map((span) => [span.raw, span.lead])).toEqual([
      ["市司法局", true],
      ["市法院", false],
      ["市检察院", true]
    ]);
  });

  test("a shared prefix is carried to the names after it and replaced by the next name's own", () => {
    expect(
      splitAgencyList("州党委组织部、编办,州人民政府办公室、司法局、财政局").map((span) => [span.raw, span.prefix])
    ).toEqual([
      ["州党委组织部", null],
      ["编办", "州党委"],
      ["州人民政府办公室", null],
      ["司法局", "州人民政府"],
      ["财政局", "州人民政府"]
    ]);
    expect(splitAgencyList("鄂尔多斯市司法局、公安局").map((span) => span.prefix)).toEqual([null, "鄂尔多斯市"]);
    expect(splitAgencyList("司法局、公安局").map((span) => span.prefix)).toEqual([null, null]);
  });

  test("null and empty input return []", () => {
    expect(splitAgencyList(null)).toEqual([]);
    expect(splitAgencyList("")).toEqual([]);
    expect(splitAgencyList("、 ,")).toEqual([]);
  });
});
