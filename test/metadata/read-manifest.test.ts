import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import iconv from "iconv-lite";
import {afterAll, describe, expect, it} from "vitest";
import {ExtractError} from "../../loaders/read/extract-error.ts";
import {metaFromManifest} from "../../loaders/metadata/meta-from-manifest.ts";
import {MANIFEST_COLUMNS, readManifest} from "../../loaders/metadata/read-manifest.ts";

const dir = mkdtempSync(join(tmpdir(), "read-manifest-test-"));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

const HEADER = MANIFEST_COLUMNS.join(",");
const GOOD =
  "x-2024-plan,docs/x.txt,标题,东胜区,Dongsheng District,district,鄂尔多斯市,内蒙古自治区,150602,task_plan,某委员会,某发〔2024〕1号,2024-01-31,2024,原标题,orig.txt";

function manifest(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

function problemOf(path: string): string {
  try {
    readManifest(path);
  } catch (error) {
    expect(error).toBeInstanceOf(ExtractError);
    return (error as ExtractError).problem;
  }
  throw new Error("expected an ExtractError");
}

describe("readManifest(path)", () => {
  it("reads seeds/manifest.csv: five rows keyed by file name", () => {
    const rows = readManifest("seeds/manifest.csv");
    expect([...rows.keys()]).toEqual([
      "dongsheng-2022-plan.txt",
      "liaoyang-2015-opinion.txt",
      "pingcheng-2020-report.txt",
      "ordos-2023-report.txt",
      "bayingol-2024-work-points.txt"
    ]);
    expect(rows.get("dongsheng-2022-plan.txt")).toMatchObject({
      doc_id: "dongsheng-2022-plan",
      adcode: "150602",
      doc_number: "东依法委发〔2022〕3号",
      original_file: "000_bbb9e78436a1832e.txt"
    });
    expect([...rows.values()].map((r) => [r.doc_id, r.jurisdiction_en, r.level, r.adcode, r.doc_type, r.year])).toEqual(
      [
        ["dongsheng-2022-plan", "Dongsheng District", "district", "150602", "task_plan", "2022"],
        ["liaoyang-2015-opinion", "Liaoyang City", "city", "211000", "implementation_opinion", "2015"],
        ["pingcheng-2020-report", "Pingcheng District", "district", "140213", "annual_report", "2020"],
        ["ordos-2023-report", "Ordos City", "city", "150600", "annual_report", "2023"],
        [
          "bayingol-2024-work-points",
          "Bayingol Mongol Autonomous Prefecture",
          "prefecture",
          "652800",
          "work_points",
          "2024"
        ]
      ]
    );
  });

  it("keys rows by file as written (a path relative to the manifest), strips a BOM and accepts quoted cells", () => {
    const path = manifest("ok.csv", `\uFEFF${HEADER}\n${GOOD.replace("标题", '"标题,含逗号"')}\n`);
    const row = readManifest(path).get("docs/x.txt")!;
    expect(row.title).toBe("标题,含逗号");
    expect(row.file).toBe("docs/x.txt");
  });

  it("accepts a header row whose names are quoted", () => {
    const quoted = MANIFEST_COLUMNS.map((c) => `"${c}"`).join(",");
    expect(readManifest(manifest("quoted.csv", `${quoted}\n${GOOD}\n`)).get("docs/x.txt")?.doc_id).toBe("x-2024-plan");
  });

  it("decodes a GBK manifest (Excel on Chinese Windows) like a document", () => {
    const path = join(dir, "gbk.csv");
    writeFileSync(path, iconv.encode(`${HEADER}\r\n${GOOD}\r\n`, "gbk"));
    expect(readManifest(path).get("docs/x.txt")).toMatchObject({
      title: "标题",
      jurisdiction: "东胜区",
      issuer: "某委员会"
    });
  });

  it("returns an empty map for a header-only manifest", () => {
    expect(readManifest(manifest("empty.csv", HEADER + "\n")).size).toBe(0);
  });

  it.each([
    ["a missing column", HEADER.replace(",adcode", "") + "\n", "manifest header: missing column adcode"],
    [
      "a bad adcode",
      `${HEADER}\n${GOOD.replace("150602", "15060")}`,
      'row 1, column adcode: invalid adcode: "15060" (expected 6 digits)'
    ],
    [
      "a bad level",
      `${HEADER}\n${GOOD}\n${GOOD.replace("x-2024", "y-2024").replace("docs/x", "y").replace(",district,", ",town,")}`,
      'row 2, column level: invalid level: "town" (expected district|county|city|prefecture|province)'
    ],
    [
      "an impossible date",
      `${HEADER}\n${GOOD.replace("2024-01-31", "2024-02-30")}`,
      'row 1, column issued_date: invalid issued_date: "2024-02-30" (expected yyyy-mm-dd)'
    ],
    [
      "a missing doc_type",
      `${HEADER}\n${GOOD.replace("task_plan", "")}`,
      'row 1, column doc_type: invalid doc_type: "" (expected task_plan|implementation_opinion|annual_report|work_points|other)'
    ],
    [
      "a bad doc_id",
      `${HEADER}\n${GOOD.replace("x-2024-plan", "X 2024")}`,
      'row 1, column doc_id: invalid doc_id: "X 2024" (expected a lower-case slug)'
    ],
    [
      "a bad year",
      `${HEADER}\n${GOOD.replace(",2024,原", ",24,原")}`,
      'row 1, column year: invalid year: "24" (expected a 4-digit year)'
    ],
    [
      "a repeated file",
      `${HEADER}\n${GOOD}\n${GOOD.replace("x-2024-plan", "z-2024-plan")}`,
      'row 2, column file: repeated file: "docs/x.txt"'
    ],
    [
      "an unclosed quote",
      `${HEADER}\n${GOOD.replace("标题", '"标题')}\n${GOOD.replace("x-2024", "y-2024").replace("docs/x", "y")}\n`,
      "manifest: unclosed quote starting on line 2"
    ],
    [
      "an unclosed quote after CRLF line ends",
      `${HEADER}\r\n${GOOD}\r\n${GOOD.replace("x-2024", "y-2024").replace("docs/x", "y").replace("标题", '"标题')}\r\n`,
      "manifest: unclosed quote starting on line 3"
    ],
    ["bytes that are not text", "\u0000\u0001\u0002 not a csv at all", "manifest is not a text file"],
    [
      "a repeated doc_id",
      `${HEADER}\n${GOOD}\n${GOOD.replace("docs/x", "docs/z")}`,
      'row 2, column doc_id: repeated doc_id: "x-2024-plan"'
    ]
  ])("throws ExtractError naming row and column for %s", (_, text, problem) => {
    expect(problemOf(manifest("bad.csv", text))).toBe(problem);
  });

  it("throws ExtractError for a missing manifest", () => {
    expect(problemOf(join(dir, "missing.csv"))).toBe("cannot read manifest: ENOENT");
  });
});

describe("metaFromManifest(row)", () => {
  it("turns blanks into null, the year into a number, and marks the source", () => {
    const row = readManifest("seeds/manifest.csv").get("liaoyang-2015-opinion.txt")!;
    expect(metaFromManifest(row)).toEqual({
      title: "关于加快推进法治政府建设的实施意见",
      jurisdiction: "辽阳市",
      jurisdiction_en: "Liaoyang City",
      level: "city",
      parent_jurisdiction: "辽宁省",
      province: "辽宁省",
      adcode: "211000",
      doc_type: "implementation_opinion",
      issuer: null,
      doc_number: null,
      issued_date: null,
      year: 2015,
      metadata_source: "manifest",
      warnings: []
    });
  });
});
