/**
 * tsx bench/bundle-bytes.ts <dir of document bundles> [more dirs…]
 *
 * The bytes of a site's document bundles (`dist/_file/data/documents/` or the site cache's `documents/`) part by
 * part (text, metadata, items, assignments, indicators, removals), as written (columns, encodeBundle) and as rows (the
 * format before columns: what decodeBundle gives, written with JSON.stringify), each also as a multiple of the
 * documents' text in UTF-8, and the files' bytes on disk (gzip-compressed, gzipJson) and as JSON (gunzipped). Every
 * file is decoded and re-encoded: a file whose columns do not decode to rows that encode to the same JSON is reported
 * and the exit code is 1.
 */
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {gunzipSync} from "node:zlib";
import {encodeBundle, type DocumentBundle} from "../loaders/site/document-bundles.ts";

import {decodeBundle, type EncodedBundle} from "../src/components/document-bundle.ts";

const parts = ["text", "document", "items", "assignments", "indicators", "removals"] as const;
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

for (const dir of process.argv.slice(2)) {
  const written = Object.fromEntries(parts.map((p) => [p, 0]));
  const rows = Object.fromEntries(parts.map((p) => [p, 0]));
  let text = 0;
  let files = 0;
  let fileBytes = 0;
  let jsonBytes = 0;
  let mismatched = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const file = readFileSync(join(dir, name));
    const raw = gunzipSync(file).toString("utf-8");
    const encoded = JSON.parse(raw) as EncodedBundle;
    const decoded = decodeBundle(encoded);
    if (JSON.stringify(encodeBundle(decoded as unknown as DocumentBundle)) !== raw) {
      console.error(`bundle-bytes: ${name} does not round-trip`);
      ++mismatched;
    }
    files += 1;
    fileBytes += file.length;
    jsonBytes += Buffer.byteLength(raw);
    text += Buffer.byteLength(encoded.text);
    for (const p of parts) {
      written[p] += bytes(encoded[p]);
      rows[p] += bytes(decoded[p]);
    }
  }
  const ratio = (n: number) => (n / text).toFixed(3);
  const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
  console.log(
    `${dir}: ${files} bundles, ${fileBytes} bytes on disk (${jsonBytes} as JSON), text ${text} bytes (UTF-8)`
  );
  console.log("part\trows bytes\trows ×text\tcolumns bytes\tcolumns ×text");
  for (const p of parts) console.log(`${p}\t${rows[p]}\t${ratio(rows[p])}\t${written[p]}\t${ratio(written[p])}`);
  console.log(`all\t${total(rows)}\t${ratio(total(rows))}\t${total(written)}\t${ratio(total(written))}`);
  if (mismatched) process.exitCode = 1;
}
