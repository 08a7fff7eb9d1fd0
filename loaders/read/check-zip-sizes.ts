import {inflateRawSync} from "node:zlib";

/** Limits of a zip archive (a .docx) checked before it is inflated. */
export interface ZipLimits {
  /** Largest sum of the entries' uncompressed sizes, in bytes. */
  maxTotal: number;
  /** Largest uncompressed/compressed ratio of an entry above `ratioFloor` bytes. */
  maxRatio: number;
  /** Entries up to this many uncompressed bytes are not held to `maxRatio`. */
  ratioFloor: number;
}

const END = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DEFLATE = 8;

/**
 * The problem with a zip archive that would inflate past its limits (a "zip bomb"), or null when it is safe to inflate:
 * reads the declared sizes of the central directory — an entry expanding more than `maxRatio` times, or all entries
 * together more than `maxTotal` bytes — and then inflates each deflated entry with its declared size as the output
 * limit, so a header that lies about its size is caught without inflating further. Bytes that are not a readable zip
 * give null (the zip reader reports them). Empty input returns null.
 */
export function checkZipSizes(bytes: Uint8Array, limits: ZipLimits): string | null {
  if (bytes == null || bytes.length < 22) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); --i)
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let k = 0; k < count; ++k) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (size === 0xffffffff || compressed === 0xffffffff) return `${name} is a zip64 entry (over 4 GB declared)`;
    total += size;
    if (size > limits.ratioFloor && size > compressed * limits.maxRatio)
      return `${name} would expand ${Math.round(size / Math.max(1, compressed))}× (${mb(size)} MB from ${mb(
        compressed
      )} MB; limit ${limits.maxRatio}×): a zip bomb?`;
    if (total > limits.maxTotal)
      return `its entries would expand to more than ${mb(limits.maxTotal)} MB (${name} and those before it)`;
    if (method !== DEFLATE || local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    try {
      inflateRawSync(bytes.subarray(start, start + compressed), {maxOutputLength: Math.max(1, size)});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        return `${name} inflates past its declared ${mb(size)} MB: a zip bomb?`;
    }
  }
  return null;
}

function mb(bytes: number): string {
  return (bytes / 1_000_000).toFixed(1);
}
