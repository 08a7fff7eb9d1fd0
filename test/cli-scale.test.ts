import {mkdtempSync, readdirSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {query} from "./support/duckdb.ts";
import {runCli as extract} from "./support/run-cli.ts";

describe("npm run extract -- seeds --partition --workers 2", () => {
  test("writes hive folders per table that DuckDB reads with hive_partitioning, one row per seed", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-scale-")), "out");
    const r = await extract(["seeds", "--out", out, "--partition", "--workers", "2", "--quiet"]);
    expect(r.code).toBe(0);
    expect(readdirSync(join(out, "documents")).sort()).toEqual([
      "province=内蒙古自治区",
      "province=山西省",
      "province=新疆维吾尔自治区",
      "province=辽宁省"
    ]);
    const rows = await query(
      `select doc_id, province, year from read_parquet('${out}/documents/**/*.parquet', hive_partitioning = true) order by doc_id`
    );
    expect(rows.map((d) => [d.doc_id, d.province, d.year])).toEqual([
      ["bayingol-2024-work-points", "新疆维吾尔自治区", 2024],
      ["dongsheng-2022-plan", "内蒙古自治区", 2022],
      ["liaoyang-2015-opinion", "辽宁省", 2015],
      ["ordos-2023-report", "内蒙古自治区", 2023],
      ["pingcheng-2020-report", "山西省", 2020]
    ]);
    const [tasks] = await query(
      `select count(*)::int n from read_parquet('${out}/items/**/*.parquet', hive_partitioning = true) where is_task and province = '辽宁省'`
    );
    expect(tasks.n).toBe(43);
  });

  test("exits 2 on an invalid --shard or --workers", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "cli-scale-")), "out");
    expect((await extract(["seeds", "--out", out, "--shard", "3/2"])).stderr).toContain("invalid shard: 3/2");
    expect((await extract(["seeds", "--out", out, "--workers", "0"])).code).toBe(2);
  });
});
