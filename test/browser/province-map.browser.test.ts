/**
 * The province tile map on the built seed site: one tile per provincial-level unit, the seeds' four provinces
 * shaded and the other thirty marked not reported, and a real mouse click on a tile filtering the page to that
 * province (kept in the URL), on the overview and on /coverage.
 */
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {browserAvailable, expectClean, openSite, visit, type Site} from "../support/browser.ts";

const run = browserAvailable();
const TILES = "#province-map svg g[aria-label=cell] rect[aria-label]";

/** Moves the mouse onto the tile of `province` (as documents.province spells it) and clicks it. */
async function clickTile(page: Page, province: string): Promise<void> {
  const tile = page.locator(`${TILES}[aria-label="${province}"]`);
  await tile.scrollIntoViewIfNeeded();
  const box = await tile.boundingBox();
  if (!box) throw new Error(`no tile for ${province}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe.runIf(run)("the province tile map in headless Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("/ draws 34 tiles, the seeds' 4 provinces shaded with their documents (内蒙古 2) and 30 dashed", async () => {
    const report = await visit(site, "/");
    expectClean(report);
    const {page} = report;
    const tiles = await page.locator(TILES).evaluateAll((rects) =>
      rects.map((r) => ({
        province: r.getAttribute("aria-label"),
        dashed: r.closest("g")?.getAttribute("stroke-dasharray") != null
      }))
    );
    expect(tiles).toHaveLength(34);
    expect(
      tiles
        .filter((t) => !t.dashed)
        .map((t) => t.province)
        .sort()
    ).toEqual(["内蒙古自治区", "山西省", "新疆维吾尔自治区", "辽宁省"].sort());
    const labels = await page.locator("#province-map svg g[aria-label=text] text").allTextContents();
    expect(labels).toContain("内蒙古");
    expect(labels.filter((l) => /^\d+$/.test(l)).sort()).toEqual(["1", "1", "1", "2"]);
    expect(labels.filter((l) => l === "–")).toHaveLength(30);
    await page.context().close();
  });

  test("/: a click on Inner Mongolia's tile lists its 2 documents of 5 and keeps ?province=; a second click clears", async () => {
    const {page} = await visit(site, "/");
    const listed = () => page.locator("#documents-list table tbody tr").count();
    const dots = () => page.locator("#corpus-timeline svg [aria-label=dot] circle").count();
    expect([await listed(), await dots()]).toEqual([5, 5]);
    await clickTile(page, "内蒙古自治区");
    await expect.poll(() => new URL(page.url()).searchParams.get("province")).toBe("内蒙古自治区");
    await expect.poll(listed).toBe(2);
    expect(await dots()).toBe(2);
    // The chosen tile is outlined; clicking it again shows every province.
    await expect
      .poll(() => page.locator("#province-map svg g[aria-label=cell] rect:not([aria-label])").count())
      .toBe(1);
    await clickTile(page, "内蒙古自治区");
    await expect.poll(() => new URL(page.url()).searchParams.get("province")).toBe(null);
    await expect.poll(listed).toBe(5);
    await page.context().close();
  });

  test("/ with ?province= reopens the filtered view; a tile without documents does nothing", async () => {
    const {page} = await visit(site, "/?province=辽宁省");
    await expect.poll(() => page.locator("#documents-list table tbody tr").count()).toBe(1);
    await clickTile(page, "广东省");
    await page.waitForTimeout(300);
    expect(new URL(page.url()).searchParams.get("province")).toBe("辽宁省");
    expect(await page.locator("#documents-list table tbody tr").count()).toBe(1);
    await page.context().close();
  });

  test("/coverage: a click on Liaoning's tile leaves its one document in the heatmap (10 cells of 50)", async () => {
    const {page} = await visit(site, "/coverage?topic=enforcement");
    const cells = () =>
      page
        .locator("#coverage-heatmap svg g[aria-label=cell]")
        .evaluateAll((gs) => Math.max(...gs.map((g) => g.querySelectorAll("rect").length)));
    expect(await cells()).toBe(50);
    await clickTile(page, "辽宁省");
    await expect.poll(() => new URL(page.url()).searchParams.get("province")).toBe("辽宁省");
    await expect.poll(cells).toBe(10);
    await page.context().close();
  });

  test("/indicators: law lectures are reported in 3 provinces; a click on Shanxi's tile leaves Pingcheng's 2 dots and Shanxi's quantities", async () => {
    const {page} = await visit(site, "/indicators?indicator=law_lectures");
    const dots = () =>
      page.locator("#indicator-chart svg g[aria-label=dot] path").evaluateAll((ps) => ps.map((p) => p.ariaLabel));
    // Eight values in three unit panels: Pingcheng's 2 actuals, Ordos's 1, and 5 targets (Bayingol 3, Dongsheng 2).
    expect(await dots()).toHaveLength(8);
    const shaded = await page
      .locator(TILES)
      .evaluateAll((rects) =>
        rects
          .filter((r) => r.closest("g")?.getAttribute("stroke-dasharray") == null)
          .map((r) => r.getAttribute("aria-label"))
      );
    expect(shaded.sort()).toEqual(["内蒙古自治区", "山西省", "新疆维吾尔自治区"].sort());
    await clickTile(page, "山西省");
    await expect.poll(() => new URL(page.url()).searchParams.get("province")).toBe("山西省");
    await expect.poll(dots).toEqual(["平城区 2020: 10次 (actual)", "平城区 2020: 1次 (actual)"]);
    expect(new URL(page.url()).searchParams.get("indicator")).toBe("law_lectures");
    // The list of every quantity keeps Shanxi's too, and its Explore link asks for the same province.
    const explore = page.locator("#quantities-note a[data-action=explore]");
    await expect
      .poll(() => explore.getAttribute("href").then((h) => new URL(h!, site.origin).searchParams.get("q")))
      .toContain("WHERE d.province = '山西省'");
    await page.context().close();
  });

  test("?lang=en labels the tiles with their ISO codes and the legend in English", async () => {
    const {page} = await visit(site, "/?lang=en");
    const labels = await page.locator("#province-map svg g[aria-label=text] text").allTextContents();
    expect(labels).toEqual(expect.arrayContaining(["NM", "LN", "SX", "XJ", "GD"]));
    expect(await page.locator("#province-map").textContent()).toContain("Documents");
    await page.context().close();
  });
});
