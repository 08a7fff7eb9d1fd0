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
});
