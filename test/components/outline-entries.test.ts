import {describe, expect, test} from "vitest";
import {outlineEntries} from "../../src/components/outline-entries.ts";

const item = (
  item_id: string,
  label: string,
  depth: number,
  heading: string | null,
  preview = "",
  is_task = false
) => ({
  item_id,
  label,
  depth,
  heading,
  preview,
  is_task
});

describe("outlineEntries(items)", () => {
  test("keeps headings and items of depth 1–2, with anchor, text and an indent of 1.2em per level", () => {
    const items = [
      item("d:1", "一、", 1, "总体要求"),
      item("d:1.1", "（一）", 2, null, "（一）深入学习贯彻习近平法治思想，把党的领导贯穿法治政府建设全过程", true),
      item("d:1.1.1", "1.", 3, null, "1.完善依法行政制度体系"),
      item("d:1.1.2", "2.", 3, "健全行政决策制度")
    ];
    expect(outlineEntries(items)).toEqual([
      {href: "#i-1", text: "一、 总体要求", indent: 0, is_task: false},
      {href: "#i-1.1", text: "（一） 深入学习贯彻习近平法治思想，把党的领导贯穿法治政…", indent: 1.2, is_task: true},
      {href: "#i-1.1.2", text: "2. 健全行政决策制度", indent: 2.4, is_task: false}
    ]);
  });

  test("gives [] for no items", () => {
    expect(outlineEntries([])).toEqual([]);
  });
});
