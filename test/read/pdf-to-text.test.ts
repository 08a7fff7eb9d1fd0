/**
 * pdfToText through readSource on PDFs printed by headless Chromium from the seed documents: the lines rebuilt from
 * text positions are the source lines, with no space put between CJK characters; the running header and page numbers
 * are noise spans; bad PDFs throw one clear problem.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Browser} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {launchChromium} from "../../scripts/chromium.ts";
import {ExtractError} from "../../loaders/read/extract-error.ts";
import {readSource} from "../../loaders/read/read-source.ts";
import type {SourceFile} from "../../loaders/types.ts";
import {browserAvailable} from "../support/browser.ts";
import {imagePdf, textToPdf} from "../support/text-to-pdf.ts";

const run = browserAvailable();
const HEADER = "某某市人民政府办公室文件";
const LATIN = /[\x21-\x7e\u00c0-\u024f]/;

/** The source's non-blank lines as a PDF shows them: trimmed, spaces kept (one) only between two Latin characters. */
function expectedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .trim()
        .replace(/\s+/g, (space, at: number, s: string) =>
          LATIN.test(s[at - 1] ?? "") && LATIN.test(s[at + space.length] ?? "") ? " " : ""
        )
    )
    .filter((line) => line !== "");
}

/** The raw text with its noise spans removed, as cleaning does first. */
function withoutNoise({raw, noise = []}: SourceFile): string {
  return noise.reduceRight((text, {start, end}) => text.slice(0, start) + text.slice(end), raw);
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ExtractError) return error.problem;
    throw error;
  }
  return "no error";
}

describe.runIf(run)("readSource on PDFs printed by Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "pdf-to-text-"));
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, {recursive: true, force: true});
  });

  it.each([
    ["dongsheng-2022-plan", 41],
    ["bayingol-2024-work-points", 13],
    ["pingcheng-2020-report", 10]
  ])("%s: the PDF's lines are the source lines, and each page's header and number are noise", async (seed, pages) => {
    const text = readFileSync(`seeds/${seed}.txt`, "utf8");
    const path = join(dir, `${seed}.pdf`);
    expect(await textToPdf(browser, text, path, {header: HEADER, footer: "- # -"})).toBe(pages);
    const source = await readSource(path);
    expect(source.format).toBe("pdf");
    expect(source.warnings).toEqual([]);
    const lines = withoutNoise(source)
      .split("\n")
      .filter((line) => line !== "");
    expect(lines).toEqual(expectedLines(text));
    expect(source.raw).not.toMatch(/[\u3400-\u9fff] | [\u3400-\u9fff]/);
    const noise = (source.noise ?? []).map(({start, end, kind}) => [kind, source.raw.slice(start, end).trim()]);
    expect(noise).toEqual(
      Array.from({length: pages}, (_, k) => [
        ["page-header", HEADER],
        ["page-number", `- ${k + 1} -`]
      ]).flat()
    );
  });

  it("warns about a page without text in an otherwise readable PDF", async () => {
    const path = join(dir, "half-scanned.pdf");
    await imagePdf(browser, "二、具体任务\n(一)推进依法行政", path, "一、总体要求\n坚持依法行政。");
    const source = await readSource(path);
    expect(source.raw).toBe("一、总体要求\n坚持依法行政。");
    expect(source.warnings).toEqual(["pdf: no text on page 2 (images only); their text is missing"]);
  });

  it("throws for a scan, naming the problem", async () => {
    const path = join(dir, "scan.pdf");
    await imagePdf(browser, "一、总体要求\n坚持依法行政。", path);
    expect(await problemOf(readSource(path))).toBe(
      "no text layer in the PDF (1 page of images, a scan?): run OCR on it first"
    );
  });

  it("throws for a PDF over the size limit before reading it", async () => {
    const path = join(dir, "small.pdf");
    await textToPdf(browser, "一、总体要求\n坚持依法行政。", path);
    expect(await problemOf(readSource(path, {maxBytes: 1000}))).toMatch(/^file too large: 0\.\d MB > 0\.0 MB limit$/);
  });
});

describe("readSource on files that are not readable PDFs", () => {
  const dir = mkdtempSync(join(tmpdir(), "pdf-bad-"));
  afterAll(() => rmSync(dir, {recursive: true, force: true}));
  const file = (name: string, bytes: string | Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return join(dir, name);
  };

  it.each([
    ["a .pdf that is text", "notes.pdf", "一、总体要求", "not a valid PDF (no %PDF- header)"],
    [
      "a PDF cut off after its header",
      "cut.pdf",
      "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa",
      "not a valid PDF (truncated or damaged: Invalid PDF structure.)"
    ]
  ])("throws for %s", async (_, name, bytes, problem) => {
    expect(await problemOf(readSource(file(name, bytes)))).toBe(problem);
  });
});
