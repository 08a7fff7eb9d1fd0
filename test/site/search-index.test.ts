/** searchIndex: the positional bigram index /search reads, and bigramShard, the shard of a bigram. */
import {describe, expect, it} from "vitest";
import {bigramShard} from "../../loaders/site/bigram-shard.ts";
import {
  compactManifest,
  mergeShard,
  searchIndex,
  searchIndexBatches,
  searchManifest
} from "../../loaders/site/search-index.ts";
import {expandManifest} from "../../src/components/search-manifest.ts";
import {decodePostings, findPhrase, searchShard} from "../../src/components/phrase-search.ts";

const doc = (doc_id: string, year: number | null = 2022) => ({
  doc_id,
  title: `${doc_id} title`,
  jurisdiction: "东胜区",
  jurisdiction_en: "Dongsheng District",
  year,
  doc_type: "task_plan"
});

describe("searchIndex(texts, documents)", () => {
  const texts = [
    {doc_id: "a", text: "推进“双随机、一公开”监管。双随机抽查"},
    {doc_id: "b", text: "行政复议\n复议"}
  ];
  const index = searchIndex(texts, [doc("a"), doc("b", null), doc("c")], {shardChars: 8});
  const postings = (bigram: string) => index.shards[bigramShard(bigram, index.manifest.shards)][bigram];

  it("lists every document with its metadata and text length, in the documents' order; a document without text has 0", () => {
    expect(index.manifest.docs.map((d) => [d.doc_id, d.chars, d.year])).toEqual([
      ["a", 19, 2022],
      ["b", 7, null],
      ["c", 0, 2022]
    ]);
    expect(index.manifest.docs[0]).toEqual({...doc("a"), province: null, chars: 19});
  });

  it("writes the manifest column by column, each place and type once, and reads it back the same", () => {
    const docs = [
      {...doc("a"), province: "内蒙古自治区"},
      {...doc("b", null), jurisdiction: "鄂尔多斯市", jurisdiction_en: "Ordos", province: "内蒙古自治区"},
      {...doc("c", 2023), doc_type: "annual_report", province: "内蒙古自治区"}
    ];
    const manifest = searchManifest(texts, docs, {shardChars: 8});
    const compact = compactManifest(manifest);
    expect(compact).toEqual({
      version: 2,
      shards: 4,
      doc_id: ["a", "b", "c"],
      title: ["a title", "b title", "c title"],
      year: [2022, null, 2023],
      chars: [19, 7, 0],
      places: [
        ["东胜区", "Dongsheng District", "内蒙古自治区"],
        ["鄂尔多斯市", "Ordos", "内蒙古自治区"]
      ],
      place: [0, 1, 0],
      types: ["task_plan", "annual_report"],
      type: [0, 0, 1]
    });
    expect(expandManifest(JSON.parse(JSON.stringify(compact)))).toEqual(manifest);
    expect(() => expandManifest({...compact, version: 1 as 2})).toThrow("invalid search manifest: version 1");
  });

  it("has ceil(characters / shardChars) shards, each bigram in the shard bigramShard names", () => {
    expect(index.manifest.shards).toBe(Math.ceil(26 / 8));
    expect(index.shards).toHaveLength(4);
    for (const [k, shard] of index.shards.entries())
      for (const bigram of Object.keys(shard)) expect(bigramShard(bigram, 4)).toBe(k);
  });

  it("posts every start of a bigram per document as [doc, n, first, deltas…]", () => {
    expect(postings("双随")).toEqual([0, 2, 3, 11]);
    expect(decodePostings(postings("双随"))).toEqual(new Map([[0, [3, 14]]]));
    expect(postings("复议")).toEqual([1, 2, 2, 3]);
    expect(postings("、一")).toEqual([0, 1, 6]);
  });

  it("leaves out pairs across a line break, and counts every adjacent pair once", () => {
    expect(postings("议\n")).toBeUndefined();
    expect(postings("\n复")).toBeUndefined();
    const pairs = index.shards.flatMap((shard) => Object.values(shard).map((flat) => decodePostings(flat)));
    const total = pairs.reduce((sum, m) => sum + [...m.values()].reduce((s, p) => s + p.length, 0), 0);
    expect(total).toBe(18 + 6 - 2);
  });

  it("finds every occurrence of a phrase through its shards: 双随机 twice, 双随机、一公开 once, 复议 twice, 柔性执法 never", () => {
    const find = (q: string) => findPhrase(q, postings);
    expect(find("双随机")).toEqual([
      {doc: 0, start: 3, end: 6},
      {doc: 0, start: 14, end: 17}
    ]);
    expect(find("双随机、一公开")).toEqual([{doc: 0, start: 3, end: 10}]);
    expect(find("双随机一公开")).toEqual([]);
    expect(find("复议")).toEqual([
      {doc: 1, start: 2, end: 4},
      {doc: 1, start: 5, end: 7}
    ]);
    expect(find("柔性执法")).toEqual([]);
  });

  it("is the same built one document at a time (batches merged per shard) as in one batch", () => {
    const batched = searchIndex(texts, [doc("a"), doc("b", null), doc("c")], {shardChars: 8, batchChars: 1});
    expect(batched).toEqual(index);
    expect(JSON.stringify(batched)).toBe(JSON.stringify(index));
  });

  it("gives one empty shard for no documents, and leaves out texts of documents not listed", () => {
    expect(searchIndex([], [])).toEqual({manifest: {version: 2, shards: 1, docs: []}, shards: [{}]});
    expect(searchIndex([{doc_id: "x", text: "行政"}], [])).toEqual({
      manifest: {version: 2, shards: 1, docs: []},
      shards: [{}]
    });
  });
});

describe("searchIndexBatches(texts, manifest) and mergeShard(pieces)", () => {
  it("yields a batch each time batchChars characters are reached, and the pieces concatenate per bigram", () => {
    const texts = [
      {doc_id: "a", text: "行政复议"},
      {doc_id: "b", text: "复议机关"},
      {doc_id: "c", text: "复议"}
    ];
    const manifest = searchManifest(texts, [doc("a"), doc("b"), doc("c")], {shardChars: 100});
    const batches = [...searchIndexBatches(texts, manifest, {batchChars: 5})];
    expect(batches.map((b) => [...b.get(0)!.keys()])).toEqual([["行政", "政复", "复议", "议机", "机关"], ["复议"]]);
    expect(mergeShard(batches.map((b) => b.get(0)!))["复议"]).toEqual([0, 1, 2, 1, 1, 0, 2, 1, 0]);
    expect(mergeShard([])).toEqual({});
  });
});

describe("bigramShard(bigram, shards)", () => {
  it("agrees with the site's searchShard on every bigram of a real text and on ASCII, and spreads them", () => {
    const text = "深入推进依法行政，加快建设法治政府，行政复议体制改革 (2022) ABC";
    const used = new Set<number>();
    for (let i = 0; i + 1 < text.length; ++i) {
      const bigram = text.slice(i, i + 2);
      for (const n of [1, 7, 64]) expect(searchShard(bigram, n)).toBe(bigramShard(bigram, n));
      used.add(bigramShard(bigram, 64));
    }
    expect(bigramShard("行政", 1)).toBe(0);
    expect(used.size).toBeGreaterThan(20);
  });
});
