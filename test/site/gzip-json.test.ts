import {expect, test} from "vitest";
import {gunzipSync} from "node:zlib";
import {gunzipJson, gzipJson} from "../../loaders/site/gzip-json.ts";

test("gzipJson(value) is gzip (1f 8b 08) of the value's JSON, the same bytes each time, and gunzipJson reads it back", () => {
  const value = {doc_id: "ordos-2023-report", text: "一、总体要求", n: [1, 2, 3]};
  const bytes = gzipJson(value);
  expect([...bytes.subarray(0, 3)]).toEqual([0x1f, 0x8b, 0x08]);
  expect(gunzipSync(bytes).toString("utf-8")).toBe('{"doc_id":"ordos-2023-report","text":"一、总体要求","n":[1,2,3]}');
  expect(gzipJson(value).equals(bytes)).toBe(true);
  expect(gunzipJson(bytes)).toEqual(value);
});

test("gunzipJson(bytes) reads plain JSON bytes as they are", () => {
  expect(gunzipJson(Buffer.from('{"a":[1,"二"]}'))).toEqual({a: [1, "二"]});
});

test("gzipJson makes a repetitive bundle several times smaller", () => {
  const rows = Array.from({length: 200}, (_, i) => ({item_id: `x:1.${i}`, topic: "依法行政"}));
  expect(gzipJson(rows).length * 5).toBeLessThan(Buffer.byteLength(JSON.stringify(rows)));
});
