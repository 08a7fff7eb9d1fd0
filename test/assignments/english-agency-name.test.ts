import {describe, expect, test} from "vitest";
import {englishAgencyName} from "../../loaders/assignments/english-agency-name.ts";

describe("englishAgencyName(name)", () => {
  test.each([
    ["库尔勒经济技术开发区管委会", "Ku'erle Economic and Technological Development Zone Administrative Committee"],
    ["乡村振兴局", "Xiangcunzhenxing Bureau"],
    ["融媒体中心", "Rongmeiti Center"],
    ["全面依法治区委员会办公室", "Quanmianyifazhiqu Committee Office"],
    ["消防救援大队", "Xiaofangjiuyuan Brigade"],
    ["公安局交警大队", "Gong'anjujiaojing Brigade"],
    ["委员会", "Commission"]
  ])("%s → %s", (zh, en) => {
    expect(englishAgencyName(zh)).toBe(en);
  });

  test("returns an empty string for null or empty input", () => {
    expect(englishAgencyName(null)).toBe("");
    expect(englishAgencyName("")).toBe("");
  });
});
