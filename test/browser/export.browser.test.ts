import {readFileSync} from "node:fs";
import type {Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {readBuildId} from "../../scripts/stamp-build-id.ts";
import {browserAvailable, distDir, openSite, visit, type Site} from "../support/browser.ts";

const run = browserAvailable();

/** Clicks a chart card's toolbar button and returns the downloaded file's bytes. */
async function download(page: Page, card: string, action: string): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.click(`#${card} .chart-tools [data-action=${action}]`)
  ]);
  return readFileSync((await file.path())!);
}

/** What an exported SVG shows, measured by Chromium: its size, text by role, and any text outside the image. */
async function readSvg(site: Site, svg: string) {
  const page = await (await site.browser.newContext()).newPage();
  await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const result = await page.evaluate(() => {
    const root = document.querySelector("body > svg") as SVGSVGElement;
    const box = root.getBoundingClientRect();
    const texts = (selector: string) => [...root.querySelectorAll(selector)].map((t) => t.textContent ?? "");
    const outside = [...root.querySelectorAll("text")]
      .filter((t) => {
        const r = t.getBoundingClientRect();
        return (
          r.width > 0 &&
          (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        );
      })
      .map((t) => t.textContent);
    return {
      width: box.width,
      height: box.height,
      title: texts(".export-title").join(""),
      subtitle: texts(".export-subtitle").join(""),
      legend: texts(".export-legend text"),
      source: texts(".export-source").join(""),
      credit: texts(".export-credit").join(""),
      outside
    };
  });
  await page.context().close();
  return result;
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(png: Buffer): {width: number; height: number} {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

describe.runIf(run)("exports: PNG and SVG carry title, legend, source and the site line inside the image", () => {
  let site: Site;
  let build: string;
  beforeAll(async () => {
    site = await openSite();
    build = readBuildId(distDir)!;
  });
  afterAll(async () => site?.close());

  test("the agency SVG has its title, subtitle, the colour ramp of the legend, the source and site line with build id and URL, nothing outside", async () => {
    const {page} = await visit(site, "/agencies");
    // The heatmap's legend is a share ramp (0–100 %), not one swatch per jurisdiction.
    const swatches = await page.$$eval("#agency-workload svg[class$=-ramp] text", (els) =>
      els.map((e) => e.textContent)
    );
    expect(swatches).toContain("牵头任务占本地区任务的比例");
    expect(swatches).toContain("100%");
    const svg = await readSvg(site, (await download(page, "agency-workload", "svg")).toString("utf-8"));
    expect(svg.title).toBe("具体部门");
    expect(svg.subtitle).toBe("前 20 个部门");
    expect(svg.legend).toEqual(swatches);
    // Lines are wrapped to the image's width (414 px here); the space at a break is dropped.
    expect(svg.source.replace(/ /g, "")).toBe(
      "来源：assignments表(牵头、责任、参加、配合单位)，部门名称按data/agency-aliases.csv归一。"
    );
    // The URL of the view as it is when exported (the page selects an agency on load).
    const view = `${page.url().split("#")[0]}#agency-workload`;
    expect(view.startsWith(`${site.origin}/agencies`)).toBe(true);
    expect(svg.credit.replace(/ /g, "")).toBe(`法治政府建设文件比较·fazhi-compare·构建版本${build}·${view}`);
    expect(svg.outside).toEqual([]);
    await page.context().close();
  });

  test("the agency PNG is print size (≥ 2,400 px wide) and has the SVG's proportions, so legend and source lines are in it", async () => {
    const {page} = await visit(site, "/agencies");
    const svg = await readSvg(site, (await download(page, "agency-workload", "svg")).toString("utf-8"));
    const png = pngSize(await download(page, "agency-workload", "png"));
    expect(png.width).toBeGreaterThanOrEqual(2400);
    expect(Math.abs(png.height - (svg.height * png.width) / svg.width)).toBeLessThanOrEqual(1);
    await page.context().close();
  });

  test("the English coverage SVG carries the metric, the colour ramp with its ticks, and the site line, nothing outside", async () => {
    const {page} = await visit(site, "/coverage?lang=en");
    const ramp = await page.$$eval("#coverage-heatmap svg[class$=-ramp] text", (els) => els.map((e) => e.textContent));
    expect(ramp).toContain("Share of tasks");
    const svg = await readSvg(site, (await download(page, "coverage-heatmap", "svg")).toString("utf-8"));
    expect(svg.title).toBe("Topics × jurisdictions");
    expect(svg.legend).toEqual(ramp);
    // The URL of the view as it is when exported (the page selects a cell on load).
    const view = `${page.url().split("#")[0]}#coverage-heatmap`;
    expect(svg.credit.replace(/ /g, "")).toBe(`法治政府建设文件比较·fazhi-compare·build${build}·${view}`);
    expect(svg.outside).toEqual([]);
    await page.context().close();
  });

  test("the indicator SVG holds every small-multiple panel of the chart", async () => {
    // law_lectures has values in 次, 期 and 个: three panels (the default indicator has one unit).
    const {page} = await visit(site, "/indicators?indicator=law_lectures");
    const panels = await page.$$eval(
      "#indicator-chart svg:not([class$=-ramp])",
      (els) => els.filter((e) => !e.closest("[class*=-swatches]") && !e.parentElement!.closest("svg")).length
    );
    const text = (await download(page, "indicator-chart", "svg")).toString("utf-8");
    expect(panels).toBeGreaterThan(1);
    expect(
      (text.match(/<svg[^>]*class="plot-[^"]*"/g) ?? []).filter((s) => !/-ramp/.test(s)).length
    ).toBeGreaterThanOrEqual(panels);
    await page.context().close();
  });
});
