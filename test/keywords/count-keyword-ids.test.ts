import {describe, expect, it} from "vitest";
import {countKeywordIds} from "../../loaders/keywords/count-keyword-ids.ts";
import {countTerms} from "../../loaders/keywords/count-terms.ts";
import {keywordTerms} from "../../loaders/keywords/keyword-terms.ts";
import {TokenVocabulary} from "../../loaders/text/token-vocabulary.ts";

const run = (tokens: string[], vocabulary = new TokenVocabulary(), start = 0, end = tokens.length) => ({
  ids: vocabulary.idsOf(tokens),
  start,
  end,
  vocabulary
});

describe("countKeywordIds(run, stop)", () => {
  it("counts the keyword terms in order of first occurrence, as countTerms(keywordTerms(tokens)) does", () => {
    const tokens = ["“行政复议”", "的", "执法", "2020", "行政复议", "执法", "推进", "A", "互联网+", "执法"];
    const stop = new Set(["推进"]);
    const counted = countTerms(keywordTerms(tokens, stop));
    expect(countKeywordIds(run(tokens), stop)).toEqual({
      terms: [...counted.keys()],
      counts: [...counted.values()],
      length: 6
    });
    expect(countKeywordIds(run(tokens), stop)).toEqual({
      terms: ["行政复议", "执法", "互联网+"],
      counts: [2, 3, 1],
      length: 6
    });
  });

  it("counts only its run, and two stop lists on one vocabulary keep their own verdicts", () => {
    const vocabulary = new TokenVocabulary();
    const tokens = ["执法", "复议", "执法", "复议", "复议"];
    const r = run(tokens, vocabulary, 1, 4);
    expect(countKeywordIds(r, new Set())).toEqual({terms: ["复议", "执法"], counts: [2, 1], length: 3});
    expect(countKeywordIds(r, new Set(["复议"]))).toEqual({terms: ["执法"], counts: [1], length: 1});
    // counts start from zero again on every call
    expect(countKeywordIds(r, new Set())).toEqual({terms: ["复议", "执法"], counts: [2, 1], length: 3});
  });

  it("an empty run gives no terms", () => {
    expect(countKeywordIds(run([]))).toEqual({terms: [], counts: [], length: 0});
  });
});
