import {describe, expect, it} from "vitest";
import {relatedJurisdictions} from "../../loaders/site/related-jurisdictions.ts";

describe("relatedJurisdictions(jurisdictions)", () => {
  const seeds = [
    {slug: "bayingol", adcode: "652800"},
    {slug: "dongsheng-district", adcode: "150602"},
    {slug: "liaoyang-city", adcode: "211000"},
    {slug: "ordos-city", adcode: "150600"},
    {slug: "pingcheng-district", adcode: "140213"}
  ];

  it("on the seeds: 东胜区 150602 is a child of 鄂尔多斯市 150600, and nothing else is related", () => {
    const related = relatedJurisdictions(seeds);
    expect(related.get("ordos-city")).toEqual({parent: null, children: ["dongsheng-district"]});
    expect(related.get("dongsheng-district")).toEqual({parent: "ordos-city", children: []});
    // 平城区 140213 is in 大同市 140200, which has no document: no parent in the corpus
    for (const slug of ["bayingol", "liaoyang-city", "pingcheng-district"])
      expect(related.get(slug)).toEqual({parent: null, children: []});
  });

  it("takes the nearest ancestor in the corpus: the province when the prefecture has no document", () => {
    const related = relatedJurisdictions([
      {slug: "inner-mongolia", adcode: "150000"},
      {slug: "ordos", adcode: "150600"},
      {slug: "dongsheng", adcode: "150602"},
      {slug: "hohhot-xincheng", adcode: "150102"}
    ]);
    expect(Object.fromEntries(related)).toEqual({
      "inner-mongolia": {parent: null, children: ["hohhot-xincheng", "ordos"]},
      ordos: {parent: "inner-mongolia", children: ["dongsheng"]},
      dongsheng: {parent: "ordos", children: []},
      "hohhot-xincheng": {parent: "inner-mongolia", children: []}
    });
  });

  it("relates a municipality's districts to the municipality (110105 → 110000), not to its 市辖区 1101", () => {
    const related = relatedJurisdictions([
      {slug: "beijing", adcode: "110000"},
      {slug: "chaoyang", adcode: "110105"},
      {slug: "shanghai-pudong", adcode: "310115"},
      {slug: "chongqing-wanzhou", adcode: "500101"}
    ]);
    expect(Object.fromEntries(related)).toEqual({
      beijing: {parent: null, children: ["chaoyang"]},
      chaoyang: {parent: "beijing", children: []},
      "shanghai-pudong": {parent: null, children: []},
      "chongqing-wanzhou": {parent: null, children: []}
    });
  });

  it("relates nothing without codes, and gives an empty map for no jurisdictions", () => {
    expect(
      Object.fromEntries(
        relatedJurisdictions([
          {slug: "a", adcode: null},
          {slug: "b", adcode: "150000"}
        ])
      )
    ).toEqual({
      a: {parent: null, children: []},
      b: {parent: null, children: []}
    });
    expect(relatedJurisdictions([]).size).toBe(0);
  });
});
