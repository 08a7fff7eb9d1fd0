import {describe, expect, test} from "vitest";
import {englishAgencyName} from "../../loaders/assignments/english-agency-name.ts";

describe("englishAgencyName(name)", () => {
  test.each([
    ["库尔勒经济技术开发区管委会", "Ku'erle Economic and Technological Development Zone Administrative Committee"],
    ["乡村振兴局", "Rural Revitalisation Bureau"],
    ["融媒体中心", "Convergence Media Center"],
    ["全面依法治区委员会办公室", "Quanmianyifazhiqu Committee Office"],
    ["消防救援大队", "Fire and Rescue Brigade"],
    ["公安局交警大队", "Public Security Bureau Traffic Police Brigade"],
    // Stems before pinyin: every part of the name is known.
    ["市场监督管理局", "Market Regulation Bureau"],
    ["数字化发展领导小组办公室", "Digital Development Leading Group Office"],
    ["网络安全应急指挥中心", "Cybersecurity Emergency Command Center"],
    // Only the characters no stem covers are pinyin.
    ["和田乡村振兴局", "Hetian Rural Revitalisation Bureau"],
    ["委员会", "Commission"]
  ])("%s → %s", (zh, en) => {
    expect(englishAgencyName(zh)).toBe(en);
  });

  test("returns an empty string for null or empty input", () => {
    expect(englishAgencyName(null)).toBe("");
    expect(englishAgencyName("")).toBe("");
  });
});
