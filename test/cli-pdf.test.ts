/**
 * PDF input end to end: a seed document printed to a multi-page A4 PDF by headless Chromium (running header, page
 * numbers in the footer) and the text itself go through `npm run extract` together with a scan, a truncated PDF and a
 * password-protected one; the PDF gives the text's items and units, its furniture shows as removals, and each bad
 * PDF is one error line while the others still come out.
 */
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {launchChromium} from "../scripts/chromium.ts";
import {browserAvailable} from "./support/browser.ts";
import {query} from "./support/duckdb.ts";
import {encryptedPdf} from "./support/encrypted-pdf.ts";
import {runCli as extract} from "./support/run-cli.ts";
import {imagePdf, textToPdf} from "./support/text-to-pdf.ts";

const run = browserAvailable();
const SEED = "seeds/dongsheng-2022-plan.txt";

describe.runIf(run)("npm run extract on PDFs printed from a seed document", () => {
  const base = mkdtempSync(join(tmpdir(), "cli-pdf-"));
  const input = join(base, "in");
  const out = join(base, "out");
  let result: {code: number; stdout: string; stderr: string};
  let pages = 0;
  const parquet = (table: string) => `'${join(out, `${table}.parquet`)}'`;

  beforeAll(async () => {
    mkdirSync(input);
    const text = readFileSync(SEED, "utf8");
    copyFileSync(SEED, join(input, "plan.txt"));
    const browser = await launchChromium();
    try {
      pages = await textToPdf(browser, text, join(input, "plan.pdf"), {
        header: "东胜区全面依法治区委员会文件",
        footer: "- # -"
      });
      await imagePdf(browser, text.split("\n").slice(40, 70).join("\n"), join(input, "scan.pdf"));
    } finally {
      await browser.close();
    }
    const pdf = readFileSync(join(input, "plan.pdf"));
    writeFileSync(join(input, "truncated.pdf"), pdf.subarray(0, pdf.length >> 1));
    writeFileSync(join(input, "locked.pdf"), encryptedPdf());
    result = await extract([input, "--out", out]);
  }, 300_000);
  afterAll(() => {});

  test("the PDF has several pages", () => {
    expect(pages).toBeGreaterThanOrEqual(20);
  });

  test("exits 1 and names each bad PDF with its problem in one line", () => {
    expect(result.code).toBe(1);
    const errors = result.stdout.split("\n").filter((line) => line.includes("ERROR"));
    expect(errors).toHaveLength(3);
    expect(result.stdout).toMatch(
      /ERROR .*scan\.pdf: no text layer in the PDF \(1 page of images, a scan\?\): run OCR/
    );
    expect(result.stdout).toMatch(/ERROR .*truncated\.pdf: not a valid PDF \(truncated or damaged: /);
    expect(result.stdout).toMatch(/ERROR .*locked\.pdf: encrypted PDF: it needs a password to open/);
  });

  test("the text and the PDF both come out, the bad PDFs as error rows", async () => {
    const docs = await query(`select doc_id, format, warnings from ${parquet("documents")} order by doc_id`);
    expect(docs.map((d) => [d.doc_id, d.format])).toEqual([
      ["locked", ""],
      ["plan", "txt"],
      ["plan-2", "pdf"],
      ["scan", ""],
      ["truncated", ""]
    ]);
  });

  test("a PDF made from a text gives the same items (label, heading) as the text itself", async () => {
    const items = await query(
      `select doc_id, split_part(item_id, ':', 2) as path, label, heading, is_task from ${parquet("items")}
       order by doc_id, char_start`
    );
    const of = (id: string) => items.filter((d) => d.doc_id === id).map(({doc_id: _, ...d}) => d);
    expect(of("plan").length).toBe(of("plan-2").length);
    expect(of("plan").filter((d) => d.is_task)).toHaveLength(85);
    expect(of("plan-2")).toEqual(of("plan"));
  });

  test("and the same units (role, agency_raw) per item", async () => {
    const rows = await query(
      `select doc_id, split_part(item_id, ':', 2) as path, role, agency_raw from ${parquet("assignments")}
       order by doc_id, char_start`
    );
    const of = (id: string) => rows.filter((d) => d.doc_id === id).map(({doc_id: _, ...d}) => d);
    expect(of("plan").length).toBeGreaterThan(100);
    expect(of("plan-2")).toEqual(of("plan"));
  });

  test("its running header and page numbers are removals with their kind, one of each per page", async () => {
    const removals = await query(
      `select kind, text, count(*) as n from ${parquet("removals")} where doc_id = 'plan-2' and kind like 'page-%'
       group by kind, text order by kind, text`
    );
    const headers = removals.filter((d) => d.kind === "page-header");
    expect(headers).toEqual([
      {kind: "page-header", text: expect.stringContaining("东胜区全面依法治区委员会文件"), n: pages}
    ]);
    const numbers = removals.filter((d) => d.kind === "page-number");
    expect(numbers.map((d) => String(d.text).trim()).sort()).toEqual(
      Array.from({length: pages}, (_, k) => `- ${k + 1} -`).sort()
    );
    const [{text}] = await query(`select text from ${parquet("texts")} where doc_id = 'plan-2'`);
    expect(text).not.toContain("依法治区委员会文件\n");
    expect(text).not.toMatch(/^- \d+ -$/m);
  });
});
