/** phrase-search: the query side of /search (normalising, the covering bigrams, decoding postings, exact matches). */
import {describe, expect, it} from "vitest";
import {decodePostings, findPhrase, normaliseQuery, phraseBigrams} from "../../src/components/phrase-search.ts";

/** Postings of every bigram of the given texts, in the index's flat form. */
function postingsOf(texts: string[]): (bigram: string) => number[] | undefined {
  const map = new Map<string, number[]>();
  texts.forEach((text, doc) => {
    const starts = new Map<string, number[]>();
    for (let i = 0; i + 1 < text.length; ++i)
      starts.set(text.slice(i, i + 2), [...(starts.get(text.slice(i, i + 2)) ?? []), i]);
    for (const [bigram, s] of starts)
      map.set(bigram, [...(map.get(bigram) ?? []), doc, s.length, ...s.map((p, k) => (k ? p - s[k - 1] : p))]);
  });
  return (bigram) => map.get(bigram);
}

describe("normaliseQuery(query)", () => {
  it("trims and maps full-width ASCII to half-width, as the texts were normalised; null gives ''", () => {
    expect(normaliseQuery("  （一）行政复议，  ")).toBe("(一)行政复议,");
    expect(normaliseQuery("双随机、一公开")).toBe("双随机、一公开");
    expect(normaliseQuery(null)).toBe("");
  });
});

describe("phraseBigrams(phrase)", () => {
  it("takes the bigrams at even offsets and the last one, covering every character", () => {
    expect(phraseBigrams("行政复议")).toEqual([
      {offset: 0, bigram: "行政"},
      {offset: 2, bigram: "复议"}
    ]);
    expect(phraseBigrams("柔性执法人").map((b) => b.offset)).toEqual([0, 2, 3]);
    expect(phraseBigrams("行政复议体制改革").map((b) => b.bigram)).toEqual(["行政", "复议", "体制", "改革"]);
  });

  it("gives [] for fewer than two characters or a line break", () => {
    expect(phraseBigrams("行")).toEqual([]);
    expect(phraseBigrams("")).toEqual([]);
    expect(phraseBigrams("行\n政")).toEqual([]);
  });
});

describe("decodePostings(flat)", () => {
  it("turns [doc, n, first, deltas…] into starts per document; [] gives an empty map", () => {
    expect(decodePostings([0, 3, 5, 2, 10, 4, 1, 7])).toEqual(
      new Map([
        [0, [5, 7, 17]],
        [4, [7]]
      ])
    );
    expect(decodePostings([])).toEqual(new Map());
  });
});

describe("findPhrase(phrase, postings)", () => {
  const texts = ["行政复议机关办理行政复议案件,行政复议", "行政行政复议复议", "复议行政"];
  const postings = postingsOf(texts);

  it("finds exactly the occurrences a substring search finds, in document then offset order", () => {
    for (const q of ["行政复议", "行政", "复议", "复议机关办理", "议案", "行政复议复议", "政复"]) {
      const expected = texts.flatMap((text, doc) =>
        [...text.matchAll(new RegExp(`(?=${q})`, "g"))].map((m) => ({doc, start: m.index, end: m.index + q.length}))
      );
      expect(findPhrase(q, postings)).toEqual(expected);
    }
    expect(findPhrase("行政复议", postings)).toHaveLength(4);
  });

  it("does not match where the bigrams occur apart: 复议行政 once, 行政复议行政 never", () => {
    expect(findPhrase("复议行政", postings)).toEqual([{doc: 2, start: 0, end: 4}]);
    expect(findPhrase("行政复议行政", postings)).toEqual([]);
  });

  it("counts overlapping occurrences: 哈哈 three times in 哈哈哈哈", () => {
    expect(findPhrase("哈哈", postingsOf(["哈哈哈哈"])).map((h) => h.start)).toEqual([0, 1, 2]);
  });

  it("agrees with a substring search on texts of two letters, where every phrase overlaps and repeats", () => {
    // A fixed pseudo-random sequence (a linear congruential generator), so the test is the same on every run.
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const random = Array.from({length: 6}, () => Array.from({length: 60}, () => "ab"[(next() >>> 16) & 1]).join(""));
    const from = postingsOf(random);
    for (const q of ["ab", "aa", "aba", "abab", "aaab", "babba", "aaaaa"]) {
      const expected = random.flatMap((text, doc) =>
        [...text.matchAll(new RegExp(`(?=${q})`, "g"))].map((m) => ({doc, start: m.index, end: m.index + q.length}))
      );
      expect(findPhrase(q, from)).toEqual(expected);
    }
    expect(findPhrase("abab", from).length).toBeGreaterThan(10);
  });

  it("gives [] for one character, or a bigram the corpus lacks", () => {
    expect(findPhrase("行", postings)).toEqual([]);
    expect(findPhrase("柔性执法", postings)).toEqual([]);
  });
});
