import {existsSync, mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {countTerms} from "../../loaders/keywords/count-terms.ts";
import {keywordAccumulator} from "../../loaders/keywords/keyword-accumulator.ts";
import {keywordTerms} from "../../loaders/keywords/keyword-terms.ts";
import {keywords} from "../../loaders/keywords/keywords.ts";

const stop = new Set<string>(["工作"]);
const docs = [
  {doc_id: "a", tokens: "行政 执法 行政 执法 行政 执法 复议 工作 法治 法治".split(" ")},
  {doc_id: "b", tokens: "复议 复议 复议 应诉 应诉 应诉 法治 行政".split(" ")},
  {doc_id: "c", tokens: "普法 普法 普法 宣传 法治 执法".split(" ")}
];

describe("keywordAccumulator(spillFile)", () => {
  test("ranks the documents added one at a time exactly as keywords() ranks them all at once", () => {
    const acc = keywordAccumulator(join(mkdtempSync(join(tmpdir(), "kw-")), "spill"));
    for (const {doc_id, tokens} of docs) {
      const counts = countTerms(keywordTerms(tokens, stop));
      acc.add(
        doc_id,
        [...counts.keys()],
        [...counts.values()],
        [...counts.values()].reduce((a, b) => a + b, 0)
      );
    }
    const rows = [...acc.rows()].flat();
    acc.dispose();
    expect(rows).toEqual(keywords(docs, {stop}));
    expect(rows.filter((r) => r.method === "keyness").map((r) => [r.doc_id, r.term, r.count])).toEqual([
      ["a", "执法", 3],
      ["a", "行政", 3],
      ["b", "应诉", 3],
      ["b", "复议", 3],
      ["c", "普法", 3]
    ]);
  });

  test("yields nothing when no document was added", () => {
    const acc = keywordAccumulator(join(mkdtempSync(join(tmpdir(), "kw-")), "spill"));
    expect([...acc.rows()]).toEqual([]);
    acc.dispose();
  });

  test("dispose() removes the spill file, and a second dispose() does nothing (it closed a closed file: EBADF)", () => {
    const file = join(mkdtempSync(join(tmpdir(), "kw-")), "spill");
    const acc = keywordAccumulator(file);
    acc.add("a", ["法治"], [1], 1);
    [...acc.rows()];
    acc.dispose();
    expect(existsSync(file)).toBe(false);
    expect(() => acc.dispose()).not.toThrow();
  });
});
