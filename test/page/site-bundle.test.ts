import {gzipSync} from "node:zlib";
import {expect, test, vi} from "vitest";
import {siteBundle, validBundleId} from "../../src/page/site-bundle.ts";

test("validBundleId(id) accepts doc_ids and jurisdiction slugs and refuses paths and other characters", () => {
  const cases: [string, boolean][] = [
    ["dongsheng-2022-plan", true],
    ["liaoyang-city", true],
    ["150602", true],
    ["j-e3b0c442", true],
    ["doc-2", true],
    ["../briefs/liaoyang-city", false],
    ["..", false],
    ["a/b", false],
    ["a%2Fb", false],
    ["Dongsheng", false],
    ["-x", false],
    ["x--y", false],
    ["东胜区", false],
    ["", false]
  ];
  expect(cases.map(([id]) => [id, validBundleId(id)])).toEqual(cases);
});

test("siteBundle(kind, id) reads a gzip-compressed file and a plain JSON one alike (a host may have decoded it)", async () => {
  const brief = {jurisdiction: "鄂尔多斯市", figures: [1, 2]};
  for (const body of [gzipSync(JSON.stringify(brief)), Buffer.from(JSON.stringify(brief))]) {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(new Uint8Array(body), {status: 200}))
    );
    expect(await siteBundle("briefs", "ordos-city", "../")).toEqual(brief);
  }
  vi.unstubAllGlobals();
});
