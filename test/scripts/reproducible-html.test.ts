import {existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {makeReproducible, withoutLastModified} from "../../scripts/reproducible-html.ts";

// Two registerFile calls as Framework 1.13 writes them (render.js registerFile): with and without a mimeType.
const framework =
  'registerFile("./data/coverage-matrix.json", {"name":"./data/coverage-matrix.json","mimeType":"application/json",' +
  '"path":"./_file/data/coverage-matrix.6ffd02ea.json","lastModified":1763712345678.123,"size":2708});\n' +
  'registerFile("./data/coverage.parquet", {"name":"./data/coverage.parquet",' +
  '"path":"./_file/data/coverage.8744beee.parquet","lastModified":1763712399999,"size":3621});';

describe("withoutLastModified(html)", () => {
  test("drops each lastModified member and keeps the rest of the page byte for byte", () => {
    expect(withoutLastModified(framework)).toBe(
      'registerFile("./data/coverage-matrix.json", {"name":"./data/coverage-matrix.json","mimeType":"application/json",' +
        '"path":"./_file/data/coverage-matrix.6ffd02ea.json","size":2708});\n' +
        'registerFile("./data/coverage.parquet", {"name":"./data/coverage.parquet",' +
        '"path":"./_file/data/coverage.8744beee.parquet","size":3621});'
    );
  });

  test("gives the same page for two builds whose files have different modification times", () => {
    const later = framework.replace("1763712345678.123", "1799999999999.5").replace("1763712399999", "1800000000000");
    expect(later).not.toBe(framework);
    expect(withoutLastModified(later)).toBe(withoutLastModified(framework));
  });

  test("drops a lastModified in the last position and leaves text that is not a JSON member alone", () => {
    expect(withoutLastModified('{"path":"x","lastModified":12}')).toBe('{"path":"x"}');
    expect(withoutLastModified("<p>lastModified: yesterday</p>")).toBe("<p>lastModified: yesterday</p>");
    expect(withoutLastModified("")).toBe("");
  });
});

test("makeReproducible(dir) rewrites the .html files under dir, nested folders too, and nothing else", () => {
  const dir = mkdtempSync(join(tmpdir(), "fazhi-repro-"));
  mkdirSync(join(dir, "brief"));
  writeFileSync(join(dir, "index.html"), `<script>${framework}</script>`);
  writeFileSync(join(dir, "brief", "view.html"), `<script>${framework}</script>`);
  writeFileSync(join(dir, "about.html"), "<p>no files</p>");
  writeFileSync(join(dir, "data.json"), '{"lastModified":1}');
  expect(makeReproducible(dir)).toBe(2);
  expect(readFileSync(join(dir, "brief", "view.html"), "utf-8")).toBe(
    `<script>${withoutLastModified(framework)}</script>`
  );
  expect(readFileSync(join(dir, "index.html"), "utf-8")).not.toContain("lastModified");
  expect(readFileSync(join(dir, "data.json"), "utf-8")).toBe('{"lastModified":1}');
  rmSync(dir, {recursive: true, force: true});
});

/** Every .html file under dir, as paths relative to it. */
function htmlFiles(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) =>
    statSync(join(dir, prefix, name)).isDirectory()
      ? htmlFiles(dir, join(prefix, name))
      : name.endsWith(".html")
        ? [join(prefix, name)]
        : []
  );
}

/** The pages of src/ whose code attaches data files (FileAttachment): each registers them in its built HTML. */
const ATTACHING_PAGES = readdirSync("src", {recursive: true, encoding: "utf-8"}).filter(
  (f) => f.endsWith(".md") && readFileSync(join("src", f), "utf-8").includes("FileAttachment(")
).length;

test.runIf(existsSync("dist/index.html"))(
  "the built site (npm run build) carries no modification time in any page, so a rebuild is byte-identical",
  () => {
    const pages = htmlFiles("dist");
    expect(pages.length).toBeGreaterThanOrEqual(10);
    // Every page that attaches files registers them (11 on 2026-11-29: all but /brief/'s index and 404).
    expect(pages.filter((page) => readFileSync(join("dist", page), "utf-8").includes("registerFile(")).length).toBe(
      ATTACHING_PAGES
    );
    expect(pages.filter((page) => /"lastModified":/.test(readFileSync(join("dist", page), "utf-8")))).toEqual([]);
  }
);
