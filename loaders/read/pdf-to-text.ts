import {createRequire} from "node:module";
import {dirname, join} from "node:path";
import {ExtractError} from "./extract-error.ts";
import {layoutPdfPages} from "./layout-pdf-pages.ts";
import {pageFurniture, type PdfPage} from "./page-furniture.ts";
import {pdfTextLines, type PdfTextItem} from "./pdf-text-lines.ts";
import {unifyGlyphForms} from "./unify-glyph-forms.ts";
import type {SourceFile} from "../types.ts";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

const PDF_MAGIC = "%PDF-";
let pdfjs: Promise<PdfJs> | null = null;

/**
 * Reads a PDF's text layer with Mozilla's pdf.js (offline: CMaps and standard fonts from node_modules/pdfjs-dist, no
 * worker thread), rebuilding lines from text positions (pdfTextLines), joining wrapped lines into paragraphs and
 * marking running headers, footers and page numbers as noise spans for cleaning to remove and record; characters
 * named for a shared glyph are unified (unifyGlyphForms). Throws
 * ExtractError naming the problem for a file that is not a PDF, a damaged or truncated PDF, a password-protected
 * PDF, and a PDF without a text layer (a scan); pages without text in an otherwise readable PDF give a warning.
 */
export async function pdfToText(
  path: string,
  bytes: Uint8Array
): Promise<Pick<SourceFile, "format" | "raw" | "warnings" | "noise">> {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (!head.includes(PDF_MAGIC)) throw new ExtractError(path, "not a valid PDF (no %PDF- header)");
  const {getDocument} = await loadPdfJs();
  const root = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
  const task = getDocument({
    data: bytes.slice(),
    cMapUrl: join(root, "cmaps") + "/",
    cMapPacked: true,
    standardFontDataUrl: join(root, "standard_fonts") + "/",
    wasmUrl: join(root, "wasm") + "/",
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    verbosity: 0
  });
  const pages: PdfPage[] = [];
  const empty: number[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; ++n) {
      const page = await doc.getPage(n);
      const [, , width, height] = page.view;
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items)
        if ("str" in item && item.str !== "") {
          const [, , c, d, x, y] = item.transform as number[];
          items.push({str: unifyGlyphForms(item.str), x, y, width: item.width, size: Math.hypot(c, d)});
        }
      const lines = pdfTextLines(items);
      if (lines.length === 0) empty.push(n);
      pages.push({width, height, lines});
      page.cleanup();
    }
  } catch (error) {
    if (error instanceof ExtractError) throw error;
    throw new ExtractError(path, pdfProblem(error as Error));
  } finally {
    await task.destroy();
  }
  if (empty.length === pages.length)
    throw new ExtractError(
      path,
      `no text layer in the PDF (${pages.length} page${pages.length === 1 ? "" : "s"} of images, a scan?): run OCR on it first`
    );
  const warnings =
    empty.length > 0
      ? [
          `pdf: no text on page${empty.length === 1 ? "" : "s"} ${empty.join(", ")} (images only); their text is missing`
        ]
      : [];
  const {raw, noise} = layoutPdfPages(pages, pageFurniture(pages));
  return {format: "pdf", raw, warnings, noise};
}

/** One line for what pdf.js could not do with the file. */
function pdfProblem(error: Error): string {
  if (error?.name === "PasswordException") return "encrypted PDF: it needs a password to open";
  if (error?.name === "InvalidPDFException") return `not a valid PDF (truncated or damaged: ${error.message})`;
  return `unreadable PDF (${error?.message ?? String(error)})`;
}

/** pdf.js, loaded once on the first PDF; pdf.js 6 uses Promise.withResolvers, which Node 20 lacks, so it is added. */
function loadPdfJs(): Promise<PdfJs> {
  const promise = Promise as unknown as {withResolvers?: () => unknown};
  promise.withResolvers ??= function <T>() {
    let resolve!: (value: T) => void;
    let reject!: (reason?: unknown) => void;
    const result = new Promise<T>((ok, fail) => ((resolve = ok), (reject = fail)));
    return {promise: result, resolve, reject};
  };
  return (pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs"));
}
