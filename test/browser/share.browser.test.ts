import {readFileSync} from "node:fs";
import {csvRows} from "../../loaders/read/read-data-csv.ts";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {browserAvailable, openSite, visit, type Site} from "../support/browser.ts";
import type {Page} from "playwright-core";

const run = browserAvailable();

/** Clicks a chart card's toolbar button and returns the downloaded file's name and text. */
async function download(page: Page, card: string, action: string): Promise<{name: string; text: string}> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`#${card} .chart-tools [data-action=${action}]`)
  ]);
  return {name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf-8")};
}

describe.runIf(run)("sharing: downloads, exports, view state and language", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("the coverage CSV for ?year=2022 has exactly the 50 cells on screen, with the shares drawn", async () => {
    const {page, external} = await visit(site, "/coverage?year=2022");
    const {name, text} = await download(page, "coverage-heatmap", "csv");
    expect(name).toMatch(/^coverage-heatmap-year=2022_.*\.csv$/);
    const [header, ...rows] = csvRows(text);
    expect(header).toEqual(["地区年度", "主题编号", "主题", "文件编号", "任务数", "任务占比", "篇幅占比"]);
    const drawn = await page.locator("#coverage-heatmap svg g[aria-label=cell] rect").count();
    expect(rows.length).toBe(50);
    expect(drawn).toBe(rows.length);
    const enforcement = rows.find((r) => r[3] === "dongsheng-2022-plan" && r[1] === "enforcement")!;
    expect(enforcement[4]).toBe("19");
    expect(`${Math.round(Number(enforcement[5]) * 100)}%`).toBe("22%");
    expect(rows.filter((r) => r[3] === "").length).toBe(40);
    expect(external).toEqual([]);
    await page.context().close();
  });

  test("the SVG export is self-contained: no external reference, the chart's marks inside", async () => {
    const {page} = await visit(site, "/coverage");
    const {name, text} = await download(page, "coverage-heatmap", "svg");
    expect(name).toMatch(/^coverage-heatmap.*\.svg$/);
    expect(text.startsWith("<svg")).toBe(true);
    const urls = [...text.matchAll(/(?:href|src)="([^"]*)"|url\(([^)]*)\)|@import/g)].map((m) => m[0]);
    // Only in-document references; the colour ramp is an <image> with a data: URI, inside the file.
    expect(urls.filter((u) => !/url\(#|href="#|href="data:image\/png;base64,/.test(u))).toEqual([]);
    expect(urls.filter((u) => /href="data:/.test(u)).length).toBe(1);
    // The only URL left is the view's own, as text in the site line under the chart.
    const urlsInText = [...text.matchAll(/https?:\/\/[^"\s)<]+/g)]
      .map((m) => m[0])
      .filter((u) => u !== "http://www.w3.org/2000/svg" && u !== "http://www.w3.org/1999/xlink");
    expect(urlsInText.length).toBe(1);
    expect(urlsInText.filter((u) => !u.startsWith(`${site.origin}/coverage`))).toEqual([]);
    expect((text.match(/<rect/g) ?? []).length).toBeGreaterThanOrEqual(51);
    expect(text).toContain("主题 × 地区");
    await page.context().close();
  });

  test("the language toggle switches chart labels and CSV headers to English, and the choice persists", async () => {
    const {page} = await visit(site, "/coverage");
    expect(await page.locator("#coverage-heatmap h2").textContent()).toBe("主题 × 地区");
    await page.click("a[data-lang-toggle]");
    await page.waitForURL(/lang=en/);
    await page.waitForSelector("#coverage-heatmap h2");
    expect(await page.locator("#coverage-heatmap h2").textContent()).toBe("Topics × jurisdictions");
    expect(await page.locator("#coverage-heatmap svg").first().textContent()).toContain("Share of tasks");
    const {text} = await download(page, "coverage-heatmap", "csv");
    expect(csvRows(text)[0]).toEqual([
      "jurisdiction_year",
      "topic_id",
      "topic",
      "doc_id",
      "items",
      "share_items",
      "share_chars"
    ]);
    expect(text).toContain("Dongsheng District 2022");
    await page.goto(page.url().replace(/\/coverage.*/, "/agencies"));
    await page.waitForSelector("#agency-workload h2");
    expect(await page.locator("#agency-workload h2").textContent()).toBe("Named agencies");
    await page.context().close();
  });

  test("a link with view state reopens the same selection, and changing it updates the link", async () => {
    const {page} = await visit(site, "/agencies?agency=market_regulation_bureau&role=support&measure=tasks");
    expect(await page.getByRole("radio", {name: "配合"}).isChecked()).toBe(true);
    expect(await page.getByRole("radio", {name: "数量"}).isChecked()).toBe(true);
    expect(await page.locator("#agency-tasks h2").textContent()).toMatch(/^市场监督管理局: 20 /);
    const select = page.locator("select").last();
    await select.selectOption({label: "司法局"});
    await expect.poll(() => new URL(page.url()).searchParams.get("agency")).toBe("justice_bureau");
    expect(new URL(page.url()).searchParams.get("role")).toBe("support");
    await page.context().close();
  });

  test("the brief's chart and the explore quick chart carry the same toolbar: CSV, SVG, PNG, embed", async () => {
    for (const [route, id] of [
      ["/brief/view?j=dongsheng-district", "brief-topics"],
      ["/explore", "result-chart"]
    ]) {
      const {page, external} = await visit(site, route);
      expect(
        await page
          .locator(`#${id} .chart-tools [data-action]`)
          .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.action))
      ).toEqual(expect.arrayContaining(["csv", "svg", "png"]));
      const {text} = await download(page, id, "svg");
      expect(text.startsWith("<svg")).toBe(true);
      expect(external).toEqual([]);
      await page.context().close();
    }
  });

  test("embed mode (?embed=<chart id>) shows only that chart, without sidebar or controls", async () => {
    const {page, external} = await visit(site, "/coverage?embed=coverage-heatmap&year=2022");
    expect(await page.locator("#coverage-heatmap").isVisible()).toBe(true);
    expect(await page.locator("#observablehq-sidebar").isVisible()).toBe(false);
    expect(await page.locator("#cell-items").isVisible()).toBe(false);
    expect(await page.locator("form").first().isVisible()).toBe(false);
    expect(external).toEqual([]);
    await page.context().close();
  });
});
