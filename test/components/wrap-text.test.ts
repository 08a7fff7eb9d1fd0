import {expect, test} from "vitest";
import {textWidth} from "../../src/components/text-width.ts";
import {wrapText} from "../../src/components/wrap-text.ts";

test("textWidth(text, size) counts a Chinese character as the full size and a Latin one as 0.6 of it", () => {
  expect([textWidth("司法局", 10), textWidth("abc", 10), textWidth("来源: x", 10), textWidth("", 10)]).toEqual([
    30, 18, 38, 0
  ]);
});

test("wrapText(text, maxWidth, size) breaks English at spaces and Chinese between characters", () => {
  expect(wrapText("Source: assignments table, names normalised", 120, 10)).toEqual([
    "Source: assignments",
    "table, names",
    "normalised"
  ]);
  expect(wrapText("来源：assignments 表，部门名称按别名归一。", 100, 10)).toEqual([
    "来源：assignments",
    "表，部门名称按别名归",
    "一。"
  ]);
  expect(wrapText("https://127.0.0.1:3000/agencies?embed=x", 60, 10)).toEqual([
    "https://12",
    "7.0.0.1:30",
    "00/agencie",
    "s?embed=x"
  ]);
  expect(wrapText("  ", 100, 10)).toEqual([]);
});
