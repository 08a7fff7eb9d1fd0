/**
 * The shard of the search index that holds a bigram's postings: FNV-1a over its two UTF-16 code units, modulo
 * `shards`. The site's search page computes the same with src/components/phrase-search.ts (components may not
 * import from loaders/; a spec checks that the two agree). A string shorter than two code units gives shard 0.
 */
export function bigramShard(bigram: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < 2 && i < bigram.length; ++i) {
    const c = bigram.charCodeAt(i);
    hash = Math.imul(hash ^ (c & 0xff), 0x01000193);
    hash = Math.imul(hash ^ (c >>> 8), 0x01000193);
  }
  return (hash >>> 0) % shards;
}
