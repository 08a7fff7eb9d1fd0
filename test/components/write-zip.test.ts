import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {crc32} from "node:zlib";
import {describe, expect, test} from "vitest";
import {crc32 as tableCrc32, writeZip} from "../../src/components/write-zip.ts";

const dir = mkdtempSync(join(tmpdir(), "write-zip-"));
const unzip = ["/usr/bin/unzip", "/bin/unzip"].find(existsSync);

/** Reads a zip's central directory: name, method, crc, sizes and the stored bytes of each entry. */
function readZip(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let k = 0; k < count; ++k) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const size = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      data: zip.subarray(dataStart, dataStart + size)
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

const parquetLike = Uint8Array.from({length: 1000}, (_, k) => (k * 37) % 256);
const entries = [
  {name: "CITATION.txt", data: "法治政府建设 build 0123456789ab\n"},
  {name: "tables/documents.parquet", data: parquetLike},
  {name: "empty.json", data: ""}
];

describe("crc32(bytes), the table-driven CRC-32 of zip entries", () => {
  test("gives the standard check value of CRC-32 and node:zlib's crc32 on any bytes", () => {
    expect(tableCrc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(tableCrc32(new Uint8Array(0))).toBe(0);
    const bytes = Uint8Array.from({length: 4096}, (_, k) => (k * 7919 + (k >> 3)) % 256);
    expect(tableCrc32(bytes)).toBe(crc32(bytes));
    expect(tableCrc32(parquetLike)).toBe(crc32(parquetLike));
  });
});

describe("writeZip(entries)", () => {
  test("stores each entry with its name, CRC-32 and bytes, readable from the central directory", () => {
    const read = readZip(writeZip(entries));
    expect(read.map((e) => e.name)).toEqual(["CITATION.txt", "tables/documents.parquet", "empty.json"]);
    expect(read.map((e) => e.method)).toEqual([0, 0, 0]);
    expect(new TextDecoder().decode(read[0].data)).toBe("法治政府建设 build 0123456789ab\n");
    expect([...read[1].data]).toEqual([...parquetLike]);
    expect(read[1].crc).toBe(crc32(parquetLike));
    expect(read[2].data.length).toBe(0);
  });

  test("gives byte-identical archives for identical input (fixed 1980-01-01 timestamps)", () => {
    expect(Buffer.from(writeZip(entries)).equals(Buffer.from(writeZip(entries)))).toBe(true);
  });

  test("with no entries gives the 22-byte empty archive", () => {
    const zip = writeZip([]);
    expect(zip.length).toBe(22);
    expect(readZip(zip)).toEqual([]);
  });

  test("throws on an unsafe or repeated entry name", () => {
    expect(() => writeZip([{name: "../x", data: ""}])).toThrow("invalid zip entry name: ../x");
    expect(() => writeZip([{name: "/x", data: ""}])).toThrow("invalid zip entry name: /x");
    expect(() => writeZip([{name: "", data: ""}])).toThrow("invalid zip entry name: ");
    expect(() =>
      writeZip([
        {name: "a", data: ""},
        {name: "a", data: "b"}
      ])
    ).toThrow("invalid zip entry name: a");
  });

  test.runIf(unzip)("is read back by Info-ZIP unzip: CRCs test OK and contents match", () => {
    const path = join(dir, "release.zip");
    writeFileSync(path, writeZip(entries));
    expect(execFileSync(unzip!, ["-t", path], {encoding: "utf-8"})).toContain("No errors detected");
    const listing = execFileSync(unzip!, ["-Z1", path], {encoding: "utf-8"}).trim().split("\n");
    expect(listing).toEqual(["CITATION.txt", "tables/documents.parquet", "empty.json"]);
    expect(execFileSync(unzip!, ["-p", path, "CITATION.txt"], {encoding: "utf-8"})).toBe(
      "法治政府建设 build 0123456789ab\n"
    );
    expect([...execFileSync(unzip!, ["-p", path, "tables/documents.parquet"])]).toEqual([...parquetLike]);
  });
});
