import {describe, expect, it} from "vitest";
import {TokenVocabulary} from "../../loaders/text/token-vocabulary.ts";

describe("TokenVocabulary", () => {
  it("gives each distinct token one id, in order of first sight, and spells it back", () => {
    const vocabulary = new TokenVocabulary();
    expect([...vocabulary.idsOf(["行政", "执法", "行政", "复议"])]).toEqual([0, 1, 0, 2]);
    expect(vocabulary.terms).toEqual(["行政", "执法", "复议"]);
    expect(vocabulary.idsOf([]).length).toBe(0);
  });

  it("keeps a column's values per id until bound() empties the vocabulary", () => {
    const vocabulary = new TokenVocabulary(2);
    const key = {};
    vocabulary.idsOf(["甲", "乙"]);
    vocabulary.column<string>(key)[1] = "seen";
    expect(vocabulary.bound()).toBe(false);
    expect(vocabulary.column<string>(key)[1]).toBe("seen");
    vocabulary.id("丙");
    expect(vocabulary.bound()).toBe(true);
    expect([vocabulary.size, vocabulary.column<string>(key)[1]]).toEqual([0, undefined]);
    expect(vocabulary.id("丙")).toBe(0);
  });

  it("bounded between documents, never holds more than its limit plus one document's distinct tokens", () => {
    const limit = 50;
    const vocabulary = new TokenVocabulary(limit);
    let largest = 0;
    for (let doc = 0; doc < 200; ++doc) {
      vocabulary.bound();
      expect(vocabulary.size).toBeLessThanOrEqual(limit);
      // 20 distinct tokens a document, half of them new to the corpus
      const tokens = Array.from({length: 20}, (_, i) => (i < 10 ? `常${i}` : `新${doc}-${i}`));
      vocabulary.idsOf([...tokens, ...tokens]);
      largest = Math.max(largest, vocabulary.size);
    }
    expect(largest).toBeLessThanOrEqual(limit + 20);
  });

  it.each([0, -1, NaN])("new TokenVocabulary(%d) throws", (limit) => {
    expect(() => new TokenVocabulary(limit)).toThrow(`invalid vocabulary limit: ${limit}`);
  });
});
