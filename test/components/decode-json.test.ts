/** decodeJson: a brief's file (loaders/site/encode-json.ts: tables as columns, keys once) back to what it was. */
import {describe, expect, test} from "vitest";
import {encodeJson} from "../../loaders/site/encode-json.ts";
import {decodeJson} from "../../src/components/decode-json.ts";

const brief = {
  slug: "ordos-city",
  corpus: {jurisdictions: 5, doc_types: ["annual_report", "task_plan"]},
  topics: [
    {topic_id: "review", name_zh: "行政复议", items: 3, share: 0.25},
    {topic_id: "enforcement", name_zh: "行政执法", items: 9, share: 0.75}
  ],
  figures: [
    {
      n: 1,
      kind: "actual",
      section: {labels: ["一、", "(一)"], heading: "强化统筹部署"},
      peers: [
        {slug: "dongsheng-district", value: 100, kind: "target"},
        {slug: "liaoyang-city", value: 95, kind: "target"}
      ]
    },
    {n: 2, kind: "actual", section: {labels: ["一、", "(一)"], heading: "强化统筹部署"}, peers: []},
    {n: 3, kind: "target", section: null, peers: [{slug: "ordos-city", value: 435, kind: "actual"}]}
  ],
  children: [],
  workload: null
};

describe("decodeJson(encodeJson(value))", () => {
  const encoded = encodeJson(brief) as Record<string, unknown>;

  test("gives back the same value, keys in the same order", () => {
    expect(JSON.stringify(decodeJson(JSON.parse(JSON.stringify(encoded))))).toBe(JSON.stringify(brief));
  });

  test("writes each table's keys once: repeated values by index, nested tables as one table with their lengths", () => {
    expect(encoded.topics).toEqual({
      $n: 2,
      $columns: {
        topic_id: ["raw", ["review", "enforcement"]],
        name_zh: ["raw", ["行政复议", "行政执法"]],
        items: ["raw", [3, 9]],
        share: ["raw", [0.25, 0.75]]
      }
    });
    const {$columns} = encoded.figures as {$columns: Record<string, unknown>};
    expect($columns.kind).toEqual(["raw", ["actual", "actual", "target"]]);
    expect($columns.section).toEqual([
      "dict",
      [
        [{labels: ["一、", "(一)"], heading: "强化统筹部署"}, null],
        [0, 0, 1]
      ]
    ]);
    expect($columns.peers).toEqual([
      "rows",
      [
        [2, 0, 1],
        {
          $n: 3,
          $columns: {
            slug: ["raw", ["dongsheng-district", "liaoyang-city", "ordos-city"]],
            value: ["raw", [100, 95, 435]],
            kind: ["raw", ["target", "target", "actual"]]
          }
        }
      ]
    ]);
  });

  test("leaves scalars, empty and one-row arrays and plain objects in their shape", () => {
    expect(encoded.slug).toBe("ordos-city");
    expect(encoded.corpus).toEqual(brief.corpus);
    expect(encodeJson([{a: 1}])).toEqual([{a: 1}]);
    expect(encodeJson([{a: 1}, {b: 2}])).toEqual([{a: 1}, {b: 2}]);
    expect(decodeJson({$n: 0, $columns: {}})).toEqual([]);
  });

  test("gives rows sharing a dict's object their own copies", () => {
    const [a, b] = (decodeJson(encoded) as typeof brief).figures;
    expect(a.section).toEqual(b.section);
    expect(a.section).not.toBe(b.section);
  });

  test("throws on a codec it does not know", () => {
    expect(() => decodeJson({$n: 1, $columns: {a: ["zip", [1]]}})).toThrow("invalid column codec: zip");
  });
});
