import {execFile} from "node:child_process";
import {mkdtempSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {beforeAll, describe, expect, test} from "vitest";
import {runCli} from "./support/run-cli.ts";

/**
 * The dev set (test/fixtures/devset, copied with its labels, scorer and provenance from the team's shared folder):
 * 21 real task-assigning documents of other jurisdictions than the seeds. The extraction of never-seen documents
 * is what the product is judged on, so the scores per document are held here.
 */
const devset = "test/fixtures/devset";

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
interface Score {
  unitsMacroF1: number;
  lead: {f1: number};
  support: {f1: number};
  indicators: {f1: number; p: number; r: number};
  quoteIntegrity: number;
  perDoc: {jurisdiction: string; found: boolean; goldUnits: number; lead?: Counts; support?: Counts}[];
  problems: string[];
}

/** Lead and support [tp, fp, fn] per document whose labels name units, as measured when the grammar was written. */
const expected: Record<string, [number, number, number, number, number, number]> = {
  "01-guangzhou-shi-c2012-minzhu-fazhi-shishi-yijian.txt": [35, 0, 0, 66, 0, 0],
  "02-hunan-sheng-2012-fazhi-hunan-jianshe-gongzuo-yaodian.txt": [1, 0, 0, 8, 0, 0],
  "03-shanghai-shi-2016-fzzf-shisanwu-guihua-zhize-fengong.txt": [11, 0, 0, 7, 0, 0],
  "04-tianjin-hongqiao-qu-2020-fzzf-niandu-renwu-taizhang.txt": [1, 0, 0, 2, 0, 0],
  "05-shi-c2011-yifa-xingzheng-jianshe-fzzf-p3.txt": [9, 0, 0, 0, 0, 0],
  "06-shi-c2007-yifa-xingzheng-shishi-yijian-p2.txt": [11, 0, 0, 0, 0, 0],
  "07-shi-c2009-yifa-zhishi-gongzuo-yaodian-p1.txt": [7, 0, 0, 0, 0, 0],
  "08-shi-c2010-yifa-xingzheng-gongzuo-yijian-p1.txt": [6, 0, 0, 0, 0, 0],
  "09-guangzhou-shi-2013-zhongdian-gongzuo-luoshi-qingkuang.txt": [1, 0, 0, 0, 0, 0],
  "10-shi-2010-xingzheng-shenpi-zhidu-gaige-fangan-p1.txt": [13, 0, 0, 4, 0, 0],
  "20-shi-c2006-yifa-xingzheng-shishi-yijian-p1.txt": [13, 0, 0, 0, 0, 0],
  "21-shi-c2005-yifa-xingzheng-shishi-yijian-p3.txt": [6, 0, 0, 10, 0, 0]
};

describe("the dev set of 21 real documents of other jurisdictions, through the CLI and the dev set's own scorer", () => {
  const out = join(mkdtempSync(join(tmpdir(), "devset-")), "out");
  let score: Score;
  let files: string[];

  beforeAll(async () => {
    const run = await runCli([join(devset, "docs"), "--out", out, "--quiet"]);
    expect(run.code).toBe(0);
    const {stdout} = await promisify(execFile)("node", [
      join(devset, "score.mjs"),
      out,
      join(devset, "gold.json"),
      "--json"
    ]);
    score = JSON.parse(stdout);
    const gold: {file: string; tasks: unknown[]}[] = (
      await import("./fixtures/devset/gold.json", {with: {type: "json"}})
    ).default;
    files = gold.map((g) => g.file);
  }, 300_000);

  test("finds every document and scores units macro F1, lead F1 and support F1 at least 0.95", () => {
    expect(score.problems).toEqual([]);
    expect(score.perDoc.every((d) => d.found)).toBe(true);
    expect(score.unitsMacroF1).toBeGreaterThanOrEqual(0.95);
    expect(score.lead.f1).toBeGreaterThanOrEqual(0.95);
    expect(score.support.f1).toBeGreaterThanOrEqual(0.95);
  });

  test("holds the lead and support counts of every document that names units", () => {
    const got: Record<string, number[]> = {};
    score.perDoc.forEach((d, k) => {
      if (d.goldUnits > 0) got[files[k]] = [d.lead!, d.support!].flatMap((c) => [c.tp, c.fp, c.fn]);
    });
    expect(got).toEqual(expected);
  });

  test("names no unit in the nine documents whose excerpts assign none (11–19)", () => {
    score.perDoc.forEach((d, k) => {
      if (d.goldUnits === 0) expect([files[k], d.lead!.fp + d.support!.fp]).toEqual([files[k], 0]);
    });
  });

  test("keeps the figures as they were (every gold figure found) with exact quotes", () => {
    expect(score.indicators.r).toBe(1);
    expect(score.indicators.f1).toBeGreaterThanOrEqual(0.8);
    expect(score.quoteIntegrity).toBe(1);
  });
});
