/** The search index's binary shards: written by loaders/site/search-binary.ts, read by src/components/search-binary.ts. */
import {describe, expect, it} from "vitest";
import {encodePostings, encodeShard, writeVarint} from "../../loaders/site/search-binary.ts";
import {searchIndex} from "../../loaders/site/search-index.ts";
import {decodePostingBytes, readShard} from "../../src/components/search-binary.ts";
import {findPhrase, searchShard} from "../../src/components/phrase-search.ts";

const varint = (n: number) => {
  const out: number[] = [];
  writeVarint(out, n);
  return out;
};

describe("writeVarint(out, value)", () => {
  it("writes unsigned LEB128: 7 bits a byte, low bits first, the high bit on all but the last", () => {
    expect(varint(0)).toEqual([0]);
    expect(varint(127)).toEqual([0x7f]);
    expect(varint(128)).toEqual([0x80, 0x01]);
    expect(varint(300)).toEqual([0xac, 0x02]);
    expect(varint(22797)).toEqual([0x8d, 0xb2, 0x01]); // 复, U+590D
    expect(varint(2 ** 40)).toEqual([0x80, 0x80, 0x80, 0x80, 0x80, 0x20]);
  });

  it("throws on a negative or fractional value", () => {
    expect(() => varint(-1)).toThrow("invalid varint: -1");
    expect(() => varint(1.5)).toThrow("invalid varint: 1.5");
  });
});

describe("encodePostings(flat) and decodePostingBytes(bytes)", () => {
  it("writes each document as its distance from the one before, then n and the offsets' deltas, and reads them back", () => {
    // document 1: starts 2 and 302 (deltas 2, 300); document 5 (gap 4): start 128.
    const flat = [1, 2, 2, 300, 5, 1, 128];
    const bytes = encodePostings(flat);
    expect(bytes).toEqual([1, 2, 2, 0xac, 0x02, 4, 1, 0x80, 0x01]);
    expect([...decodePostingBytes(Uint8Array.from(bytes))]).toEqual(flat);
    expect(encodePostings([])).toEqual([]);
    expect([...decodePostingBytes(new Uint8Array())]).toEqual([]);
  });

  it("refuses documents out of order, and bytes that end inside a varint", () => {
    expect(() => encodePostings([3, 1, 0, 2, 1, 0])).toThrow("invalid postings: document 2 after 3");
    expect(() => decodePostingBytes(Uint8Array.from([1, 1, 0x80]))).toThrow("invalid postings: end inside a varint");
  });
});

describe("encodeShard(shard) and readShard(bytes)", () => {
  it("writes the bigrams with their code units and postings' lengths, then the postings, byte for byte", () => {
    const bytes = encodeShard({ab: [0, 1, 5], bc: [2, 2, 1, 1]});
    expect([...bytes]).toEqual([2, 97, 98, 3, 98, 99, 4, 0, 1, 5, 2, 2, 1, 1]);
    const read = readShard(bytes);
    expect([...read.keys()]).toEqual(["ab", "bc"]);
    expect([...decodePostingBytes(read.get("ab")!)]).toEqual([0, 1, 5]);
    expect([...decodePostingBytes(read.get("bc")!)]).toEqual([2, 2, 1, 1]);
    expect(readShard(encodeShard({})).size).toBe(0);
    expect(readShard(new Uint8Array()).size).toBe(0);
  });

  it("throws on a shard cut short", () => {
    expect(() => readShard(Uint8Array.from([2, 97, 98, 3, 98, 99, 4, 0, 1, 5, 2, 2]))).toThrow(
      "invalid search shard: postings of bc cut short"
    );
  });

  it("round-trips a whole index: every bigram's postings and every phrase found as from the JSON lists", () => {
    const texts = [
      {doc_id: "a", text: "推进“双随机、一公开”监管。双随机抽查".repeat(20)},
      {doc_id: "b", text: "行政复议\n复议"},
      {doc_id: "c", text: "依法行政，行政复议体制改革，行政复议"}
    ];
    const doc = (doc_id: string) => ({
      doc_id,
      title: null,
      jurisdiction: "东胜区",
      jurisdiction_en: null,
      year: 2022,
      doc_type: "task_plan"
    });
    const index = searchIndex(texts, ["a", "b", "c"].map(doc), {shardChars: 64});
    const binary = index.shards.map((shard) => readShard(encodeShard(shard)));
    for (const [k, shard] of index.shards.entries()) {
      expect([...binary[k].keys()]).toEqual(Object.keys(shard));
      for (const [bigram, flat] of Object.entries(shard))
        expect([...decodePostingBytes(binary[k].get(bigram)!)]).toEqual(flat);
    }
    const n = index.manifest.shards;
    const fromBinary = (bigram: string) => {
      const bytes = binary[searchShard(bigram, n)].get(bigram);
      return bytes && decodePostingBytes(bytes);
    };
    const fromJson = (bigram: string) => index.shards[searchShard(bigram, n)][bigram];
    for (const q of ["行政复议", "双随机、一公开", "复议", "双随机", "柔性执法"])
      expect(findPhrase(q, fromBinary)).toEqual(findPhrase(q, fromJson));
    expect(findPhrase("行政复议", fromBinary)).toEqual([
      {doc: 1, start: 0, end: 4},
      {doc: 2, start: 5, end: 9},
      {doc: 2, start: 14, end: 18}
    ]);
    expect(findPhrase("双随机", fromBinary)).toHaveLength(40);
  });
});
