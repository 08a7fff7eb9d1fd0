import {createHash} from "node:crypto";
import {readFileSync, statSync, type Stats} from "node:fs";
import {extname} from "node:path";
import mammoth from "mammoth";
import {checkZipSizes} from "./check-zip-sizes.ts";
import {decodeText} from "./decode-text.ts";
import {ExtractError} from "./extract-error.ts";
import {htmlToText} from "./html-to-text.ts";
import {looksBinary} from "./looks-binary.ts";
import {pdfToText} from "./pdf-to-text.ts";
import type {SourceFile} from "../types.ts";

/** Default size limit: 20 MB (decimal megabytes, as reported in errors). */
export const DEFAULT_MAX_BYTES = 20_000_000;

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const HTML_SNIFF = /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/**
 * Reads one source document (.txt or any text, .html/.htm, .docx, .pdf or any file starting %PDF-) and decodes it to a
 * string with its sha256 (a PDF's running headers and page numbers as noise spans, see pdfToText);
 * throws ExtractError for an empty file ("empty file"), a file over the size limit ("file too large: 52.4 MB > 20 MB
 * limit"), binary bytes ("binary file, not text"), an unreadable .docx, or text that is only whitespace ("no text after
 * decoding"), an unreadable .pdf or one without a text layer. A .txt that is really an HTML page is stripped too, with a
 * warning.
 */
export async function readSource(path: string, opts: {maxBytes?: number} = {}): Promise<SourceFile> {
  if (typeof path !== "string" || path === "") throw new Error(`invalid path: ${path}`);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  // Synchronous reads: the file is usually cached already (see warmFile), and each await of a read costs a trip
  // through the thread pool while the extraction thread idles (issue 6).
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw new ExtractError(path, `cannot read file: ${errorCode(error)}`);
  }
  if (!info.isFile()) throw new ExtractError(path, "not a file");
  if (info.size > maxBytes)
    throw new ExtractError(path, `file too large: ${megabytes(info.size)} MB > ${megabytes(maxBytes, true)} MB limit`);
  if (info.size === 0) throw new ExtractError(path, "empty file");
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch (error) {
    throw new ExtractError(path, `cannot read file: ${errorCode(error)}`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const ext = extname(path).toLowerCase();
  const isPdf = ext === ".pdf" || PDF_MAGIC.every((b, i) => bytes[i] === b);
  const {format, raw, warnings, noise} =
    ext === ".docx"
      ? await readDocx(path, bytes, maxBytes)
      : isPdf
        ? await pdfToText(path, bytes)
        : readText(path, bytes, ext);
  if (raw.trim() === "") throw new ExtractError(path, "no text after decoding");
  return noise?.length
    ? {source_file: path, sha256, format, raw, warnings, noise}
    : {source_file: path, sha256, format, raw, warnings};
}

type Decoded = Pick<SourceFile, "format" | "raw" | "warnings" | "noise">;

/** A .docx may inflate to twice the size limit in all, and no part of it over 1 MB may expand more than 100 times. */
const DOCX_EXPANSION = 2;
const DOCX_RATIO = {maxRatio: 100, ratioFloor: 1_000_000};

async function readDocx(path: string, bytes: Uint8Array, maxBytes: number): Promise<Decoded> {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new ExtractError(path, "not a valid .docx (not a zip archive)");
  const bomb = checkZipSizes(bytes, {maxTotal: DOCX_EXPANSION * maxBytes, ...DOCX_RATIO});
  if (bomb) throw new ExtractError(path, `.docx not inflated: ${bomb}`);
  try {
    // Through HTML, so that a table keeps its rows and cells (one line per row, a tab between cells).
    const result = await mammoth.convertToHtml({buffer: Buffer.from(bytes)}, {ignoreEmptyParagraphs: false});
    const warnings = result.messages.filter((m) => m.type === "error").map((m) => `docx: ${oneLine(m.message)}`);
    return {format: "docx", raw: htmlToText(result.value), warnings};
  } catch (error) {
    throw new ExtractError(path, `not a valid .docx: ${oneLine((error as Error).message)}`);
  }
}

function readText(path: string, bytes: Uint8Array, ext: string): Decoded {
  const hasUtf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const {text, warnings} = decodeText(bytes);
  if (!hasUtf16Bom && warnings.length === 0 && looksBinary(bytes))
    throw new ExtractError(path, "binary file, not text");
  if (warnings.some((w) => w.startsWith("decoded as GB18030")) && looksBinary(bytes))
    throw new ExtractError(path, "binary file, not text");
  if (HTML_EXTENSIONS.has(ext)) return {format: "html", raw: htmlToText(text), warnings};
  if (HTML_SNIFF.test(text.slice(0, 1024))) {
    return {
      format: "html",
      raw: htmlToText(text),
      warnings: [...warnings, `HTML markup in a ${ext || "extensionless"} file; stripped`]
    };
  }
  return {format: "txt", raw: text, warnings};
}

function megabytes(bytes: number, dropZeroDecimal = false): string {
  const mb = bytes / 1_000_000;
  return dropZeroDecimal && Number.isInteger(mb) ? String(mb) : mb.toFixed(1);
}

/** A parser message on one line (xmldom's span several, with the offending source). */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}

/** An I/O error as "permission denied (EACCES)", or its message when it has no code. */
function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const text: Record<string, string> = {EACCES: "permission denied", ENOENT: "no such file", EISDIR: "a folder"};
  return code ? (text[code] ? `${text[code]} (${code})` : code) : (error as Error).message;
}
