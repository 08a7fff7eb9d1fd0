import {describe, expect, test} from "vitest";
import {itemQuotes} from "../../src/components/item-quotes.ts";

const item = (label: string, text: string, topic_id: string, is_task: boolean, char_start: number) => ({
  doc_id: "dongsheng-2022-plan",
  label,
  text,
  topic_id,
  is_task,
  char_start,
  char_end: char_start + text.length
});
const items = [
  item("四、", "四、严格规范公正文明执法", "enforcement", false, 100),
  item("(十)", "(十)深化行政执法体制改革。", "enforcement", true, 120),
  item("(十一)", "(十一)加大重点领域执法力度。", "enforcement", true, 140),
  item("(十二)", "(十二)健全行政复议体制。", "disputes", true, 160)
];

describe("itemQuotes(items, topicId, max)", () => {
  test("gives the topic's tasks (not its headings), in order, linked to their ranges", () => {
    expect(itemQuotes(items, "enforcement")).toEqual([
      {label: "(十)", text: "(十)深化行政执法体制改革。", href: "./document?id=dongsheng-2022-plan#c120-134"},
      {label: "(十一)", text: "(十一)加大重点领域执法力度。", href: "./document?id=dongsheng-2022-plan#c140-155"}
    ]);
  });

  test("cuts a long task at max characters and gives [] for a topic without tasks", () => {
    expect(itemQuotes(items, "disputes", 6)[0].text).toBe("(十二)健全…");
    expect(itemQuotes(items, "leadership")).toEqual([]);
  });
});
