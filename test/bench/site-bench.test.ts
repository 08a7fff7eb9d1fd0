import {existsSync, readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {readParquetRows} from "../../loaders/tables/read-parquet.ts";
import {formatSiteReport, siteBench} from "../../bench/site-bench.ts";
import {browserAvailable, distDir} from "../support/browser.ts";

const built = existsSync(join(distDir, "index.html"));
if (!built) console.warn(`skipping site-bench test: ${distDir}/index.html is missing (npm run build)`);
const run = built && browserAvailable();

/** The distinct indicator_id values (null included, as GROUP BY keeps it) of the built site's indicators table. */
function distinctIndicatorIds(): number {
  const dir = join(distDir, "_file", "data");
  const file = readdirSync(dir).find((f) => /^indicators\.[0-9a-f]+\.parquet$/.test(f));
  if (!file) throw new Error(`no indicators parquet in ${dir}`);
  const rows = readParquetRows<{indicator_id: string | null}>(readFileSync(join(dir, file)));
  return new Set(rows.map((r) => r.indicator_id ?? null)).size;
}

describe.runIf(run)("siteBench({dist: 'dist', runs: 1}) on the seed site", () => {
  test("measures every page in Chromium with no request leaving loopback and no page error", async () => {
    const report = await siteBench({dist: distDir, runs: 1});
    expect(report.docs).toBe(5);
    expect(report.external_requests).toBe(0);
    expect(report.external_urls).toEqual([]);
    expect(report.page_errors).toEqual([]);
    expect(report.page_error_count).toBe(0);
    for (const key of [
      "overview_ms",
      "overview_bytes",
      "overview_requests",
      "indicators_filter_ms",
      "agencies_filter_ms",
      "explore_ready_ms",
      "explore_first_result_ms",
      "explore_group_by_ms",
      "explore_group_by_again_ms",
      "tilemap_ms",
      "tilemap_click_ms",
      "search_load_ms",
      "search_common_ms",
      "search_common_page_ms",
      "search_common_bytes",
      "search_rare_ms",
      "search_rare_page_ms",
      "search_rare_bytes"
    ] as const)
      expect(report[key], key).toBeGreaterThan(0);
    // The seeds: 34 tiles; 行政复议 50 times in 5 documents, 柔性执法 twice.
    expect(report.tilemap_tiles).toBe(34);
    expect([report.search_common_hits, report.search_rare_hits]).toEqual([50, 2]);
    // The first row shows no later than the first page is complete.
    expect(report.search_common_page_ms).toBeGreaterThanOrEqual(report.search_common_ms!);
    expect(report.search_rare_page_ms).toBeGreaterThanOrEqual(report.search_rare_ms!);
    expect(report.explore_first_result_ms).toBeGreaterThanOrEqual(report.explore_ready_ms!);
    expect(report.explore_group_by_rows).toBe(distinctIndicatorIds());
    expect(Object.keys(report.targets)).toEqual([
      "overview_ms",
      "overview_bytes",
      "indicators_filter_ms",
      "agencies_filter_ms",
      "explore_group_by_ms",
      "search_common_ms",
      "search_rare_ms",
      "tilemap_ms",
      "tilemap_click_ms",
      "external_requests",
      "page_error_count"
    ]);
    expect(report.targets.external_requests.met).toBe(true);
    expect(report.targets.overview_bytes.met).toBe(true);
    expect(formatSiteReport(report)).toMatch(/^site: 5 documents/);
  }, 180_000);
});
