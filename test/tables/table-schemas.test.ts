import {describe, expect, test} from "vitest";
import {releaseTableSchemas} from "../../loaders/tables/table-schemas.ts";
import {topicTable} from "../../loaders/topics/topic-table.ts";

/** The text outside `backticks` (code and coded values, shown as <code>) and file paths (data/topics.csv). */
const prose = (text: string) => text.replace(/`[^`]*`|[\w/.-]+\.(?:csv|json)/g, "");

describe("releaseTableSchemas: the data dictionary in both languages", () => {
  const entries = releaseTableSchemas.flatMap((t) => [
    [t.name, t.description, t.description_zh],
    ...t.columns.map((c) => [`${t.name}.${c.name}`, c.description, c.description_zh])
  ]);

  test("every table and column has a Chinese description beside its English one", () => {
    expect(entries.length).toBeGreaterThan(100);
    const missing = entries.filter(([, en, zh]) => !en || !/\p{Script=Han}/u.test(zh ?? "")).map(([name]) => name);
    expect(missing).toEqual([]);
  });

  test("coded values and column names in the Chinese descriptions are in backticks (shown as code)", () => {
    const level = releaseTableSchemas[0].columns.find((c) => c.name === "level")!;
    expect(level.description_zh).toMatch(/^层级：`district`\(区\)/);
    // Outside backticks, no snake_case name or dotted column reference is left as prose.
    const bare = entries.filter(([, , zh]) => /[a-z]_[a-z]|[a-z]\.[a-z]/.test(prose(zh)));
    expect(bare.map(([name, , zh]) => `${name}: ${zh}`)).toEqual([]);
  });
});

describe("topicTable(): the topic scopes in both languages", () => {
  test("every topic has its scope in English and in Chinese", () => {
    const topics = topicTable();
    expect(
      topics.map((t) => [t.topic_id, Boolean(t.description), /\p{Script=Han}/u.test(t.description_zh ?? "")])
    ).toEqual(topics.map((t) => [t.topic_id, true, true]));
    expect(topics.find((t) => t.topic_id === "enforcement")!.description_zh).toMatch(/^行政执法：综合行政执法改革/);
  });
});
