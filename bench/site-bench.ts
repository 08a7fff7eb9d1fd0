/**
 * tsx bench/site-bench.ts --dist <dir> [--runs R] [--json FILE]
 *
 * Measures a built site in headless Chromium, the way a reader meets it: serves `<dir>` on 127.0.0.1, launches
 * Debian's Chromium with background networking off (as test/support/browser.ts does), blocks and counts every
 * request that leaves 127.0.0.1, and takes medians over `--runs` runs (default 3), each in a fresh browser context
 * with an empty cache:
 *
 * - `/`: ms from navigation start until rendered (READY["/"] in the DOM, no Observable cell still loading, one
 *   frame later) and bytes transferred (body and headers of every finished request, workers' included, until
 *   network idle); the province tile map's draw time (ms from navigation until its tiles are in the DOM, one frame
 *   later) and a real mouse click on the tile of the province with most documents, timed until the page is filtered
 *   (the corpus chart redrawn; TILE_CLICK);
 * - `/search`: the page's load, then each phrase of SEARCHES typed and submitted as a reader would: ms from the
 *   submit until the first result row is shown (one frame later), until the first page's rows are all shown (the
 *   summary's data-pending is 0, one frame later; the rows of the first documents show before the rest of the
 *   page's files have arrived) and the bytes fetched for it (index shards and the documents' files for the contexts,
 *   until network idle);
 * - `/indicators` and `/agencies`: ms from the filter's input event until the chart's svg has been replaced and one
 *   frame has passed (FILTERS), measured in the page with performance.now();
 * - `/explore`: DuckDB's own ready time (#duckdb-ready data-ms), ms from navigation until the example query's
 *   result table is shown, and ms from Ctrl+Enter until a GROUP BY over every indicator row is shown, first right
 *   after the page settled (the target; it waits for a table still loading in the background), then once more;
 * - requests that tried to leave 127.0.0.1 (must be 0) and page, console and cell errors.
 */
import {existsSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import type {Server} from "node:http";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import type {Browser, Page} from "playwright-core";
import {blockExternal, chromiumPath, launchChromium} from "../scripts/chromium.ts";
import {serveStatic} from "../scripts/static-server.ts";

/** What "rendered" means per route: every selector matches, and no Observable cell still shows its loading slot. */
export const READY: Record<string, string[]> = {
  "/": ["#corpus-timeline svg", ".card.stat .big", "[data-headline]"],
  "/indicators": ["#indicator-chart svg", "main select"],
  "/agencies": ["#agency-workload svg", "main input[type=radio]"],
  "/explore": ["#duckdb-ready", "#sql-status", "#result table"],
  "/search": ["main form input[type=text]", ".search-hint"]
};

/** The province tile map on the overview: its tiles, and the chart a click on a tile filters. */
export const TILE_MAP = {tiles: "#province-map svg g[aria-label=cell] rect[aria-label]", filtered: "#corpus-timeline"};

/** The phrases searched on /search: a common one and a rarer one. */
export const SEARCHES: {key: "search_common" | "search_rare"; phrase: string}[] = [
  {key: "search_common", phrase: "行政复议"},
  {key: "search_rare", phrase: "柔性执法"}
];

/**
 * A filter change timed: the control (the input labelled `label`, else the first of its kind in main: a select moves
 * to its next option, a radio group to its first unchecked radio) and the chart card whose svg must be redrawn.
 */
export interface Filter {
  route: string;
  control: "select" | "radio";
  label: string;
  chart: string;
}

/** The filter changes timed. */
export const FILTERS: Record<string, Filter> = {
  indicators: {route: "/indicators", control: "select", label: "指标|Indicator", chart: "#indicator-chart"},
  agencies: {route: "/agencies", control: "radio", label: "角色|Role", chart: "#agency-workload"}
};

/** The GROUP BY timed on /explore: over every indicator row. */
export const GROUP_BY_SQL = "SELECT indicator_id, count(*) AS n, avg(value) AS mean FROM indicators GROUP BY 1";

/** The site targets of issue 6 (this machine, 10,000 documents): each measured value must be ≤ its limit. */
export const SITE_TARGETS: {key: keyof SiteMeasures; label: string; limit: number; unit: string}[] = [
  {key: "overview_ms", label: "overview rendered after navigation", limit: 2000, unit: "ms"},
  {key: "overview_bytes", label: "overview bytes transferred", limit: 5_000_000, unit: "bytes"},
  {key: "indicators_filter_ms", label: "/indicators filter change redrawn", limit: 200, unit: "ms"},
  {key: "agencies_filter_ms", label: "/agencies filter change redrawn", limit: 200, unit: "ms"},
  {key: "explore_group_by_ms", label: "/explore GROUP BY over all indicator rows", limit: 500, unit: "ms"},
  {key: "search_common_ms", label: "/search first result row: 行政复议", limit: 300, unit: "ms"},
  {key: "search_rare_ms", label: "/search first result row: 柔性执法", limit: 300, unit: "ms"},
  {key: "tilemap_ms", label: "overview province tile map drawn after navigation", limit: 2000, unit: "ms"},
  {key: "tilemap_click_ms", label: "overview filtered after a click on a province tile", limit: 200, unit: "ms"},
  {key: "external_requests", label: "requests leaving 127.0.0.1", limit: 0, unit: "requests"},
  {key: "page_error_count", label: "page, console and cell errors", limit: 0, unit: "errors"}
];

/** The measured medians (null when a measurement could not be taken; the reason is in `page_errors`). */
export interface SiteMeasures {
  overview_ms: number | null;
  overview_settled_ms: number | null;
  overview_bytes: number | null;
  overview_requests: number | null;
  indicators_filter_ms: number | null;
  agencies_filter_ms: number | null;
  explore_ready_ms: number | null;
  explore_first_result_ms: number | null;
  explore_bytes: number | null;
  explore_group_by_ms: number | null;
  explore_group_by_query_ms: number | null;
  explore_group_by_load_ms: number | null;
  explore_group_by_again_ms: number | null;
  explore_group_by_rows: number | null;
  tilemap_ms: number | null;
  tilemap_tiles: number | null;
  tilemap_click_ms: number | null;
  search_load_ms: number | null;
  search_load_bytes: number | null;
  search_common_ms: number | null;
  search_common_bytes: number | null;
  search_common_hits: number | null;
  search_common_shards_ms: number | null;
  search_common_contexts_ms: number | null;
  search_common_page_ms: number | null;
  search_rare_ms: number | null;
  search_rare_bytes: number | null;
  search_rare_hits: number | null;
  search_rare_shards_ms: number | null;
  search_rare_contexts_ms: number | null;
  search_rare_page_ms: number | null;
  external_requests: number;
  page_error_count: number;
}

export interface SiteTarget {
  label: string;
  value: number | null;
  limit: number;
  unit: string;
  met: boolean;
}

export interface SiteReport extends SiteMeasures {
  dist: string;
  docs: number | null;
  indicator_rows: number | null;
  runs: number;
  chromium: string;
  samples: Record<string, (number | null)[]>;
  /** The five largest transfers of the last run's /, /explore and /search loads and of each search. */
  largest_transfers: Record<string, Transfer[]>;
  external_urls: string[];
  page_errors: string[];
  targets: Record<string, SiteTarget>;
}

function median(values: (number | null)[]): number | null {
  const sorted = values.filter((v): v is number => v != null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(x: number | null): number | null {
  return x == null ? null : Math.round(x * 10) / 10;
}

/** Row counts of the site's tables from its release manifest (dist/_file/data/release.*.json); {} if none. */
export function siteRowCounts(dist: string): Record<string, number> {
  const dir = join(dist, "_file", "data");
  const file = existsSync(dir) ? readdirSync(dir).find((f) => /^release\.[0-9a-f]+\.json$/.test(f)) : undefined;
  if (!file) return {};
  const release = JSON.parse(readFileSync(join(dir, file), "utf-8")) as {tables?: {name: string; rows: number}[]};
  return Object.fromEntries((release.tables ?? []).map((t) => [t.name, t.rows]));
}

// The in-page probes are JavaScript source text, not functions: the TypeScript transpiler would otherwise add helpers
// (esbuild's __name) that do not exist in the page.

/**
 * Installed before any page script: records when `selectors` last all matched (no cell loading), one frame later,
 * and when the tile map's tiles (TILE_MAP.tiles) were first in the DOM, one frame later.
 */
const readyProbe = (selectors: string[]) => `(() => {
  const selectors = ${JSON.stringify(selectors)};
  const state = (window.__bench = {ready: false, readyAt: null, lastMutation: 0, generation: 0, tilesAt: null, tiles: 0});
  let tilesSeen = false;
  new MutationObserver(() => {
    state.lastMutation = performance.now();
    if (!tilesSeen && document.querySelector(${JSON.stringify(TILE_MAP.tiles)})) {
      tilesSeen = true;
      requestAnimationFrame(() => setTimeout(() => {
        state.tilesAt = performance.now();
        state.tiles = document.querySelectorAll(${JSON.stringify(TILE_MAP.tiles)}).length;
      }));
    }
    const ready =
      !document.querySelector("observablehq-loading, .observablehq--running") &&
      selectors.every((s) => document.querySelector(s));
    if (ready && !state.ready) {
      const generation = ++state.generation;
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (state.generation === generation && state.ready) state.readyAt = performance.now();
        })
      );
    }
    if (!ready) ++state.generation;
    state.ready = ready;
  }).observe(document, {childList: true, subtree: true, attributes: true, attributeFilter: ["class"]});
})()`;

/** Bytes transferred for one path during a page load, and how many times it was fetched. */
export interface Transfer {
  path: string;
  count: number;
  bytes: number;
}

interface Load {
  page: Page;
  ms: number | null;
  settled_ms: number | null;
  bytes: number;
  requests: number;
  largest: Transfer[];
  /** The tile map's draw time and tile count (null and 0 when the route has none). */
  tiles_ms: number | null;
  tiles: number;
  /** Every request finished so far in this context, as [url, bytes] (grows while the page runs). */
  sizes: Promise<[string, number]>[];
}

interface Session {
  browser: Browser;
  origin: string;
  external: string[];
  errors: string[];
}

/** Opens a route in a fresh context and waits until READY holds and the network is idle; null ms on timeout. */
async function load(session: Session, route: string, timeout: number): Promise<Load> {
  const context = await session.browser.newContext({viewport: {width: 1280, height: 900}});
  await blockExternal(context, (url) => session.external.push(url));
  await context.addInitScript(readyProbe(READY[route] ?? []));
  const page = await context.newPage();
  page.on("pageerror", (error) => session.errors.push(`${route} pageerror: ${error.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") session.errors.push(`${route} console: ${msg.text()}`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) session.errors.push(`${route} HTTP ${res.status()} ${res.url()}`);
  });
  // Every finished request of the context, workers' included (DuckDB fetches its wasm from a worker).
  const sizes: Promise<[string, number]>[] = [];
  context.on("requestfinished", (request) =>
    sizes.push(
      request.sizes().then(
        (s) => [request.url(), s.responseBodySize + s.responseHeadersSize],
        () => [request.url(), 0]
      )
    )
  );
  await page.goto(session.origin + route, {waitUntil: "load", timeout});
  const ready = await page
    .waitForFunction("window.__bench?.ready && window.__bench.readyAt != null", null, {timeout})
    .then(() => true)
    .catch(() => false);
  if (!ready) session.errors.push(`${route}: not rendered within ${timeout} ms (${READY[route]?.join(", ")})`);
  await page.waitForLoadState("networkidle", {timeout}).catch(() => {});
  const cellErrors = await page.$$eval(".observablehq--error", (els) => els.map((e) => e.textContent ?? ""));
  for (const e of cellErrors) session.errors.push(`${route} cell error: ${e.slice(0, 200)}`);
  const state = (await page.evaluate("window.__bench")) as {
    readyAt: number | null;
    lastMutation: number;
    tilesAt: number | null;
    tiles: number;
  };
  const transfers = await transferred(session, sizes);
  return {
    page,
    ms: ready ? state.readyAt : null,
    settled_ms: state.lastMutation,
    ...transfers,
    tiles_ms: state.tilesAt,
    tiles: state.tiles,
    sizes
  };
}

/** The bytes and count of the finished requests `sizes`, and the five largest paths (same-origin by path). */
async function transferred(
  session: Session,
  sizes: Promise<[string, number]>[]
): Promise<{bytes: number; requests: number; largest: Transfer[]}> {
  const transfers = new Map<string, Transfer>();
  for (const [href, bytes] of await Promise.all(sizes)) {
    const url = new URL(href);
    const path = url.origin === session.origin ? url.pathname : href;
    const t = transfers.get(path) ?? {path, count: 0, bytes: 0};
    transfers.set(path, {path, count: t.count + 1, bytes: t.bytes + bytes});
  }
  return {
    bytes: [...transfers.values()].reduce((a, t) => a + t.bytes, 0),
    requests: sizes.length,
    largest: [...transfers.values()].sort((a, b) => b.bytes - a.bytes).slice(0, 5)
  };
}

/**
 * In the page: marks the chart's current svgs, changes the control (first select with options → next option; first
 * radio group → first unchecked radio) and resolves with the ms from the input event until a new svg is in the
 * chart and one frame has passed (null when there is no control, or after `timeout` ms).
 */
const changeAndTime = ({control, label, chart, timeout}: Filter & {timeout: number}) => `(() => {
  const chart = ${JSON.stringify(chart)};
  for (const svg of document.querySelectorAll(chart + " svg")) svg.setAttribute("data-bench-old", "");
  const label = new RegExp("^\\\\s*(" + ${JSON.stringify(label)} + ")\\\\s*$");
  const labelled = (el) => label.test(el.form?.querySelector("label")?.textContent ?? "");
  let target;
  if (${JSON.stringify(control)} === "select") {
    const selects = [...document.querySelectorAll("main select")].filter((s) => s.options.length > 1);
    target = selects.find(labelled) ?? selects[0];
    if (target) target.selectedIndex = (target.selectedIndex + 1) % target.options.length;
  } else {
    const radios = [...document.querySelectorAll("main input[type=radio]")];
    const form = (radios.find(labelled) ?? radios[0])?.form;
    target = radios.find((r) => r.form === form && !r.checked);
    if (target) target.checked = true;
  }
  if (!target) return null;
  return new Promise((done) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!document.querySelector(chart + " svg:not([data-bench-old])")) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
    });
    observer.observe(document.body, {childList: true, subtree: true});
    setTimeout(() => (observer.disconnect(), done(null)), ${timeout});
    target.dispatchEvent(new Event("input", {bubbles: true}));
  });
})()`;

/**
 * In the page: runs `sql` through the explore page's editor (Ctrl+Enter in its textarea) and resolves with the ms
 * until this query's status line and a new result table are shown and one frame has passed, the rows it reports
 * and the query time the page itself shows (null ms on a query error or after `timeout` ms).
 */
const queryAndTime = ({sql, timeout}: {sql: string; timeout: number}) => `(() => {
  const sql = ${JSON.stringify(sql)};
  for (const el of document.querySelectorAll("#result table, #sql-status, #sql-error")) el.setAttribute("data-bench-old", "");
  const textarea = document.querySelector(".sql-editor textarea");
  if (!textarea) return {ms: null, query_ms: null, load_ms: null, rows: null, error: "no .sql-editor textarea"};
  textarea.value = sql;
  return new Promise((done) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      const status = document.querySelector("#sql-status:not([data-bench-old]), #sql-error:not([data-bench-old])");
      if (status?.dataset.q !== sql) return;
      if (status.id === "sql-error") {
        observer.disconnect();
        return done({ms: null, query_ms: null, load_ms: null, rows: null, error: status.textContent});
      }
      if (!document.querySelector("#result table:not([data-bench-old])")) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          const shown = /(\\d+)\\s*(?:ms|毫秒)/.exec(status.textContent ?? "");
          done({
            ms: performance.now() - t0,
            query_ms: shown ? Number(shown[1]) : null,
            load_ms: status.dataset.loadMs ? Number(status.dataset.loadMs) : null,
            rows: Number(status.dataset.rows),
            error: null
          });
        })
      );
    });
    observer.observe(document.body, {childList: true, subtree: true, attributes: true});
    setTimeout(() => (observer.disconnect(), done({ms: null, query_ms: null, load_ms: null, rows: null, error: "timeout"})), ${timeout});
    textarea.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", ctrlKey: true, bubbles: true, cancelable: true}));
  });
})()`;

/**
 * In the page: marks the result table's rows, types `phrase` into the search box, submits it and resolves with the
 * ms from the submit until a new result row (#search-hits tbody tr) is shown and one frame has passed, the ms until
 * the first page is complete (the new summary's data-pending is 0) and one frame has passed, the ms until the index
 * shards and the documents' files (for the contexts) it fetched had arrived, and the hits the summary reports (null
 * ms when no row, or no complete page, came within `timeout` ms).
 */
const searchAndTime = ({phrase, timeout}: {phrase: string; timeout: number}) => `(() => {
  const phrase = ${JSON.stringify(phrase)};
  for (const el of document.querySelectorAll("#search-hits tbody tr, #search-summary")) el.setAttribute("data-bench-old", "");
  const input = document.querySelector("main form input[type=text]");
  if (!input) return {ms: null, hits: null, error: "no search box"};
  input.value = phrase;
  return new Promise((done) => {
    let t0;
    let seen = false;
    let first = null;
    let finishing = false;
    // When the index shards and the documents' files fetched for this search had all arrived (resource timing).
    const arrived = (part) =>
      Math.max(
        0,
        ...performance
          .getEntriesByType("resource")
          .filter((e) => e.startTime >= t0 && e.name.includes(part))
          .map((e) => e.responseEnd - t0)
      );
    const summary = () => document.querySelector("#search-summary:not([data-bench-old])");
    const row = () => document.querySelector("#search-hits tbody tr:not([data-bench-old])");
    // The first page is complete: the new summary counts no document whose contexts are still loading (a build from
    // before data-pending drew the whole page at once).
    const complete = () => summary() && (summary().dataset.pending ?? "0") === "0" && row();
    const finish = () => {
      if (finishing) return;
      finishing = true;
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() =>
          done({
            ...first,
            page_ms: performance.now() - t0,
            contexts_ms: arrived("/_file/data/documents/"),
            hits: Number(summary().dataset.hits),
            error: null
          })
        )
      );
    };
    const observer = new MutationObserver(() => {
      if (first && complete()) return finish();
      if (seen || !summary() || !row()) return;
      seen = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          first = {ms: performance.now() - t0, shards_ms: arrived("/_file/data/search/")};
          if (complete()) finish();
        })
      );
    });
    observer.observe(document.body, {childList: true, subtree: true});
    setTimeout(
      () => (observer.disconnect(), done({ms: first?.ms ?? null, page_ms: null, hits: null, error: "timeout"})),
      ${timeout}
    );
    t0 = performance.now();
    input.form.requestSubmit();
  });
})()`;

/**
 * In the page: marks the svgs of `chart` and, from the next click anywhere (capture phase), times until a new svg is
 * in `chart` and one frame has passed; the promise is left in window.__clickTimed (null after `timeout` ms).
 */
const timeNextClick = ({chart, timeout}: {chart: string; timeout: number}) => `(() => {
  const chart = ${JSON.stringify(chart)};
  for (const svg of document.querySelectorAll(chart + " svg")) svg.setAttribute("data-bench-old", "");
  window.__clickTimed = new Promise((done) => {
    let t0 = null;
    document.addEventListener("click", () => (t0 ??= performance.now()), {capture: true, once: true});
    const observer = new MutationObserver(() => {
      if (t0 == null || !document.querySelector(chart + " svg:not([data-bench-old])")) return;
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0)));
    });
    observer.observe(document.body, {childList: true, subtree: true});
    setTimeout(() => (observer.disconnect(), done(null)), ${timeout});
  });
})()`;

/** The centre of the tile of the province with most documents (the darkest), scrolled into view, or null. */
async function busiestTile(page: Page): Promise<{x: number; y: number; province: string} | null> {
  return page.$$eval(TILE_MAP.tiles, (rects) => {
    const filled = rects
      .map((r) => ({r, fill: r.getAttribute("fill") ?? ""}))
      .filter((d) => /^rgb/.test(d.fill))
      .map((d) => ({...d, dark: d.fill.match(/\d+/g)!.reduce((a, v) => a + Number(v), 0)}))
      .sort((a, b) => a.dark - b.dark);
    if (!filled.length) return null;
    filled[0].r.scrollIntoView({block: "center"});
    const box = filled[0].r.getBoundingClientRect();
    return {x: box.x + box.width / 2, y: box.y + box.height / 2, province: filled[0].r.getAttribute("aria-label")!};
  });
}

/** Measures the site built in `dist` in headless Chromium and returns medians of `runs` runs and the targets met. */
export async function siteBench({
  dist,
  runs = 3,
  timeout = 60_000,
  executablePath = chromiumPath
}: {
  dist: string;
  runs?: number;
  timeout?: number;
  executablePath?: string;
}): Promise<SiteReport> {
  if (!existsSync(join(dist, "index.html"))) throw new Error(`invalid site folder: ${dist} has no index.html`);
  if (!existsSync(executablePath)) throw new Error(`invalid Chromium: ${executablePath} is missing`);
  if (!(runs >= 1)) throw new Error(`invalid runs: ${runs}`);
  const server: Server = await serveStatic(dist, 0);
  const browser = await launchChromium(executablePath);
  const {port} = server.address() as {port: number};
  const session: Session = {browser, origin: `http://127.0.0.1:${port}`, external: [], errors: []};
  const samples: Record<string, (number | null)[]> = {
    overview_ms: [],
    overview_settled_ms: [],
    overview_bytes: [],
    overview_requests: [],
    indicators_filter_ms: [],
    agencies_filter_ms: [],
    explore_ready_ms: [],
    explore_first_result_ms: [],
    explore_bytes: [],
    explore_group_by_ms: [],
    explore_group_by_query_ms: [],
    explore_group_by_load_ms: [],
    explore_group_by_again_ms: [],
    explore_group_by_rows: [],
    tilemap_ms: [],
    tilemap_tiles: [],
    tilemap_click_ms: [],
    search_load_ms: [],
    search_load_bytes: [],
    search_common_ms: [],
    search_common_bytes: [],
    search_common_hits: [],
    search_common_shards_ms: [],
    search_common_contexts_ms: [],
    search_common_page_ms: [],
    search_rare_ms: [],
    search_rare_bytes: [],
    search_rare_hits: [],
    search_rare_shards_ms: [],
    search_rare_contexts_ms: [],
    search_rare_page_ms: []
  };
  const largest: Record<string, Transfer[]> = {};
  try {
    for (let run = 0; run < runs; ++run) {
      const overview = await load(session, "/", timeout);
      samples.overview_ms.push(overview.ms);
      samples.overview_settled_ms.push(overview.settled_ms);
      samples.overview_bytes.push(overview.bytes);
      samples.overview_requests.push(overview.requests);
      largest["/"] = overview.largest;
      samples.tilemap_ms.push(overview.tiles_ms);
      samples.tilemap_tiles.push(overview.tiles);
      // A real mouse click on the busiest province's tile, timed until the corpus chart is redrawn for it.
      const tile = await busiestTile(overview.page);
      let clickMs: number | null = null;
      if (tile) {
        await overview.page.mouse.move(tile.x, tile.y);
        await overview.page.evaluate(timeNextClick({chart: TILE_MAP.filtered, timeout}));
        await overview.page.mouse.click(tile.x, tile.y);
        clickMs = (await overview.page.evaluate("window.__clickTimed")) as number | null;
        const chosen = new URL(overview.page.url()).searchParams.get("province");
        if (chosen !== tile.province) session.errors.push(`/: a click on ${tile.province} left ?province=${chosen}`);
      } else session.errors.push(`/: no province tile with documents (${TILE_MAP.tiles})`);
      if (tile && clickMs == null) session.errors.push(`/: a click on a tile did not redraw ${TILE_MAP.filtered}`);
      samples.tilemap_click_ms.push(clickMs);
      await overview.page.context().close();

      const search = await load(session, "/search", timeout);
      samples.search_load_ms.push(search.ms);
      samples.search_load_bytes.push(search.bytes);
      largest["/search"] = search.largest;
      for (const {key, phrase} of SEARCHES) {
        const before = search.sizes.length;
        const q = (await search.page.evaluate(searchAndTime({phrase, timeout}))) as {
          ms: number | null;
          shards_ms: number | null;
          contexts_ms: number | null;
          page_ms: number | null;
          hits: number | null;
          error: string | null;
        };
        if (q.error) session.errors.push(`/search ${phrase}: ${q.error}`);
        await search.page.waitForLoadState("networkidle", {timeout}).catch(() => {});
        const fetched = await transferred(session, search.sizes.slice(before));
        samples[`${key}_ms`].push(q.ms);
        samples[`${key}_hits`].push(q.hits);
        samples[`${key}_shards_ms`].push(q.shards_ms ?? null);
        samples[`${key}_contexts_ms`].push(q.contexts_ms ?? null);
        samples[`${key}_page_ms`].push(q.page_ms ?? null);
        samples[`${key}_bytes`].push(fetched.bytes);
        largest[`/search ${phrase}`] = fetched.largest;
      }
      await search.page.context().close();

      for (const [name, filter] of Object.entries(FILTERS)) {
        const {route, control, chart} = filter;
        const {page} = await load(session, route, timeout);
        const ms = (await page.evaluate(changeAndTime({...filter, timeout}))) as number | null;
        if (ms == null) session.errors.push(`${route}: the ${control} change did not redraw ${chart} svg`);
        samples[`${name}_filter_ms`].push(ms);
        await page.context().close();
      }

      const explore = await load(session, "/explore", timeout);
      const ready = await explore.page.getAttribute("#duckdb-ready", "data-ms").catch(() => null);
      samples.explore_ready_ms.push(ready == null ? null : Number(ready));
      samples.explore_first_result_ms.push(explore.ms);
      samples.explore_bytes.push(explore.bytes);
      largest["/explore"] = explore.largest;
      // Right after the page settled (a table still loading in the background is waited for), then once more.
      for (const [sql, key] of [
        [GROUP_BY_SQL, "explore_group_by"],
        [`${GROUP_BY_SQL} -- again`, "explore_group_by_again"]
      ]) {
        const q = (await explore.page.evaluate(queryAndTime({sql, timeout}))) as {
          ms: number | null;
          query_ms: number | null;
          load_ms: number | null;
          rows: number | null;
          error: string | null;
        };
        if (q.error) session.errors.push(`/explore: ${sql}: ${q.error}`);
        samples[`${key}_ms`].push(q.ms);
        if (key === "explore_group_by") {
          samples.explore_group_by_query_ms.push(q.query_ms);
          samples.explore_group_by_load_ms.push(q.load_ms);
          samples.explore_group_by_rows.push(q.rows);
        }
      }
      await explore.page.context().close();
    }
  } finally {
    await browser.close().catch(() => {});
    await new Promise((ok) => server.close(ok));
  }
  const counts = siteRowCounts(dist);
  const measures = Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, round(median(v))])) as Record<
    string,
    number | null
  >;
  const measured = {
    ...measures,
    external_requests: session.external.length,
    page_error_count: session.errors.length
  } as unknown as SiteMeasures;
  return {
    dist: resolve(dist),
    docs: counts.documents ?? null,
    indicator_rows: counts.indicators ?? null,
    runs,
    chromium: browser.version(),
    ...measured,
    samples: Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, v.map(round)])),
    largest_transfers: largest,
    external_urls: [...new Set(session.external)].slice(0, 20),
    page_errors: [...new Set(session.errors)].slice(0, 50),
    targets: siteTargets(measured)
  };
}

/** Each site target with its measured value and whether it is met (a value not measured is not met). */
export function siteTargets(measured: SiteMeasures): Record<string, SiteTarget> {
  return Object.fromEntries(
    SITE_TARGETS.map(({key, label, limit, unit}) => {
      const value = measured[key];
      return [key, {label, value, limit, unit, met: value != null && value <= limit}];
    })
  );
}

/** The site report as a few aligned lines: each measure, then each target met or not met. */
export function formatSiteReport(site: SiteReport): string {
  const lines = [
    `site: ${site.docs ?? "?"} documents, ${site.indicator_rows ?? "?"} indicator rows, medians of ${site.runs} run(s), Chromium ${site.chromium}`,
    `  overview: ${site.overview_ms} ms rendered, ${site.overview_bytes} bytes in ${site.overview_requests} requests (last DOM change ${site.overview_settled_ms} ms)`,
    `  filter change: /indicators ${site.indicators_filter_ms} ms, /agencies ${site.agencies_filter_ms} ms`,
    `  province tile map on /: ${site.tilemap_tiles} tiles drawn ${site.tilemap_ms} ms after navigation; a click on a tile filtered the page in ${site.tilemap_click_ms} ms`,
    `  /search: page ${site.search_load_ms} ms, ${site.search_load_bytes} bytes; ${SEARCHES.map(({key, phrase}) => `${phrase} first result ${site[`${key}_ms`]} ms, first page complete ${site[`${key}_page_ms`]} ms (shards in ${site[`${key}_shards_ms`]} ms, contexts' files in ${site[`${key}_contexts_ms`]} ms), ${site[`${key}_bytes`]} bytes fetched, ${site[`${key}_hits`]} hits`).join("; ")}`,
    `  /explore: DuckDB ready ${site.explore_ready_ms} ms, first result ${site.explore_first_result_ms} ms, ${site.explore_bytes} bytes; GROUP BY ${site.explore_group_by_ms} ms (query ${site.explore_group_by_query_ms} ms, of which loading tables ${site.explore_group_by_load_ms ?? "-"} ms; ${site.explore_group_by_rows} rows), again ${site.explore_group_by_again_ms} ms`,
    ...Object.entries(site.largest_transfers).map(
      ([route, list]) =>
        `  largest transfers of ${route}: ${list.map((t) => `${t.path} ${t.count}× ${t.bytes}`).join(", ")}`
    ),
    `  external requests: ${site.external_requests}; page errors: ${site.page_errors.length}`,
    ...Object.values(site.targets).map(
      (t) => `  ${t.met ? "met    " : "NOT MET"}  ${t.label}: ${t.value ?? "not measured"} ${t.unit} (≤ ${t.limit})`
    ),
    ...site.page_errors.slice(0, 10).map((e) => `  error: ${e}`)
  ];
  return lines.join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {dist: {type: "string"}, runs: {type: "string"}, json: {type: "string"}}});
  const report = await siteBench({dist: values.dist ?? "dist", runs: values.runs ? Number(values.runs) : undefined});
  console.error(formatSiteReport(report));
  if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + "\n");
  console.log(JSON.stringify(report, null, 2));
}
