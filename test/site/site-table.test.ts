import {describe, expect, test} from "vitest";
import {siteRows} from "../../loaders/site/site-table.ts";

describe("siteRows(name) on the site's corpus (seeds/)", () => {
  test("documents cite their source files relative to the corpus, not by the build machine's path to it", async () => {
    const rows = await siteRows<{source_file: string}>("documents");
    expect(rows.map((row) => row.source_file).sort()).toEqual([
      "bayingol-2024-work-points.txt",
      "dongsheng-2022-plan.txt",
      "liaoyang-2015-opinion.txt",
      "ordos-2023-report.txt",
      "pingcheng-2020-report.txt"
    ]);
  }, 300_000);
});
