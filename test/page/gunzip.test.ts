import {expect, test} from "vitest";
import {gzipSync} from "node:zlib";
import {gunzipped, gunzippedJson} from "../../src/page/gunzip.ts";

const text = '{"text":"全面建设法治政府","n":[1,2]}';
const plain = new TextEncoder().encode(text);

test("gunzipped(bytes) gives the input of gzip back, from an ArrayBuffer or a Uint8Array", async () => {
  const gzip = new Uint8Array(gzipSync(plain));
  expect([...gzip.subarray(0, 3)]).toEqual([0x1f, 0x8b, 0x08]);
  expect([...(await gunzipped(gzip))]).toEqual([...plain]);
  expect([...(await gunzipped(gzip.slice().buffer))]).toEqual([...plain]);
  expect(new TextDecoder().decode(await gunzipped(gzip))).toBe(text);
});

test("gunzipped(bytes) gives bytes without gzip's magic number and method (1f 8b 08) unchanged", async () => {
  expect([...(await gunzipped(plain))]).toEqual([...plain]);
  expect([...(await gunzipped(new Uint8Array([0x1f, 0x8b, 0x07, 1])))]).toEqual([0x1f, 0x8b, 0x07, 1]);
  expect([...(await gunzipped(new Uint8Array([])))]).toEqual([]);
});

test("gunzippedJson(bytes) parses gzip and plain JSON alike", async () => {
  const value = {text: "全面建设法治政府", n: [1, 2]};
  expect(await gunzippedJson(gzipSync(plain))).toEqual(value);
  expect(await gunzippedJson(plain)).toEqual(value);
});
