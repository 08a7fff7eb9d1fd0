import {mkdirSync, mkdtempSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {matchManifest} from "../../loaders/metadata/match-manifest.ts";
import {MANIFEST_COLUMNS} from "../../loaders/metadata/read-manifest.ts";

/** A corpus folder with the files and a manifest.csv with one row per [doc_id, file]. */
function corpus(files: string[], rows: [string, string][]): {root: string; paths: string[]; manifest: string} {
  const root = mkdtempSync(join(tmpdir(), "match-manifest-"));
  const paths = files.map((file) => {
    mkdirSync(join(root, file, ".."), {recursive: true});
    writeFileSync(join(root, file), "一、总体要求\n");
    return join(root, file);
  });
  const line = (id: string, file: string) =>
    MANIFEST_COLUMNS.map((c) => (c === "doc_id" ? id : c === "file" ? file : c === "doc_type" ? "other" : "")).join(
      ","
    );
  const manifest = join(root, "manifest.csv");
  writeFileSync(manifest, [MANIFEST_COLUMNS.join(","), ...rows.map(([id, file]) => line(id, file))].join("\n"));
  return {root, paths, manifest};
}

const labels = (match: ReturnType<typeof matchManifest>, root: string) =>
  Object.fromEntries([...match.rows].map(([file, row]) => [file.slice(root.length + 1), row.doc_id]));

describe("matchManifest(manifests, files) matches rows on the path relative to the manifest", () => {
  test("a row for a/x.txt labels a/x.txt only, not b/x.txt", () => {
    const {root, paths, manifest} = corpus(["a/x.txt", "b/x.txt"], [["ax", "a/x.txt"]]);
    const match = matchManifest([manifest], paths);
    expect(labels(match, root)).toEqual({"a/x.txt": "ax"});
    expect(match.warnings).toEqual([]);
  });

  test("a bare name labels the one file of that name in a sub-folder", () => {
    const {root, paths, manifest} = corpus(
      ["sub/y.txt", "z.txt"],
      [
        ["y", "y.txt"],
        ["z", "z.txt"]
      ]
    );
    expect(labels(matchManifest([manifest], paths), root)).toEqual({"sub/y.txt": "y", "z.txt": "z"});
  });

  test("a bare name shared by several files labels none of them, with a warning", () => {
    const {root, paths, manifest} = corpus(["a/x.txt", "b/x.txt"], [["x", "x.txt"]]);
    const match = matchManifest([manifest], paths);
    expect(labels(match, root)).toEqual({});
    expect(match.warnings).toEqual([
      `${manifest} row 1 (x): file x.txt names 2 files (a/x.txt, b/x.txt); applied to none: give its path relative to the manifest`
    ]);
  });

  test("a row whose file exists nowhere among the inputs gets a warning", () => {
    const {paths, manifest} = corpus(
      ["a.txt"],
      [
        ["a", "a.txt"],
        ["gone", "old/gone.txt"]
      ]
    );
    expect(matchManifest([manifest], paths).warnings).toEqual([
      `${manifest} row 2 (gone): file old/gone.txt is not among the inputs`
    ]);
  });

  test("no manifests: no rows, no warnings", () => {
    expect(matchManifest([], ["a.txt"])).toEqual({rows: new Map(), warnings: []});
  });
});
