import {mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {
  checkOutputFolder,
  OUTPUT_MARKER,
  replaceOutputFolder,
  temporaryOutputFolder
} from "../../loaders/tables/output-folder.ts";
import {runCli} from "../support/run-cli.ts";

/** A scratch folder with a corpus folder `in/` holding one document. */
function scratch(): {base: string; input: string} {
  const base = mkdtempSync(join(tmpdir(), "out-folder-"));
  const input = join(base, "in");
  mkdirSync(input);
  writeFileSync(join(input, "doc.txt"), "一、总体要求\n");
  return {base, input};
}

describe("checkOutputFolder(out, inputs) refuses any --out whose replacement would delete a user's files", () => {
  test.each([
    ["the input folder itself", (b: string, i: string) => i, /refusing --out .*: it is an input/],
    ["a folder containing the input", (b: string) => b, /refusing --out .*: it contains the input/],
    ["the input folder spelled with a trailing ./", (b: string, i: string) => join(i, "."), /it is an input/],
    [
      "a link to the input folder",
      (b: string, i: string) => (symlinkSync(i, join(b, "link")), join(b, "link")),
      /it is an input/
    ],
    [
      "an existing file",
      (b: string) => (writeFileSync(join(b, "notes.txt"), "mine"), join(b, "notes.txt")),
      /it is a file/
    ],
    [
      "a folder of the user's files",
      (b: string) => (
        mkdirSync(join(b, "mydocs")),
        writeFileSync(join(b, "mydocs", "thesis.docx"), "x"),
        join(b, "mydocs")
      ),
      /holds files this tool did not write \(thesis\.docx\)/
    ]
  ])("refuses %s", (_, makeOut, message) => {
    const {base, input} = scratch();
    expect(() => checkOutputFolder(makeOut(base, input), [input])).toThrow(message);
  });

  test("accepts a new path, an empty folder, an earlier marked output and an unmarked folder of tables only", () => {
    const {base, input} = scratch();
    expect(() => checkOutputFolder(join(base, "new", "out"), [input])).not.toThrow();
    mkdirSync(join(base, "empty"));
    expect(() => checkOutputFolder(join(base, "empty"), [input])).not.toThrow();
    mkdirSync(join(base, "marked"));
    writeFileSync(join(base, "marked", OUTPUT_MARKER), "");
    writeFileSync(join(base, "marked", "anything.csv"), "");
    expect(() => checkOutputFolder(join(base, "marked"), [input])).not.toThrow();
    mkdirSync(join(base, "legacy"));
    writeFileSync(join(base, "legacy", "items.parquet"), "");
    mkdirSync(join(base, "legacy", "documents"));
    expect(() => checkOutputFolder(join(base, "legacy"), [input])).not.toThrow();
  });

  test("accepts an output folder inside the input folder (its own files are hidden from the next run)", () => {
    const {input} = scratch();
    expect(() => checkOutputFolder(join(input, "out"), [input])).not.toThrow();
  });
});

describe("replaceOutputFolder(tmp, out)", () => {
  test("puts the new output in place with its marker and removes the earlier output and the temporary folder", () => {
    const {base} = scratch();
    const out = join(base, "out");
    mkdirSync(out);
    writeFileSync(join(out, "old.parquet"), "old");
    const tmp = temporaryOutputFolder(out);
    writeFileSync(join(tmp, "items.parquet"), "new");
    replaceOutputFolder(tmp, out);
    expect(readdirSync(out).sort()).toEqual([OUTPUT_MARKER, "items.parquet"]);
    expect(readFileSync(join(out, "items.parquet"), "utf8")).toBe("new");
    expect(readdirSync(base).sort()).toEqual(["in", "out"]);
  });
});

describe("npm run extract refuses a dangerous --out before reading any document", () => {
  test("--out equal to the corpus exits 2 with one line and every source document is still there", async () => {
    const {input} = scratch();
    const r = await runCli([input, "--out", input, "--quiet"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toEqual([
      `extract: refusing --out ${input}: it is an input (${input}); write elsewhere`
    ]);
    expect(readdirSync(input)).toEqual(["doc.txt"]);
  });

  test("--out on a folder of the user's files exits 2 and the files are untouched", async () => {
    const {base, input} = scratch();
    const mine = join(base, "mine");
    mkdirSync(mine);
    writeFileSync(join(mine, "notes.md"), "my notes");
    const r = await runCli([input, "--out", mine, "--workers", "1"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("holds files this tool did not write (notes.md)");
    expect(readFileSync(join(mine, "notes.md"), "utf8")).toBe("my notes");
  });
});
