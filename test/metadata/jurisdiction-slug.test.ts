import {describe, expect, it} from "vitest";
import {jurisdictionSlug, jurisdictionSlugs} from "../../loaders/metadata/jurisdiction-slug.ts";

describe("jurisdictionSlug", () => {
  it.each([
    [{jurisdiction: "东胜区", jurisdiction_en: "Dongsheng District", adcode: "150602"}, "dongsheng-district"],
    [
      {jurisdiction: "巴音郭楞蒙古自治州", jurisdiction_en: "Bayingol Mongol Autonomous Prefecture", adcode: "652800"},
      "bayingol-mongol-autonomous-prefecture"
    ],
    [{jurisdiction: "城区", jurisdiction_en: "  Chengqu (District) ", adcode: null}, "chengqu-district"],
    [{jurisdiction: "Ürümqi", jurisdiction_en: "Ürümqi City", adcode: null}, "urumqi-city"],
    [{jurisdiction: "平城区", jurisdiction_en: null, adcode: "140213"}, "140213"],
    [{jurisdiction: "平城区", jurisdiction_en: "平城区", adcode: " 140213 "}, "140213"],
    [{jurisdiction: "平城区", jurisdiction_en: null, adcode: "14021"}, "j-388daa05"],
    [{jurisdiction: null, jurisdiction_en: null, adcode: null}, "j-e3b0c442"]
  ])("jurisdictionSlug(%j) is %s", (key, slug) => {
    expect(jurisdictionSlug(key)).toBe(slug);
  });

  it("gives a URL-safe slug for any name", () => {
    for (const key of [{jurisdiction: "鄂尔多斯市/<script>"}, {jurisdiction_en: "A/B?c#d"}, {adcode: "../x"}])
      expect(jurisdictionSlug(key)).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("jurisdictionSlugs", () => {
  it("gives documents of one jurisdiction one slug", () => {
    const d = {jurisdiction: "东胜区", jurisdiction_en: "Dongsheng District", adcode: "150602"};
    expect(jurisdictionSlugs([d, {...d}])).toEqual(["dongsheng-district", "dongsheng-district"]);
  });

  it("appends the adcode when two jurisdictions share an English name", () => {
    expect(
      jurisdictionSlugs([
        {jurisdiction: "城区", jurisdiction_en: "Chengqu District", adcode: "140402"},
        {jurisdiction: "城区", jurisdiction_en: "Chengqu District", adcode: "140502"},
        {jurisdiction: "东胜区", jurisdiction_en: "Dongsheng District", adcode: "150602"}
      ])
    ).toEqual(["chengqu-district-140402", "chengqu-district-140502", "dongsheng-district"]);
  });

  it("returns [] for no rows", () => {
    expect(jurisdictionSlugs([])).toEqual([]);
  });
});
