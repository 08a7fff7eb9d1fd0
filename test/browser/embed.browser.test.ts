import {createServer, type Server} from "node:http";
import type {Frame, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {blockExternal} from "../../scripts/chromium.ts";
import {browserAvailable, expectClean, openSite, visit, type Site} from "../support/browser.ts";

const run = browserAvailable();

/** Every chart that offers an embed snippet, grouped by the page that shows it. */
const embeds: [route: string, ids: string[]][] = [
  ["/", ["corpus-timeline"]],
  ["/coverage?year=2022", ["coverage-heatmap"]],
  ["/indicators", ["indicator-chart"]],
  ["/agencies", ["agency-workload", "collective-workload", "co-lead-matrix"]],
  ["/brief/view?j=dongsheng-district", ["brief-topics"]],
  ["/explore", ["result-chart"]],
  ["/terms?terms=行政复议", ["term-trends"]]
];

/** The elements with a size on screen that are neither the chart, inside it, around it, nor the embed's note. */
function strays(frame: Page | Frame, id: string): Promise<string[]> {
  return frame.evaluate((id) => {
    const chart = document.getElementById(id);
    if (!chart) return [`no #${id}`];
    return [...document.body.querySelectorAll("*")]
      .filter((el) => !chart.contains(el) && !el.contains(chart) && !el.closest(".embed-note"))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      })
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}: ${(el.textContent ?? "").slice(0, 40)}`);
  }, id);
}

/** Opens the chart's "embed and link" box as a user does and returns the snippet it shows. */
async function snippet(page: Page, id: string): Promise<string> {
  await page.click(`#${id} .chart-embed summary`);
  // The box fills its code on the "toggle" event, which the browser fires after the click returns.
  const code = page.locator(`#${id} .chart-embed textarea`);
  await expect.poll(() => code.inputValue()).toContain("<iframe");
  return code.inputValue();
}

describe.runIf(run)("embeds: every chart with a snippet embeds alone, sized by its own height", () => {
  let site: Site;
  let host: Server;
  let hostOrigin: string;
  let hostPage = "";
  beforeAll(async () => {
    site = await openSite();
    // A report author's page, on another loopback port: a different origin from the site.
    host = createServer((_req, res) => {
      res.writeHead(200, {"content-type": "text/html; charset=utf-8"});
      res.end(hostPage);
    });
    await new Promise<void>((ok) => host.listen(0, "127.0.0.1", ok));
    hostOrigin = `http://127.0.0.1:${(host.address() as {port: number}).port}`;
  });
  afterAll(async () => {
    await site?.close();
    await new Promise((ok) => host?.close(ok));
  });

  for (const [route, ids] of embeds) {
    test(`${ids.join(", ")} (${route}): the snippet's iframe on another origin shows the chart alone, fits its height, links to the site`, async () => {
      const report = await visit(site, route);
      expectClean(report);
      for (const id of ids) {
        const code = await snippet(report.page, id);
        expect(code).toContain(`data-fazhi-embed="${id}"`);
        hostPage = `<!doctype html><meta charset="utf-8"><h1>A report</h1>${code}<p>after the chart</p>`;
        const context = await site.browser.newContext({viewport: {width: 1000, height: 800}});
        const external: string[] = [];
        await blockExternal(context, (url) => external.push(url));
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (e) => errors.push(e.message));
        await page.goto(hostOrigin + "/", {waitUntil: "networkidle"});
        const frame = page.frames().find((f) => f.url().includes(`embed=${id}`))!;
        expect(frame).toBeTruthy();
        await frame.waitForSelector(`#${id} svg`, {timeout: 30_000});
        await frame.waitForSelector(".embed-credit a[data-action=open-on-site]");
        // The iframe takes the height the embedded page posts: its content fits without a scroll bar or a gap.
        await expect
          .poll(
            async () => {
              const inner = await frame.evaluate(() => ({
                scroll: document.documentElement.scrollHeight,
                bottom: document.querySelector(".embed-credit")!.getBoundingClientRect().bottom,
                viewport: innerHeight
              }));
              return inner.scroll <= inner.viewport && inner.viewport - inner.bottom <= 24;
            },
            {timeout: 15_000}
          )
          .toBe(true);
        expect(await strays(frame, id)).toEqual([]);
        const open = new URL((await frame.getAttribute(".embed-credit a[data-action=open-on-site]", "href"))!);
        expect([open.origin, open.searchParams.has("embed"), open.hash]).toEqual([site.origin, false, `#${id}`]);
        const caption = new URL((await page.getAttribute("figcaption a", "href"))!);
        expect([caption.origin, caption.searchParams.has("embed")]).toEqual([site.origin, false]);
        expect(external).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      }
      await report.page.context().close();
    });
  }

  test("an unknown ?embed= id says so in the page's language instead of showing a blank page", async () => {
    for (const [route, text] of [
      ["/coverage?embed=no-such-chart", "本页没有 id 为“no-such-chart”的图表。"],
      ["/agencies?embed=no-such-chart&lang=en", "No chart with id “no-such-chart” on this page."]
    ]) {
      const report = await visit(site, route);
      await report.page.waitForSelector(".embed-missing", {state: "visible"});
      expect(await report.page.locator(".embed-missing").textContent()).toBe(text);
      expect(await report.page.locator("#observablehq-sidebar").isVisible()).toBe(false);
      expectClean(report);
      await report.page.context().close();
    }
  });

  test("a known ?embed= id shows no missing-chart message", async () => {
    const report = await visit(site, "/agencies?embed=agency-workload");
    await report.page.waitForSelector("#agency-workload svg");
    await report.page.waitForTimeout(500);
    expect(await report.page.locator(".embed-missing").isVisible()).toBe(false);
    expect(await strays(report.page, "agency-workload")).toEqual([]);
    await report.page.context().close();
  });
});
