/**
 * The bytes of a file the build wrote gzip-compressed (the search index, documents' bundles, briefs, per-plan follow
 * files), gunzipped (DecompressionStream) when they start with gzip's magic number and method (1f 8b 08); other bytes
 * are given back as they are: a host that serves the files with `Content-Encoding: gzip` (by extension or because it
 * compressed them again) hands the page bytes the browser has already decompressed once.
 */
export async function gunzipped(bytes: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (!(view[0] === 0x1f && view[1] === 0x8b && view[2] === 0x08)) return view;
  // The fetched bytes are an ArrayBuffer's, never a SharedArrayBuffer's, which Blob does not take.
  const stream = new Blob([view as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The JSON value in a file's bytes, gunzipped first when they are gzip (gunzipped). */
export async function gunzippedJson<T = unknown>(bytes: ArrayBuffer | Uint8Array): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await gunzipped(bytes))) as T;
}
