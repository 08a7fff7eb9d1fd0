import {cpSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {Worker} from "node:worker_threads";
import {describe, expect, it} from "vitest";
// @ts-expect-error: a plain .mjs script (npm's postinstall runs it before any TypeScript tooling is set up)
import {main, patchSources, PATCHES, STAMP} from "../../scripts/patch-nodejieba.mjs";

const dir = dirname(createRequire(import.meta.url).resolve("nodejieba/package.json"));

/** RSS added by nodejieba.load() in a fresh thread, MB, and the top TextRank keyword of a sentence afterwards. */
function loadInWorker(): Promise<{loadMb: number; top: string}> {
  const code = `
    const {parentPort} = require("node:worker_threads");
    const nodejieba = require(${JSON.stringify(dir)});
    const before = process.memoryUsage().rss;
    nodejieba.load();
    const loadMb = (process.memoryUsage().rss - before) / 1048576;
    const [top] = nodejieba.textRankExtract("推进法治政府建设，深化行政执法体制改革，严格规范公正文明执法，法治政府建设", 3);
    parentPort.postMessage({loadMb, top: top.word});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, {eval: true});
    worker.once("message", (message) => (resolve(message), void worker.terminate()));
    worker.once("error", reject);
  });
}

describe("scripts/patch-nodejieba.mjs (npm's postinstall)", () => {
  it("left the installed nodejieba built from the patched source: every replacement present once, and the stamp", () => {
    for (const [file, , to] of PATCHES as [string, string, string][])
      expect(readFileSync(join(dir, file), "utf8").split(to).length, file).toBe(2);
    expect(readFileSync(join(dir, STAMP), "utf8")).toContain("TextRank extractor built on first use");
    expect(main(["--check"])).toBe(0);
  });

  it("load() in a fresh thread costs the segmenter's dictionary only (about 130 MB, not 240), and textRankExtract still works", async () => {
    const {loadMb, top} = await loadInWorker();
    expect(loadMb).toBeGreaterThan(60);
    expect(loadMb).toBeLessThan(180);
    expect(top).toBe("法治");
  });
});

describe("patchSources(dir)", () => {
  /** A copy of nodejieba's lib/ with the patches taken out again: the stock 3.5.8 sources. */
  function stockCopy(): string {
    const copy = mkdtempSync(join(tmpdir(), "nodejieba-src-"));
    cpSync(join(dir, "lib"), join(copy, "lib"), {recursive: true});
    for (const [file, from, to] of [...(PATCHES as [string, string, string][])].reverse()) {
      const path = join(copy, file);
      writeFileSync(
        path,
        readFileSync(path, "utf8").replace(to, () => from)
      );
    }
    return copy;
  }

  it("turns the stock sources into the installed ones and gives back the stock texts", () => {
    const copy = stockCopy();
    const stock = readFileSync(join(copy, "lib/nodejieba.cpp"), "utf8");
    expect(stock).toContain("::TextRankExtractor(dictPath,");
    const {stock: texts, reason} = patchSources(copy) as {stock: Map<string, string>; reason?: string};
    expect(reason).toBeUndefined();
    expect(texts.get(join(copy, "lib/nodejieba.cpp"))).toBe(stock);
    for (const file of ["lib/nodejieba.cpp", "lib/nodejieba.h"])
      expect(readFileSync(join(copy, file), "utf8"), file).toBe(readFileSync(join(dir, file), "utf8"));
  });

  it("writes nothing and says why when a source is not nodejieba 3.5.8's", () => {
    const copy = stockCopy();
    const cpp = join(copy, "lib/nodejieba.cpp");
    const changed = readFileSync(cpp, "utf8").replace(
      "::TextRankExtractor(dictPath,",
      "::TextRankExtractor(dictPath ,"
    );
    writeFileSync(cpp, changed);
    const header = readFileSync(join(copy, "lib/nodejieba.h"), "utf8");
    expect(patchSources(copy)).toEqual({reason: "lib/nodejieba.cpp is not nodejieba 3.5.8's (a patch does not apply)"});
    expect(readFileSync(cpp, "utf8")).toBe(changed);
    expect(readFileSync(join(copy, "lib/nodejieba.h"), "utf8")).toBe(header);
  });
});
