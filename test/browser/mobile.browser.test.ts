import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {browserAvailable, expectClean, openSite, visit, type Site} from "../support/browser.ts";

const run = browserAvailable();

describe.runIf(run)("pages at 390 px (a phone)", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  for (const lang of ["zh", "en"]) {
    test(`/ (${lang}): the timeline has at least 3 year ticks and every label inside the svg`, async () => {
      const report = await visit(site, `/?lang=${lang}`, {width: 390});
      expectClean(report);
      const {page} = report;
      // The chart, not the swatches of its legend (each an svg of its own).
      const svg = page.locator(`#corpus-timeline svg:has([aria-label="x-axis tick label"])`);
      const ticks = await svg.locator('[aria-label="x-axis tick label"] text').count();
      expect(ticks).toBeGreaterThanOrEqual(3);
      const outside = await svg.evaluate((el) => {
        const frame = el.getBoundingClientRect();
        return [...el.querySelectorAll("text")]
          .map((t) => ({text: t.textContent, box: t.getBoundingClientRect()}))
          .filter(({box}) => box.width > 0)
          .filter(
            ({box}) =>
              box.left < frame.left - 0.5 ||
              box.right > frame.right + 0.5 ||
              box.top < frame.top - 0.5 ||
              box.bottom > frame.bottom + 0.5
          )
          .map(({text}) => text);
      });
      expect(outside).toEqual([]);
      // Every row is named (above its row, since the left margin is too narrow for names).
      expect(await svg.locator("text", {hasText: lang === "en" ? "Ordos" : "鄂尔多斯市"}).count()).toBeGreaterThan(0);
      await page.context().close();
    });
  }

  test("/compare: the two documents' columns stack, the first above the second", async () => {
    const report = await visit(site, "/compare?lang=en", {width: 390});
    expectClean(report);
    const {page} = report;
    await expect.poll(() => page.locator(".aligned tr.pair").count()).toBeGreaterThan(0);
    const boxes = await page.locator(".aligned tr.pair").evaluateAll((rows) =>
      rows.map((row) => {
        const box = (side: string) => row.querySelector(`td[data-side=${side}]`)!.getBoundingClientRect();
        const [left, right] = [box("left"), box("right")];
        return {leftBottom: left.bottom, rightTop: right.top, leftWidth: left.width, rightWidth: right.width};
      })
    );
    for (const b of boxes) {
      expect(b.leftBottom).toBeLessThanOrEqual(b.rightTop);
      // Stacked cells take the card's width, not a third of it.
      expect(b.leftWidth).toBeGreaterThan(250);
      expect(b.rightWidth).toBeGreaterThan(250);
    }
    await page.context().close();
  });

  test("/follow: a task's cells stack, the task above its status, each as wide as the card", async () => {
    const report = await visit(site, "/follow?plan=dongsheng-2022-plan", {width: 390});
    expectClean(report);
    const {page} = report;
    await expect.poll(() => page.locator("table.follow-tasks tbody tr").count()).toBeGreaterThan(0);
    const cells = await page
      .locator("table.follow-tasks tbody tr")
      .first()
      .evaluate((row) => [...row.querySelectorAll("td")].map((td) => td.getBoundingClientRect()));
    expect(cells.length).toBeGreaterThanOrEqual(2);
    expect(cells[0].bottom).toBeLessThanOrEqual(cells[1].top + 0.5);
    for (const box of cells) expect(box.width).toBeGreaterThan(250);
    await page.context().close();
  });

  test("/indicators: the quantity table scrolls sideways, a jurisdiction's name never one character a line", async () => {
    const report = await visit(site, "/indicators", {width: 390});
    expectClean(report);
    const {page} = report;
    const table = page.locator(".source-table table").last();
    await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(0);
    const {tableWidth, frameWidth, cellWidth} = await table.evaluate((el) => ({
      tableWidth: el.getBoundingClientRect().width,
      frameWidth: el.closest("form")!.getBoundingClientRect().width,
      cellWidth: el.querySelector("tbody td:nth-child(2)")!.getBoundingClientRect().width
    }));
    expect(tableWidth).toBeGreaterThan(frameWidth);
    // 巴音郭楞蒙古自治州 in 13 px type: at least two characters a line (before, one: 14 px wide).
    expect(cellWidth).toBeGreaterThan(26);
    await page.context().close();
  });
});
