import {existsSync, mkdirSync, readdirSync, statSync} from "node:fs";
import type {Server} from "node:http";
import {join, relative} from "node:path";
import type {Browser, Page} from "playwright-core";
import {expect} from "vitest";
import {blockExternal, chromiumPath, launchChromium} from "../../scripts/chromium.ts";
import {serveStatic} from "../../scripts/static-server.ts";

export const distDir = "dist";
export const screenshotDir = "test/screenshots";

/** True when the browser tests can run; in CI a missing Chromium is an error, locally a skip with a message. */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === "true")
    throw new Error(`CI=true but Chromium is missing at ${chromiumPath}: apt-get install -y chromium fonts-noto-cjk`);
  console.warn(
    `skipping browser tests: no Chromium at ${chromiumPath} (apt-get install -y chromium fonts-noto-cjk, or set CHROMIUM_PATH)`
  );
  return false;
}

/** A table the build wrote (dist/_file/data/<name>.<hash>.parquet), for reading it back with DuckDB. */
export function builtParquet(name: string, dir = distDir): string {
  const data = join(dir, "_file", "data");
  return join(
    data,
    readdirSync(data).find((file) => new RegExp(`^${name}\\.[0-9a-f]+\\.parquet$`).test(file))!
  );
}

/** Every route of the built site: one per .html file in dist/ (404 excluded), as clean URLs. */
export function builtRoutes(dir = distDir): string[] {
  const routes: string[] = [];
  const visit = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) {
        if (!name.startsWith("_")) visit(full);
      } else if (name.endsWith(".html") && name !== "404.html") {
        const route =
          "/" +
          relative(dir, full)
            .replace(/\.html$/, "")
            .replace(/(^|\/)index$/, "$1");
        routes.push(route);
      }
    }
  };
  visit(dir);
  return routes;
}

/**
 * The routes of the per-document and per-brief JSON files the build wrote (scripts/write-bundles.ts):
 * `/document?id=<doc_id>` and `/brief/view?j=<slug>`, sorted.
 */
export function bundleRoutes(dir = distDir): string[] {
  const ids = (kind: string) =>
    existsSync(join(dir, "_file", "data", kind))
      ? readdirSync(join(dir, "_file", "data", kind))
          .filter((name) => name.endsWith(".json"))
          .map((name) => name.slice(0, -".json".length))
          .sort()
      : [];
  return [
    ...ids("documents").map((id) => `/document?id=${id}`),
    ...ids("briefs").map((slug) => `/brief/view?j=${slug}`)
  ];
}

export interface Site {
  origin: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Serves dist/ on 127.0.0.1 and launches headless Chromium with background networking off. */
export async function openSite(): Promise<Site> {
  if (!existsSync(join(distDir, "index.html"))) throw new Error("dist/index.html is missing: run npm run build first");
  const server: Server = await serveStatic(distDir, 0);
  const {port} = server.address() as {port: number};
  const browser = await launchChromium();

  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    }
  };
}

/** What a page did while it loaded: requests that tried to leave loopback, failed requests, errors. */
export interface PageReport {
  page: Page;
  external: string[];
  failed: string[];
  errors: string[];
  cellErrors: string[];
}

/**
 * Opens a route with every request leaving 127.0.0.1 blocked and recorded, waits until the page has
 * settled (network idle and no Observable cell still pending), and collects failures and errors.
 */
export async function visit(
  site: Site,
  route: string,
  {
    width = 1280,
    height = 900,
    onRequest,
    init,
    cellTimeout = 30_000
  }: {
    width?: number;
    height?: number;
    onRequest?: (url: string) => void;
    /** Runs in the page before its own scripts (Playwright's addInitScript). */
    init?: () => void;
    /** How long to wait for pending cells before reporting the page as it is. */
    cellTimeout?: number;
  } = {}
): Promise<PageReport> {
  const context = await site.browser.newContext({viewport: {width, height}, acceptDownloads: true});
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const report: PageReport = {page, external: [], failed: [], errors: [], cellErrors: []};
  await blockExternal(context, (url) => report.external.push(url), onRequest);
  page.on("requestfailed", (req) => {
    if (!report.external.includes(req.url())) report.failed.push(`${req.url()} ${req.failure()?.errorText ?? ""}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) report.failed.push(`${res.url()} HTTP ${res.status()}`);
  });
  page.on("pageerror", (error) => report.errors.push(`pageerror: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") report.errors.push(`console: ${msg.text()}`);
  });
  await page.goto(site.origin + route, {waitUntil: "networkidle"});
  await page
    // Framework 1.13 shows a pending cell as an <observablehq-loading> element.
    .waitForFunction(() => !document.querySelector("observablehq-loading"), null, {
      timeout: cellTimeout
    })
    .catch(() => {});
  await page.waitForLoadState("networkidle");
  report.cellErrors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent ?? ""));
  return report;
}

/** Asserts a page made no request leaving loopback, no failed request, and showed no page, console or cell error. */
export function expectClean(report: PageReport): void {
  expect(report.external).toEqual([]);
  expect(report.failed).toEqual([]);
  expect(report.errors).toEqual([]);
  expect(report.cellErrors).toEqual([]);
}

/** Saves a full-page screenshot under test/screenshots/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, {recursive: true});
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({path, fullPage: true});
  return path;
}
