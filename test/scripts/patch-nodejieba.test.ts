import {readFileSync} from "node:fs";
import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {Worker} from "node:worker_threads";
import {describe, expect, it} from "vitest";
// @ts-expect-error: a plain .mjs script (npm's postinstall runs it before any TypeScript tooling is set up)
import {main, PATCHES, STAMP} from "../../scripts/patch-nodejieba.mjs";

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
