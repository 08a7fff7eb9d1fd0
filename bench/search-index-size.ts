/**
 * tsx bench/search-index-size.ts --tables <dir> [--queries 行政复议,双随机、一公开]
 *
 * Sizes the site's search index (loaders/site/search-index.ts) for an extracted corpus (`<dir>/texts.parquet` and
 * `<dir>/documents.parquet`, as `npm run extract` writes them) without building the site: the time to build it,
 * its shards and bytes as the site writes them (`index.json.gz`, the manifest column by column, and binary `<k>.bin`
 * shards: loaders/site/search-binary.ts; gzip-compressed, and before compression as `*_raw_bytes`), the texts' UTF-8 bytes and the index's bytes over them, and per query
 * the shards fetched (their bytes), the hits and the documents they are in. It builds the index in memory (searchIndex), unlike the site's build, which writes it a
 * batch at a time: peak memory here grows with the corpus. Not part of `npm test`.
 */
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {parseArgs} from "node:util";
import {gzipSync} from "node:zlib";
import {bigramShard} from "../loaders/site/bigram-shard.ts";
import {encodeShard} from "../loaders/site/search-binary.ts";
import {compactManifest, searchIndex, type SearchDocInput} from "../loaders/site/search-index.ts";
import {readParquetRows} from "../loaders/tables/read-parquet.ts";
import {findPhrase, phraseBigrams} from "../src/components/phrase-search.ts";

const {values} = parseArgs({
  options: {tables: {type: "string"}, queries: {type: "string", default: "行政复议,双随机、一公开,柔性执法,依法行政"}}
});
if (!values.tables) throw new Error("invalid arguments: --tables <dir> is required");
const texts = readParquetRows<{doc_id: string; text: string}>(readFileSync(join(values.tables, "texts.parquet")));
const documents = readParquetRows<SearchDocInput>(readFileSync(join(values.tables, "documents.parquet")));
const t0 = performance.now();
const index = searchIndex(texts, documents);
// As the site writes them: gzip-compressed (loaders/site/site-table.ts); `*_raw_bytes` before compression.
const raw = index.shards.map((shard) => encodeShard(shard));
const files = raw.map((bytes) => gzipSync(bytes).byteLength);
const seconds = (performance.now() - t0) / 1000;
const sorted = [...files].sort((a, b) => a - b);
const textBytes = texts.reduce((sum, d) => sum + Buffer.byteLength(d.text ?? ""), 0);
const manifestJson = JSON.stringify(compactManifest(index.manifest));
const manifestBytes = gzipSync(manifestJson).byteLength;
const indexBytes = files.reduce((a, b) => a + b, 0);
const report = {
  documents: documents.length,
  chars: texts.reduce((sum, d) => sum + (d.text ?? "").length, 0),
  text_bytes: textBytes,
  build_and_encode_s: Number(seconds.toFixed(1)),
  shards: files.length,
  manifest_bytes: manifestBytes,
  manifest_raw_bytes: Buffer.byteLength(manifestJson),
  index_bytes: indexBytes,
  index_raw_bytes: raw.reduce((sum, bytes) => sum + bytes.byteLength, 0),
  index_over_text: Number(((indexBytes + manifestBytes) / textBytes).toFixed(3)),
  shard_bytes_median: sorted[sorted.length >> 1],
  shard_bytes_max: sorted[sorted.length - 1],
  queries: values.queries!.split(",").map((q) => {
    const needed = [...new Set(phraseBigrams(q).map(({bigram}) => bigramShard(bigram, files.length)))];
    const hits = findPhrase(q, (bigram) => index.shards[bigramShard(bigram, files.length)][bigram]);
    return {
      query: q,
      shards: needed.length,
      shard_bytes: needed.reduce((sum, k) => sum + files[k], 0),
      hits: hits.length,
      documents: new Set(hits.map((h) => h.doc)).size
    };
  })
};
console.log(JSON.stringify(report, null, 2));
