/** One file of a zip archive: its path inside the archive (forward slashes) and its bytes or UTF-8 text. */
export interface ZipEntry {
  name: string;
  data: Uint8Array | string;
}

// MS-DOS date of 1980-01-01 (the earliest a zip can say) and time 00:00:00: every entry gets the same
// stamp, so identical input gives byte-identical archives.
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
// General purpose flag bit 11: names are UTF-8.
const UTF8 = 0x0800;

// CRC-32 of zip (IEEE 802.3, reflected polynomial 0xedb88320), one table entry per byte value.
const CRC_TABLE = Uint32Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; ++k) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The CRC-32 a zip entry records for its bytes (the same value as node:zlib's crc32): 0 for no bytes. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; ++i) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Writes a zip archive of stored (uncompressed) entries, in the given order, with fixed timestamps, so
 * identical input gives identical bytes (pure: the release link runs it in the browser, tests in Node). Parquet is already compressed, so storing costs little.
 * No entries give an empty archive (22 bytes). Throws `invalid zip entry name: <name>` for an empty,
 * absolute, backslashed or `..` name or a name used twice, and `invalid zip size: …` beyond zip32 limits.
 */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const seen = new Set<string>();
  for (const {name} of entries) {
    if (!name || name.startsWith("/") || name.includes("\\") || name.split("/").includes("..") || seen.has(name))
      throw new Error(`invalid zip entry name: ${name}`);
    seen.add(name);
  }
  if (entries.length > 0xffff) throw new Error(`invalid zip size: ${entries.length} entries`);
  return zip(entries);
}

function zip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    const data = typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data;
    const crc = crc32(data);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true); // local file header signature
    lv.setUint16(4, 20, true); // version needed to extract (2.0)
    lv.setUint16(6, UTF8, true);
    lv.setUint16(8, 0, true); // method: stored
    lv.setUint16(10, DOS_TIME, true);
    lv.setUint16(12, DOS_DATE, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true); // compressed size
    lv.setUint32(22, data.length, true); // uncompressed size
    lv.setUint16(26, name.length, true);
    lv.setUint16(28, 0, true); // extra field length
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true); // central directory header signature
    cv.setUint16(4, (3 << 8) | 20, true); // made by: Unix, version 2.0
    cv.setUint16(6, 20, true);
    cv.setUint16(8, UTF8, true);
    cv.setUint16(10, 0, true);
    cv.setUint16(12, DOS_TIME, true);
    cv.setUint16(14, DOS_DATE, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, name.length, true);
    // extra length, comment length, disk number start, internal attributes: 0
    cv.setUint32(38, (0o100644 << 16) >>> 0, true); // external attributes: regular file, rw-r--r--
    cv.setUint32(42, offset, true); // offset of the local header
    central.set(name, 46);
    locals.push(local, data);
    centrals.push(central);
    offset += local.length + data.length;
    if (offset > 0xffffffff) throw new Error(`invalid zip size: ${offset} bytes`);
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true); // end of central directory signature
  ev.setUint16(8, entries.length, true); // entries on this disk
  ev.setUint16(10, entries.length, true); // entries in total
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true); // offset of the central directory
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
