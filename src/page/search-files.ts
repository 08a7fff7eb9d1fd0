import {findPhrase, phraseBigrams, searchShard, type PhraseHit, type SearchDoc} from "../components/phrase-search.js";

/** The search manifest: the shard count and the documents the postings cite by index. */
export interface SearchManifest {
  version: number;
  shards: number;
  docs: SearchDoc[];
}

/**
 * The files /search reads, fetched once each and counted: the index's manifest and shards
 * (`_file/data/search/<index|k>.json`) and documents' bundles (`_file/data/documents/<doc_id>.json`, for the
 * contexts), relative to the site root `root`. `fetched()` gives the files and bytes fetched so far. A file that
 * is missing throws an error naming it.
 */
export function searchFiles(root = "./") {
  const cache = new Map<string, Promise<unknown>>();
  const counted = {files: 0, bytes: 0};
  const get = <T>(path: string): Promise<T> => {
    if (!cache.has(path)) {
      cache.set(
        path,
        fetch(root + path).then(async (response) => {
          if (!response.ok) throw new Error(`could not load ${path}: HTTP ${response.status}`);
          const bytes = await response.arrayBuffer();
          counted.files += 1;
          counted.bytes += bytes.byteLength;
          return JSON.parse(new TextDecoder().decode(bytes));
        })
      );
    }
    return cache.get(path) as Promise<T>;
  };
  const manifest = () => get<SearchManifest>("_file/data/search/index.json");
  return {
    manifest,
    /** Every occurrence of the (normalised) phrase in the corpus, from the shards of its bigrams. */
    async find(phrase: string): Promise<PhraseHit[]> {
      const {shards} = await manifest();
      const needed = [...new Set(phraseBigrams(phrase).map(({bigram}) => searchShard(bigram, shards)))];
      const loaded = new Map(
        await Promise.all(
          needed.map(async (k) => [k, await get<Record<string, number[]>>(`_file/data/search/${k}.json`)] as const)
        )
      );
      return findPhrase(phrase, (bigram) => loaded.get(searchShard(bigram, shards))?.[bigram]);
    },
    /** The texts of the given documents (by manifest index), from their bundles. */
    async texts(docs: readonly number[]): Promise<Map<number, string>> {
      const {docs: all} = await manifest();
      const texts = await Promise.all(
        docs.map((d) =>
          get<{text: string}>(`_file/data/documents/${encodeURIComponent(all[d].doc_id)}.json`).then((b) => b.text)
        )
      );
      return new Map(docs.map((d, i) => [d, texts[i]]));
    },
    fetched: () => ({...counted})
  };
}
