import {findPhrase, phraseBigrams, searchShard, type PhraseHit} from "../components/phrase-search.js";
import {decodePostingBytes, readShard} from "../components/search-binary.js";
import {expandManifest, type CompactManifest, type SearchManifest} from "../components/search-manifest.js";
import {gunzipped, gunzippedJson} from "./gunzip.js";

export type {SearchManifest};

/**
 * The files /search and /terms read, fetched once each and counted (bytes as transferred): the index's manifest
 * (`_file/data/search/index.json.gz`), its binary shards (`_file/data/search/<k>.bin`) and documents' bundles
 * (`_file/data/documents/<doc_id>.json`, whose `text` gives the contexts), all gzip-compressed (gunzipped), relative to the
 * site root `root`. `fetched()` gives the files and bytes fetched so far. A file that is missing throws an error
 * naming it.
 */
export function searchFiles(root = "./") {
  const cache = new Map<string, Promise<unknown>>();
  const counted = {files: 0, bytes: 0};
  const get = <T>(path: string, read: (bytes: ArrayBuffer) => T | Promise<T>): Promise<T> => {
    if (!cache.has(path)) {
      cache.set(
        path,
        fetch(root + path).then(async (response) => {
          if (!response.ok) throw new Error(`could not load ${path}: HTTP ${response.status}`);
          const bytes = await response.arrayBuffer();
          counted.files += 1;
          counted.bytes += bytes.byteLength;
          return read(bytes);
        })
      );
    }
    return cache.get(path) as Promise<T>;
  };
  const manifest = () =>
    get("_file/data/search/index.json.gz", async (b) => expandManifest(await gunzippedJson<CompactManifest>(b)));
  return {
    manifest,
    /** Every occurrence of the (normalised) phrase in the corpus, from the shards of its bigrams. */
    async find(phrase: string): Promise<PhraseHit[]> {
      const {shards} = await manifest();
      const needed = [...new Set(phraseBigrams(phrase).map(({bigram}) => searchShard(bigram, shards)))];
      const loaded = new Map(
        await Promise.all(
          needed.map(
            async (k) =>
              [k, await get(`_file/data/search/${k}.bin`, async (b) => readShard(await gunzipped(b)))] as const
          )
        )
      );
      return findPhrase(phrase, (bigram) => {
        const bytes = loaded.get(searchShard(bigram, shards))?.get(bigram);
        return bytes && decodePostingBytes(bytes);
      });
    },
    /** The texts of the given documents (by manifest index), from their bundles. */
    async texts(docs: readonly number[]): Promise<Map<number, string>> {
      const {docs: all} = await manifest();
      const texts = await Promise.all(
        docs.map((d) =>
          get(
            `_file/data/documents/${encodeURIComponent(all[d].doc_id)}.json`,
            async (b) => (await gunzippedJson<{text: string}>(b)).text
          )
        )
      );
      return new Map(docs.map((d, i) => [d, texts[i]]));
    },
    fetched: () => ({...counted})
  };
}
