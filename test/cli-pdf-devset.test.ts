/**
 * The done clause for PDF input on documents of other jurisdictions: dev-set texts (test/fixtures/devset)
 * printed to PDF by headless Chromium give the same items and units through `npm run extract` as the texts themselves.
 */
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {launchChromium} from "../scripts/chromium.ts";
import {browserAvailable} from "./support/browser.ts";
import {query} from "./support/duckdb.ts";
import {runCli as extract} from "./support/run-cli.ts";
import {textToPdf} from "./support/text-to-pdf.ts";

/** Four unit forms and three numbering styles: (X牵头,Y配合) under 1., 责任单位: lines, -- bullets, (十七) items. */
const DOCS = [
  "03-shanghai-shi-2016-fzzf-shisanwu-guihua-zhize-fengong",
  "05-shi-c2011-yifa-xingzheng-jianshe-fzzf-p3",
  "10-shi-2010-xingzheng-shenpi-zhidu-gaige-fangan-p1",
  "21-shi-c2005-yifa-xingzheng-shishi-yijian-p3"
];

describe.runIf(browserAvailable())("dev-set texts and the PDFs printed from them", () => {
  const base = mkdtempSync(join(tmpdir(), "cli-pdf-devset-"));
  const input = join(base, "in");
  const out = join(base, "out");

  beforeAll(async () => {
    mkdirSync(input);
    const browser = await launchChromium();
    try {
      for (const doc of DOCS) {
        const file = `test/fixtures/devset/docs/${doc}.txt`;
        copyFileSync(file, join(input, `${doc}.txt`));
        await textToPdf(browser, readFileSync(file, "utf8"), join(input, `${doc}-pdf.pdf`));
      }
    } finally {
      await browser.close();
    }
    expect((await extract([input, "--out", out, "--quiet"])).code).toBe(0);
  }, 300_000);
  afterAll(() => rmSync(base, {recursive: true, force: true}));

  /** Per document: its items (label, task or not) with their units (role:agency), in text order. */
  async function outline(): Promise<Map<string, string[]>> {
    const rows = await query(
      `select i.doc_id, i.label, i.is_task, string_agg(a.role || ':' || a.agency_raw, ' ' order by a.char_start) as units
       from '${join(out, "items.parquet")}' i left join '${join(out, "assignments.parquet")}' a using (item_id)
       group by all order by i.doc_id, min(i.char_start)`
    );
    const byDoc = new Map<string, string[]>();
    for (const r of rows)
      byDoc.set(String(r.doc_id), [...(byDoc.get(String(r.doc_id)) ?? []), `${r.label} ${r.is_task} ${r.units ?? ""}`]);
    return byDoc;
  }

  test("each PDF gives its text's items and units", async () => {
    const byDoc = await outline();
    expect(byDoc.get("03-shanghai-shi-2016-fzzf-shisanwu-guihua-zhize-fengong")?.[2]).toBe(
      "1. true lead:市审改办 support:市政府相关部门"
    );
    for (const doc of DOCS) {
      expect(byDoc.get(doc)?.length, doc).toBeGreaterThan(2);
      expect(byDoc.get(`${doc}-pdf`), doc).toEqual(byDoc.get(doc));
    }
  });
});
