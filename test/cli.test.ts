import {copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import iconv from "iconv-lite";
import {beforeAll, describe, expect, test} from "vitest";
import {query} from "./support/duckdb.ts";
import {runCli as extract} from "./support/run-cli.ts";

describe("npm run extract on a folder of good and bad documents", () => {
  const base = mkdtempSync(join(tmpdir(), "cli-"));
  const input = join(base, "in");
  const out = join(base, "out");
  let result: {code: number; stdout: string; stderr: string};

  beforeAll(async () => {
    mkdirSync(input);
    copyFileSync("seeds/bayingol-2024-work-points.txt", join(input, "good.txt"));
    writeFileSync(join(input, "empty.txt"), "");
    writeFileSync(
      join(input, "binary.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3])
    );
    writeFileSync(
      join(input, "gbk.txt"),
      iconv.encode("2023年某某县法治政府建设情况报告\n一、主要工作\n(一)办理行政复议案件12件。\n", "gbk")
    );
    writeFileSync(join(input, "plain.txt"), "关于做好法治宣传工作的通知\n各单位要认真学习宪法和法律，做好普法工作。\n");
    writeFileSync(join(input, "big.txt"), "法治。\n".repeat(5 * 1024 * 1024)); // 50 MiB
    writeFileSync(
      join(input, "markup.html"),
      "<html><head><script>alert('x')</script><style>p{}</style></head><body><h1>2024年法治政府建设工作要点</h1><p>一、加强党的领导</p><p>(一)落实第一责任人职责。</p><script>document.write('<b>bad</b>')</script></body></html>"
    );
    mkdirSync(out);
    writeFileSync(join(out, "documents.parquet"), "an output written before outputs carried a marker");
    result = await extract([input, "--out", out]);
  }, 300_000);

  test("exits 1 because some documents could not be read, and names each with its problem", () => {
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/ERROR .*empty\.txt: empty file/);
    expect(result.stdout).toMatch(/ERROR .*binary\.txt: binary file, not text/);
    expect(result.stdout).toMatch(/ERROR .*big\.txt: file too large: [\d.]+ MB > 20 MB limit/);
  });

  test("still extracts the readable documents, the GBK one with a warning", async () => {
    const docs = await query(
      `select doc_id, n_tasks, warnings from '${join(out, "documents.parquet")}' order by doc_id`
    );
    expect(docs.map((d) => d.doc_id)).toEqual(["big", "binary", "empty", "gbk", "good", "markup", "plain"]);
    const byId = Object.fromEntries(docs.map((d) => [d.doc_id, d]));
    expect(byId.good.n_tasks).toBe(35);
    expect(byId.gbk.warnings).toContain("decoded as GB18030");
    expect(byId.gbk.n_tasks).toBe(1);
    expect(byId.plain.n_tasks).toBe(0);
    expect(byId.plain.warnings).toContain("no numbered outline found");
    expect(byId.empty.warnings).toBe("error: empty file");
  });

  test("keeps script and markup out of the text", async () => {
    const [{text}] = await query(`select text from '${join(out, "texts.parquet")}' where doc_id = 'markup'`);
    expect(text).toContain("(一)落实第一责任人职责。");
    expect(text).not.toMatch(/alert|<script|<b>|document\.write/);
  });

  test("replaces the output folder whole, marks it as an output, and leaves no temporary folder behind", () => {
    expect(readdirSync(out).sort()).toEqual([
      ".fazhi-extract-output",
      ...[
        "agencies",
        "assignments",
        "coverage",
        "documents",
        "indicators",
        "item_terms",
        "item_topics",
        "items",
        "keywords",
        "removals",
        "texts",
        "topics"
      ].map((t) => `${t}.parquet`)
    ]);
    expect(readdirSync(base).sort()).toEqual(["in", "out"]);
  });

  test("prints a per-document summary with items, tasks, assignments, indicators and warnings", () => {
    expect(result.stdout).toMatch(/document\s+items\s+tasks\s+assignments\s+indicators\s+warnings/);
    expect(result.stdout).toMatch(/\ngood\s+\d+\s+35\s+\d+\s+\d+\s+\d+/);
  });
});

describe("npm run extract usage errors", () => {
  test("exits 2 with the usage line when --out is missing", async () => {
    const r = await extract(["seeds"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: npm run extract -- <files or folders…> --out <dir>");
  });

  test("exits 2 naming a path that does not exist, and writes nothing", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-")), "out");
    const r = await extract(["no/such/folder", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("invalid path: no/such/folder");
    expect(existsSync(out)).toBe(false);
  });
});
