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
 * by its NUL bytes; otherwise valid UTF-8 is UTF-8, and anything else is decoded as GB18030 (a superset of GBK and
 * GB2312) with the warning "decoded as GB18030". Empty input returns "".
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
