import {describe, expect, test} from "vitest";
import {parseShard} from "../../loaders/run/parse-shard.ts";
import {shardOf} from "../../loaders/run/shard-of.ts";

describe("parseShard(value)", () => {
  test.each([
    ["1/2", {k: 1, n: 2}],
    ["2/2", {k: 2, n: 2}],
    [" 3 / 10 ", {k: 3, n: 10}]
  ])("parses %j", (value, expected) => expect(parseShard(value)).toEqual(expected));

  test("returns null when no shard is given", () => expect(parseShard(undefined)).toBe(null));

  test.each(["0/2", "3/2", "1", "a/b", "1/0"])("throws invalid shard for %j", (value) =>
    expect(() => parseShard(value)).toThrow(`invalid shard: ${value}`)
  );
});

describe("shardOf(relativePath, n)", () => {
  test("is 1 for n = 1 and stable for a path, whatever the separator", () => {
    expect(shardOf("docs/000/a.txt", 1)).toBe(1);
    expect(shardOf("docs/000/a.txt", 2)).toBe(shardOf("docs\\000\\a.txt", 2));
  });

  test("spreads 1,000 paths over 4 shards roughly evenly", () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 1000; ++i) counts[shardOf(`docs/${i}.txt`, 4) - 1]++;
    for (const c of counts) expect(c).toBeGreaterThan(200);
  });
});
