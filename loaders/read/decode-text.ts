import iconv from "iconv-lite";

/** Decoded text, the encoding it was read as, and what was guessed. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "gb18030";
  warnings: string[];
}

/** Byte-order marks, tried in order. */
const BOMS: {encoding: DecodedText["encoding"]; bytes: number[]}[] = [
  {encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf]},
  {encoding: "utf-16le", bytes: [0xff, 0xfe]},
  {encoding: "utf-16be", bytes: [0xfe, 0xff]}
];

const utf8 = new TextDecoder("utf-8", {fatal: true});

/**
 * Decodes file bytes: a UTF-8 or UTF-16 byte-order mark decides (and is dropped); UTF-16 without a mark is recognised
 * by its NUL bytes, or when mostly Chinese by its high bytes; otherwise valid UTF-8 is UTF-8, UTF-8 with a few damaged
 * places (at least 50 valid multi-byte characters for each) is UTF-8 with U+FFFD there and a warning naming the byte
 * offset of the first, and anything else is decoded as GB18030 (a superset of GBK and GB2312) with the warning
 * "decoded as GB18030". Empty input returns "".
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes == null || bytes.length === 0) return {text: "", encoding: "utf-8", warnings: []};
  for (const {encoding, bytes: bom} of BOMS) {
    if (bom.every((b, i) => bytes[i] === b))
      return {text: decode(bytes.subarray(bom.length), encoding), encoding, warnings: []};
  }
  const utf16 = guessUtf16(bytes);
  if (utf16)
    return {
      text: decode(bytes, utf16),
      encoding: utf16,
      warnings: [`decoded as ${utf16.toUpperCase()} (no byte-order mark)`]
    };
  try {
    return {text: utf8.decode(bytes), encoding: "utf-8", warnings: []};
  } catch {
    const cjk16 = guessCjkUtf16(bytes);
    if (cjk16)
      return {
        text: decode(bytes, cjk16),
        encoding: cjk16,
        warnings: [`decoded as ${cjk16.toUpperCase()} (no byte-order mark)`]
      };
    const damage = utf8Damage(bytes);
    if (damage.valid >= damage.invalid * NEARLY_ALL_VALID)
      return {
        text: new TextDecoder("utf-8").decode(bytes),
        encoding: "utf-8",
        warnings: [
          `invalid UTF-8 at byte ${damage.first}` +
            (damage.invalid > 1 ? ` and ${damage.invalid - 1} more places` : "") +
            "; decoded as UTF-8 with U+FFFD in their place (a truncated or damaged file?)"
        ]
      };
    return {
      text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), "gb18030"),
      encoding: "gb18030",
      warnings: ["decoded as GB18030"]
    };
  }
}

function decode(bytes: Uint8Array, encoding: DecodedText["encoding"]): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8").decode(bytes);
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

/** UTF-16 without a BOM: at least 8 code units with NUL in one byte of (nearly) every ASCII unit and never in the other. */
function guessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) ++evenNul;
    if (bytes[i + 1] === 0) ++oddNul;
  }
  const units = n / 2;
  if (oddNul > units * 0.3 && evenNul === 0) return "utf-16le";
  if (evenNul > units * 0.3 && oddNul === 0) return "utf-16be";
  return null;
}

/** Valid multi-byte UTF-8 characters needed per invalid sequence for a file to count as damaged UTF-8, not GB18030. */
const NEARLY_ALL_VALID = 50;

/** Valid multi-byte sequences, invalid sequences and the byte offset of the first invalid one. */
function utf8Damage(bytes: Uint8Array): {valid: number; invalid: number; first: number} {
  let valid = 0;
  let invalid = 0;
  let first = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      ++i;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; ++k) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok && length === 3) {
      const c = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6);
      ok = c >= 0x800 && (c < 0xd800 || c > 0xdfff);
    }
    if (ok && length === 4) {
      const c = ((b & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12);
      ok = c >= 0x10000 && c <= 0x10ffff;
    }
    if (ok) ((valid += 1), (i += length));
    else {
      if (first < 0) first = i;
      ++invalid;
      ++i;
      while (i < bytes.length && (bytes[i] & 0xc0) === 0x80) ++i;
    }
  }
  return {valid, invalid, first};
}

/**
 * UTF-16 without a BOM and with few ASCII characters (so few NUL bytes): in (nearly) every code unit the high byte is
 * that of a CJK ideograph (0x4E–0x9F), CJK punctuation (0x30), a full-width form (0xFF) or ASCII (0x00), while the low
 * bytes are spread out.
 */
function guessCjkUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 16) return null;
  const isHigh = (b: number) => (b >= 0x4e && b <= 0x9f) || b === 0x30 || b === 0xff || b === 0x00 || b === 0x20;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (isHigh(bytes[i])) ++even;
    if (isHigh(bytes[i + 1])) ++odd;
  }
  const units = n / 2;
  if (odd >= units * 0.9 && even < units * 0.6) return "utf-16le";
  if (even >= units * 0.9 && odd < units * 0.6) return "utf-16be";
  return null;
}
