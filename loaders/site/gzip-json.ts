import {gunzipSync, gzipSync} from "node:zlib";

/**
 * The bytes of a site file the page fetches one at a time (documents' bundles, briefs, per-plan follow files): the
 * value as JSON, gzip-compressed (Node writes no time in the header, so the same value gives the same bytes). The page
 * gunzips them (src/page/gunzip.ts), whatever the host's Content-Encoding.
 */
export function gzipJson(value: unknown): Buffer {
  return gzipSync(JSON.stringify(value));
}

/** The JSON value in a file gzipJson wrote; plain JSON bytes (no gzip magic number 1f 8b 08) are read as they are. */
export function gunzipJson<T = unknown>(bytes: Uint8Array): T {
  const gzip = bytes[0] === 0x1f && bytes[1] === 0x8b && bytes[2] === 0x08;
  return JSON.parse(Buffer.from(gzip ? gunzipSync(bytes) : bytes).toString("utf-8")) as T;
}
