import {describe, expect, test} from "vitest";
import {provinceName} from "../../src/components/province-name.ts";
import {provinceNames} from "../../src/components/province-names.ts";

describe("provinceName(name, lang)", () => {
  test("the table holds the 34 provincial-level units, each once, each with an English name", () => {
    expect(provinceNames).toHaveLength(34);
    expect(new Set(provinceNames.map(([zh]) => zh)).size).toBe(34);
    for (const [, en] of provinceNames) expect(en).toMatch(/^[A-Z][A-Za-z ]+$/);
  });

  test.each([
    ["内蒙古自治区", "Inner Mongolia"],
    ["内蒙古", "Inner Mongolia"],
    ["新疆维吾尔自治区", "Xinjiang"],
    ["新疆", "Xinjiang"],
    ["辽宁省", "Liaoning"],
    ["山西省", "Shanxi"],
    ["陕西省", "Shaanxi"],
    ["北京市", "Beijing"],
    ["香港特别行政区", "Hong Kong"]
  ])("%s in English is %s", (zh, en) => {
    expect(provinceName(zh, "en")).toBe(en);
  });

  test("Chinese keeps the name; an unknown name and null pass through", () => {
    expect(provinceName("内蒙古自治区", "zh")).toBe("内蒙古自治区");
    expect(provinceName("鄂尔多斯市", "en")).toBe("鄂尔多斯市");
    expect(provinceName(null, "en")).toBe("");
  });
});
