import {execFileSync} from "node:child_process";
import {createHash} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {siteRelease} from "../../loaders/site/release/site-release.ts";
import {releaseZip, type ReleaseFileList} from "../../src/components/release-link.ts";

const dir = mkdtempSync(join(tmpdir(), "release-link-"));
const unzip = ["/usr/bin/unzip", "/bin/unzip"].find(existsSync);
const python = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"].find(existsSync);

/**
 * The zip of the given files (in that order) by Python's zipfile, which shares no code with src/components/write-zip.ts:
 * stored, 1980-01-01 00:00, made by Unix 2.0, rw-r--r--, UTF-8 name flag. It is byte for byte what the site's
 * src/data/release.zip.ts wrote until the release was zipped in the page: over main's seed tables (commit c99d61c,
 * `npm run build`) both give sha256 73bad15dba6908ec2880126c3bce64adede12884af3932aa2eae622f120054fa
 * (dist/_file/data/release.73bad15d.zip, 291,863 bytes).
 */
function pythonZip(files: readonly {name: string; data: Uint8Array | string}[], out: string): Buffer {
  const parts = join(dir, "parts");
  mkdirSync(parts, {recursive: true});
  files.forEach((f, k) => writeFileSync(join(parts, String(k)), f.data));
  const script = `
import json, sys, zipfile
class Utf8(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode("utf-8"), self.flag_bits | 0x800
names = json.loads(sys.argv[3])
with zipfile.ZipFile(sys.argv[2], "w") as z:
    for k, name in enumerate(names):
        info = Utf8(name, (1980, 1, 1, 0, 0, 0))
        info.create_system = 3
        info.external_attr = 0o100644 << 16
        z.writestr(info, open(f"{sys.argv[1]}/{k}", "rb").read())
`;
  execFileSync(python!, ["-c", script, parts, out, JSON.stringify(files.map((f) => f.name))]);
  return readFileSync(out);
}

describe("releaseZip(sources): the release zipped in the page", () => {
  test.runIf(python)(
    "over the seeds' release-files.json and tables gives byte for byte the zip of releaseFiles (Python's zipfile)",
    async () => {
      const {manifest, files} = await siteRelease();
      // What src/data/release-files.json.ts writes, and each table's bytes as the site serves them.
      const list: ReleaseFileList = JSON.parse(
        execFileSync("npx", ["tsx", "src/data/release-files.json.ts"], {encoding: "utf-8"})
      );
      expect(list.entries.map((e) => e.name)).toEqual(["CITATION.txt", "manifest.json", "data-dictionary.json"]);
      expect(list.tables).toEqual(manifest.tables.map(({name, file}) => ({name, file})));
      const bytes = new Map(manifest.tables.map(({name, file}) => [name, files.find((f) => f.name === file)!.data]));
      const zip = await releaseZip({
        files: async () => list,
        table: async (name) => bytes.get(name) as Uint8Array
      });
      const expected = pythonZip(files, join(dir, "python.zip"));
      expect(createHash("sha256").update(zip).digest("hex")).toBe(createHash("sha256").update(expected).digest("hex"));
      expect(Buffer.from(zip).equals(expected)).toBe(true);
      if (unzip) {
        const path = join(dir, "release.zip");
        writeFileSync(path, zip);
        expect(execFileSync(unzip, ["-t", path], {encoding: "utf-8"})).toContain("No errors detected");
        expect(execFileSync(unzip, ["-Z1", path], {encoding: "utf-8"}).trim().split("\n")).toEqual(
          files.map((f) => f.name)
        );
      }
    },
    300_000
  );

  test("fails with the error of the first table that cannot be read", async () => {
    const list: ReleaseFileList = {
      entries: [{name: "CITATION.txt", text: "build x\n"}],
      tables: [
        {name: "documents", file: "documents.parquet"},
        {name: "items", file: "items.parquet"}
      ]
    };
    const table = async (name: string) => {
      if (name === "items") throw new Error("could not load items.parquet: HTTP 404");
      return new Uint8Array([1, 2, 3]);
    };
    await expect(releaseZip({files: async () => list, table})).rejects.toThrow(
      "could not load items.parquet: HTTP 404"
    );
  });

  test.runIf(unzip)("zips the text entries first, then each table under its file name", async () => {
    const zip = await releaseZip({
      files: async () => ({
        entries: [{name: "CITATION.txt", text: "法治 build x\n"}],
        tables: [{name: "topics", file: "topics.parquet"}]
      }),
      table: async () => new Uint8Array([80, 65, 82, 49])
    });
    const path = join(dir, "small.zip");
    writeFileSync(path, zip);
    expect(execFileSync(unzip!, ["-Z1", path], {encoding: "utf-8"}).trim().split("\n")).toEqual([
      "CITATION.txt",
      "topics.parquet"
    ]);
    expect(execFileSync(unzip!, ["-p", path, "CITATION.txt"], {encoding: "utf-8"})).toBe("法治 build x\n");
    expect(execFileSync(unzip!, ["-p", path, "topics.parquet"], {encoding: "utf-8"})).toBe("PAR1");
  });
});
