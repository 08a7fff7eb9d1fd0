/**
 * PDF input end to end: the five seed documents printed to A4 PDFs by headless Chromium (a running header, page
 * numbers in the footer) go through `npm run extract` with the texts themselves and with a scan, a truncated PDF and a
 * password-protected one: each PDF gives its text's items, units and figures, its header and page numbers are
 * removals, and each bad PDF is one error line while the others still come out.
 */
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
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
const SEEDS = [
  "bayingol-2024-work-points",
  "dongsheng-2022-plan",
  "liaoyang-2015-opinion",
  "ordos-2023-report",
  "pingcheng-2020-report"
];
const HEADER = "某某市人民政府办公室文件";

describe.runIf(run)("npm run extract on the seed documents and the PDFs printed from them", () => {
  const base = mkdtempSync(join(tmpdir(), "cli-pdf-"));
  const input = join(base, "in");
  const out = join(base, "out");
  let result: {code: number; stdout: string; stderr: string};
  const pages: Record<string, number> = {};
  const parquet = (table: string) => `'${join(out, `${table}.parquet`)}'`;

  beforeAll(async () => {
    mkdirSync(input);
    const browser = await launchChromium();
    try {
      for (const seed of SEEDS) {
        copyFileSync(`seeds/${seed}.txt`, join(input, `${seed}.txt`));
        const text = readFileSync(`seeds/${seed}.txt`, "utf8");
        pages[seed] = await textToPdf(browser, text, join(input, `${seed}-pdf.pdf`), {header: HEADER, footer: "- # -"});
      }
      const excerpt = readFileSync("seeds/dongsheng-2022-plan.txt", "utf8").split("\n").slice(40, 60).join("\n");
      await imagePdf(browser, excerpt, join(input, "scan.pdf"));
    } finally {
      await browser.close();
    }
    const pdf = readFileSync(join(input, "dongsheng-2022-plan-pdf.pdf"));
    writeFileSync(join(input, "truncated.pdf"), pdf.subarray(0, pdf.length >> 1));
    writeFileSync(join(input, "locked.pdf"), encryptedPdf());
    result = await extract([input, "--out", out]);
  }, 300_000);
  afterAll(() => rmSync(base, {recursive: true, force: true}));

  test("the PDFs have several A4 pages each", () => {
    expect(pages).toEqual({
      "bayingol-2024-work-points": 13,
      "dongsheng-2022-plan": 41,
      "liaoyang-2015-opinion": 12,
      "ordos-2023-report": 7,
      "pingcheng-2020-report": 10
    });
  });

  test("exits 1 and names each bad PDF with its problem in one line", () => {
    expect(result.code).toBe(1);
    const errors = result.stdout.split("\n").filter((line) => line.startsWith("ERROR"));
    expect(errors.map((line) => line.replace(input + "/", ""))).toEqual([
      "ERROR locked.pdf: encrypted PDF: it needs a password to open",
      "ERROR scan.pdf: no text layer in the PDF (1 page of images, a scan?): run OCR on it first",
      "ERROR truncated.pdf: not a valid PDF (truncated or damaged: Invalid PDF structure.)"
    ]);
  });

  test("every text and every good PDF comes out, the bad PDFs as error rows", async () => {
    const docs = await query(`select doc_id, format, warnings from ${parquet("documents")} order by doc_id`);
    expect(docs.map((d) => `${d.doc_id} ${d.format}`)).toEqual(
      [...SEEDS.flatMap((seed) => [`${seed} txt`, `${seed}-pdf pdf`]), "locked ", "scan ", "truncated "].sort()
    );
    expect(docs.find((d) => d.doc_id === "scan")?.warnings).toBe(
      "error: no text layer in the PDF (1 page of images, a scan?): run OCR on it first"
    );
  });

  /** A table's rows of one document, without the doc_id and with item paths instead of item ids. */
  async function rowsOf(table: string, columns: string): Promise<Map<string, Record<string, unknown>[]>> {
    const rows = await query(
      `select doc_id, split_part(item_id, ':', 2) as path, ${columns} from ${parquet(table)} order by doc_id, char_start`
    );
    const byDoc = new Map<string, Record<string, unknown>[]>();
    for (const {doc_id, ...row} of rows) byDoc.set(String(doc_id), [...(byDoc.get(String(doc_id)) ?? []), row]);
    return byDoc;
  }

  test("a PDF made from a text gives the same items (label, heading, task or not) as the text itself", async () => {
    const items = await rowsOf("items", "label, heading, is_task");
    expect(SEEDS.map((seed) => items.get(seed)?.filter((d) => d.is_task).length)).toEqual([35, 85, 43, 18, 21]);
    for (const seed of SEEDS) expect(items.get(`${seed}-pdf`), seed).toEqual(items.get(seed));
  });

  test("and the same units (role, agency_raw) of each item", async () => {
    const assignments = await rowsOf("assignments", "role, agency_raw");
    expect(SEEDS.map((seed) => assignments.get(seed)?.length ?? 0)).toEqual([193, 417, 138, 0, 0]);
    for (const seed of SEEDS) expect(assignments.get(`${seed}-pdf`), seed).toEqual(assignments.get(seed));
  });

  test("and the same figures (value, unit, kind) in the same items", async () => {
    const indicators = await rowsOf("indicators", "value, unit, kind");
    expect(SEEDS.map((seed) => indicators.get(seed)?.length ?? 0)).toEqual([15, 23, 1, 66, 73]);
    for (const seed of SEEDS) expect(indicators.get(`${seed}-pdf`), seed).toEqual(indicators.get(seed));
  });

  test("the running header and the page numbers are removals of their own kind, one of each per page", async () => {
    const removals = await query(
      `select doc_id, kind, text from ${parquet("removals")} where kind like 'page-%' order by doc_id, "at"`
    );
    for (const seed of SEEDS) {
      const own = removals.filter((d) => d.doc_id === `${seed}-pdf`);
      expect(own.filter((d) => d.kind === "page-header").map((d) => String(d.text).trim())).toEqual(
        Array(pages[seed]).fill(HEADER)
      );
      expect(own.filter((d) => d.kind === "page-number").map((d) => String(d.text).trim())).toEqual(
        Array.from({length: pages[seed]}, (_, k) => `- ${k + 1} -`)
      );
      expect(own).toHaveLength(2 * pages[seed]);
    }
    expect(removals.filter((d) => !String(d.doc_id).endsWith("-pdf"))).toEqual([]);
    const texts = await query(`select doc_id, text from ${parquet("texts")} where doc_id like '%-pdf'`);
    for (const {text} of texts) {
      expect(text).not.toContain(HEADER);
      expect(text).not.toMatch(/^- \d+ -$/m);
    }
  });
});
