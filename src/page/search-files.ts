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
  /** A document's text, from its bundle. */
  const text = (docId: string) =>
    get(
      `_file/data/documents/${encodeURIComponent(docId)}.json`,
      async (b) => (await gunzippedJson<{text: string}>(b)).text
    );
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
    /**
     * The texts of the given documents (by manifest index) in two steps: every bundle is requested at once, in order;
     * the first value is a Map of the texts of the documents from the first up to the first one still missing, as
     * soon as the first has arrived, and the second (a new Map) has every document's text, once all have arrived
     * (one value when all were in by the first). Each step redraws the page, so the rows between are not drawn one
     * arrival at a time. No documents give one empty Map. A bundle that fails throws when it is reached.
     */
    async *textsInOrder(docs: readonly number[]): AsyncGenerator<Map<number, string>, void, unknown> {
      const {docs: all} = await manifest();
      const arrived = docs.map(() => false);
      const pending = docs.map((d, i) => {
        const p = text(all[d].doc_id);
        // Marked as handled here; the error is thrown below, when the document is reached.
        p.then(() => (arrived[i] = true)).catch(() => {});
        return p;
      });
      const texts = new Map<number, string>();
      let i = 0;
      if (docs.length > 0) {
        texts.set(docs[0], await pending[0]);
        for (i = 1; i < docs.length && arrived[i]; i += 1) texts.set(docs[i], await pending[i]);
      }
      yield texts;
      if (i >= docs.length) return;
      const rest = await Promise.all(pending.slice(i));
      yield new Map([...texts, ...rest.map((t, j) => [docs[i + j], t] as const)]);
    },
    /**
     * Requests the bundles of the given documents (by manifest index) now, without waiting for them: textsInOrder of
     * the same documents then reuses the requests. /search calls it as soon as it knows the page's hits, so the
     * first document's file is on its way before the next cells run (issue 15: 50–65 ms sooner to the first row at
     * 10,000 documents). A bundle that fails throws when textsInOrder reaches it, not here.
     */
    prefetch(docs: readonly number[]): void {
      manifest()
        .then(({docs: all}) => {
          for (const d of docs) text(all[d].doc_id).catch(() => {});
        })
        .catch(() => {});
    },
    fetched: () => ({...counted})
  };
}
