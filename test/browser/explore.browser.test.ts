import {execFileSync} from "node:child_process";
import {existsSync, mkdtempSync, readFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import type {Page} from "playwright-core";
import {csvRows} from "../../loaders/read/read-data-csv.ts";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {readParquetRows} from "../../loaders/tables/read-parquet.ts";
import {releaseTableSchemas} from "../../loaders/tables/table-schemas.ts";
import {exampleQueries} from "../../src/components/example-queries.ts";
import {
  browserAvailable,
  builtParquet,
  openSite,
  screenshot,
  visit,
  type PageReport,
  type Site,
  expectClean
} from "../support/browser.ts";

const run = browserAvailable();
const tableNames = releaseTableSchemas.map((t) => t.name).sort();
const dir = mkdtempSync(join(tmpdir(), "explore-browser-"));

/** Types SQL into the editor, runs it with Ctrl+Enter and waits until the page shows its result or its error. */
async function runSql(page: Page, sql: string): Promise<void> {
  await page.fill(".sql-editor textarea", sql);
  await page.press(".sql-editor textarea", "Control+Enter");
  await settled(page, sql);
}

/** Waits until the status line (or the error) belongs to this SQL and the result table has been redrawn. */
async function settled(page: Page, sql: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector<HTMLElement>("#sql-status, #sql-error");
      return status?.dataset.q === q && !document.querySelector(".observablehq--running, .observablehq--pending");
    },
    sql,
    {timeout: 30_000}
  );
}

/** The rows of the result table (Inputs.table) as shown: header names and cell texts. */
async function shownRows(page: Page): Promise<{header: string[]; rows: string[][]}> {
  return page.$eval("#result table", (table) => ({
    header: [...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim() ?? "").filter(Boolean),
    rows: [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent?.trim() ?? "")
    )
  }));
}

async function downloadText(page: Page, action: string): Promise<{name: string; path: string}> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`#result [data-action=${action}]`)]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return {name: download.suggestedFilename(), path};
}

describe.runIf(run)("/explore, the SQL notebook, in headless Chromium", () => {
  let site: Site;
  let report: PageReport;
  beforeAll(async () => {
    site = await openSite();
    report = await visit(site, "/explore");
  });
  afterAll(async () => {
    await report?.page.context().close();
    await site?.close();
  });

  test("opens offline with every table of releaseTableSchemas registered and says when DuckDB was ready", async () => {
    const {page} = report;
    expectClean(report);
    await settled(page, exampleQueries[0].sql);
    const ready = Number(await page.getAttribute("#duckdb-ready", "data-ms"));
    expect(ready).toBeGreaterThan(0);
    expect(await page.textContent("#duckdb-ready")).toContain(`${ready} ms`);
    await runSql(page, "SELECT name FROM (SHOW TABLES) ORDER BY name");
    expect((await shownRows(page)).rows.map((r) => r[0])).toEqual(tableNames);
    expect(
      await page.$$eval(".schema-list details", (els) => els.map((e) => (e as HTMLElement).dataset.table).sort())
    ).toEqual(tableNames);
    await screenshot(page, "explore-1280");
  });

  test("loads tables lazily: the first query waits for no large table; texts loads when a query first names it", async () => {
    const requests: string[] = [];
    const lazy = await visit(site, "/explore", {onRequest: (url) => requests.push(new URL(url).pathname)});
    const tables = () =>
      requests
        .filter((url) => url.endsWith(".parquet"))
        .map((url) =>
          url
            .split("/")
            .pop()!
            .replace(/\.[0-9a-f]{8}\.parquet$/, "")
        );
    try {
      expectClean(lazy);
      await settled(lazy.page, exampleQueries[0].sql);
      expect(tables()).toEqual(expect.arrayContaining(["documents", "agencies", "topics"]));
      // DuckDB's one self-hosted build: the `eh` wasm, no `mvp` (not in dist/ either).
      expect(requests.filter((url) => /duckdb-\w+\.wasm$/.test(url)).map((url) => url.split("/").pop())).toEqual([
        "duckdb-eh.wasm"
      ]);
      expect(existsSync(join("dist", "_npm", "@duckdb", "duckdb-wasm@1.29.0", "dist", "duckdb-mvp.wasm"))).toBe(false);
      expect(tables().filter((t) => ["texts", "items", "removals", "item_terms", "item_topics"].includes(t))).toEqual(
        []
      );
      await runSql(lazy.page, "SELECT count(*) AS n FROM texts");
      expect(tables()).toContain("texts");
      expect((await shownRows(lazy.page)).rows).toEqual([["5"]]);
      expect(await lazy.page.textContent("#sql-status")).toMatch(/first loaded texts: \d+ ms|先加载 texts/);
      await runSql(lazy.page, "SELECT count(*) AS chars FROM texts WHERE length(text) > 0");
      expect(await lazy.page.getAttribute("#sql-status", "data-load-ms")).toBe("0");
      expect(tables().filter((t) => t === "texts")).toHaveLength(1);
    } finally {
      await lazy.page.context().close();
    }
  });

  test("without WebAssembly exception handling it says which browsers run DuckDB, and fetches no DuckDB", async () => {
    const requests: string[] = [];
    const old = await visit(site, "/explore", {
      // An engine that validates no module, as one without exception handling rejects DuckDB's probe.
      init: () => {
        WebAssembly.validate = () => false;
      },
      cellTimeout: 2_000,
      onRequest: (url) => requests.push(new URL(url).pathname)
    });
    try {
      const alert = old.page.locator("#sql-unsupported[role=alert]");
      expect(await alert.textContent()).toContain("Chrome 或 Edge 95、Firefox 100、Safari 15.2");
      // The page's modules load (DuckDB's JavaScript among them), but neither DuckDB build's wasm nor its worker.
      expect(requests.filter((url) => /duckdb/.test(url) && /\.wasm$|worker/.test(url))).toEqual([]);
      expect([old.errors, old.external]).toEqual([[], []]);
    } finally {
      await old.page.context().close();
    }
  });

  test("the first example, tasks per document, shows the expected counts and puts its SQL in the URL", async () => {
    const {page} = report;
    await page.click("button[data-example=tasks-per-document]");
    await settled(page, exampleQueries[0].sql);
    const {header, rows} = await shownRows(page);
    expect(header).toEqual(["doc_id", "jurisdiction", "tasks"]);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ["dongsheng-2022-plan", "85"],
      ["liaoyang-2015-opinion", "43"],
      ["bayingol-2024-work-points", "35"],
      ["pingcheng-2020-report", "21"],
      ["ordos-2023-report", "18"]
    ]);
    expect(new URL(page.url()).searchParams.get("q")).toBe(exampleQueries[0].sql);
    expect(await page.$$("#result-chart svg [aria-label=bar] rect")).toHaveLength(5);
  });

  for (const example of exampleQueries)
    test(`example "${example.id}" loads into the editor and runs with rows and no request leaving loopback`, async () => {
      const {page} = report;
      await page.click(`button[data-example=${example.id}]`);
      await settled(page, example.sql);
      expect(await page.inputValue(".sql-editor textarea")).toBe(example.sql);
      await screenshot(page, `explore-example-${example.id}`);
      expect(await page.$("#sql-error")).toBeNull();
      expect(Number(await page.getAttribute("#sql-status", "data-rows"))).toBeGreaterThan(0);
      expect(report.external).toEqual([]);
      expect(report.errors).toEqual([]);
    });

  test("a bad query shows DuckDB's message under the editor, and the next query works", async () => {
    const {page} = report;
    await runSql(page, "SELEC doc_id FROM documents");
    expect(await page.textContent("#sql-error")).toMatch(/Parser Error: syntax error at or near "SELEC"/);
    expect(await page.$$("#result table")).toHaveLength(0);
    await runSql(page, "SELECT nonexistent FROM documents");
    expect(await page.textContent("#sql-error")).toMatch(/Referenced column "nonexistent" not found/);
    await runSql(page, "SELECT count(*) AS n FROM documents");
    expect(await page.$("#sql-error")).toBeNull();
    expect((await shownRows(page)).rows).toEqual([["5"]]);
    expect(report.cellErrors).toEqual([]);
  });

  test("the CSV and Parquet downloads hold exactly the query's rows", async () => {
    const {page} = report;
    await runSql(page, "SELECT count(*) AS n FROM items WHERE is_task");
    const count = Number((await shownRows(page)).rows[0][0]);
    expect(count).toBe(85 + 43 + 35 + 21 + 18);
    const sql =
      "SELECT item_id, label, heading, is_task, char_start FROM items WHERE is_task ORDER BY doc_id, char_start";
    await runSql(page, sql);
    expect(Number(await page.getAttribute("#sql-status", "data-rows"))).toBe(count);
    const csv = await downloadText(page, "csv");
    expect(csv.name).toBe("fazhi-query.csv");
    const [header, ...rows] = csvRows(readFileSync(csv.path, "utf-8"));
    expect(header).toEqual(["item_id", "label", "heading", "is_task", "char_start"]);
    expect(rows).toHaveLength(count);
    expect(rows.every((r) => r[3] === "true")).toBe(true);
    expect(rows.filter((r) => r[0].startsWith("dongsheng-2022-plan:"))).toHaveLength(85);
    const shown = (await shownRows(page)).rows.slice(0, 5);
    expect(shown.map((r) => r[0])).toEqual(rows.slice(0, 5).map((r) => r[0]));
    const parquet = await downloadText(page, "parquet");
    expect(parquet.name).toBe("fazhi-query.parquet");
    const fromParquet = readParquetRows<Record<string, unknown>>(readFileSync(parquet.path));
    expect(fromParquet).toHaveLength(count);
    expect(fromParquet.map((r) => String(r.item_id))).toEqual(rows.map((r) => r[0]));
    expect(fromParquet.map((r) => Number(r.char_start))).toEqual(rows.map((r) => Number(r[4])));
    expect(report.external).toEqual([]);
  });

  test("a link with ?q= reopens the same query", async () => {
    const sql = "SELECT doc_id, n_tasks FROM documents WHERE n_tasks > 40 ORDER BY doc_id";
    const again = await visit(site, `/explore?q=${encodeURIComponent(sql)}`);
    try {
      expectClean(again);
      await settled(again.page, sql);
      expect(await again.page.inputValue(".sql-editor textarea")).toBe(sql);
      expect((await shownRows(again.page)).rows).toEqual([
        ["dongsheng-2022-plan", "85"],
        ["liaoyang-2015-opinion", "43"]
      ]);
    } finally {
      await again.page.context().close();
    }
  });

  test("reads well at 390 px wide", async () => {
    const narrow = await visit(site, "/explore", {width: 390, height: 844});
    try {
      expectClean(narrow);
      await settled(narrow.page, exampleQueries[0].sql);
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(narrow.page, "explore-390");
    } finally {
      await narrow.page.context().close();
    }
  });
});

describe.runIf(run)("/about and the data release in headless Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("/about shows the data dictionary of every table and packs the release zip of its build when its link is clicked", async () => {
    const report = await visit(site, "/about");
    const {page} = report;
    try {
      expectClean(report);
      const tables = await page.$$eval(".schema-list details", (els) =>
        els.map((e) => (e as HTMLElement).dataset.table)
      );
      expect([...tables].sort()).toEqual(tableNames);
      const columns = await page.$$eval("#table-indicators .schema-columns tbody tr td:first-child", (tds) =>
        tds.map((td) => td.textContent)
      );
      expect(columns).toEqual(releaseTableSchemas.find((t) => t.name === "indicators")!.columns.map((c) => c.name));
      const build = await page.getAttribute("a.release-link", "data-build");
      expect(build).toMatch(/^[0-9a-f]{12}$/);
      expect(await page.textContent("#citation-example")).toContain(`quoted at chars`);
      expect(await page.textContent("#citation-example")).toContain(`dataset fazhi-compare build ${build}`);
      await screenshot(page, "about-1280");

      // The zip is packed in the page from the site's own Parquet files when the link is clicked (a real mouse click).
      const box = (await page.locator("a.release-link").boundingBox())!;
      const [download] = await Promise.all([
        page.waitForEvent("download", {timeout: 60_000}),
        page.mouse.click(box.x + 10, box.y + box.height / 2)
      ]);
      expect(download.suggestedFilename()).toBe(`fazhi-compare-${build}.zip`);
      const path = join(dir, "release.zip");
      await download.saveAs(path);
      expect(await page.getAttribute("a.release-link", "data-state")).toBe("ready");
      // Every file the click fetched stayed on 127.0.0.1 and loaded.
      expectClean(report);
      const unzip = ["/usr/bin/unzip", "/bin/unzip"].find(existsSync);
      if (unzip) {
        const names = execFileSync(unzip, ["-Z1", path], {encoding: "utf-8"}).trim().split("\n");
        expect(names.sort()).toEqual(
          ["CITATION.txt", "data-dictionary.json", "manifest.json", ...tableNames.map((n) => `${n}.parquet`)].sort()
        );
        const manifest = JSON.parse(execFileSync(unzip, ["-p", path, "manifest.json"], {encoding: "utf-8"}));
        expect(manifest.build_id).toBe(build);
        expect(manifest.documents.map((d: {doc_id: string}) => d.doc_id)).toEqual([
          "bayingol-2024-work-points",
          "dongsheng-2022-plan",
          "liaoyang-2015-opinion",
          "ordos-2023-report",
          "pingcheng-2020-report"
        ]);
        expect(execFileSync(unzip, ["-p", path, "CITATION.txt"], {encoding: "utf-8"})).toContain(
          `dataset build ${build}`
        );
        // The tables are the site's own Parquet files, byte for byte.
        for (const name of tableNames)
          expect(execFileSync(unzip, ["-p", path, `${name}.parquet`]).equals(readFileSync(builtParquet(name)))).toBe(
            true
          );
      }
    } finally {
      await page.context().close();
    }
  });

  test.each([
    ["zh", " — 正在打包…", " — 打包失败：could not load items.parquet"],
    ["en", " — Packing…", " — Could not pack the data: could not load items.parquet"]
  ])(
    "/about?lang=%s: the release link says it is packing, says in one line which table failed, and packs on the next click",
    async (lang, packing, failed) => {
      const report = await visit(site, `/about?lang=${lang}`);
      const {page} = report;
      try {
        expectClean(report);
        const items = /\/items\.[0-9a-f]+\.parquet$/;
        let letFail!: () => void;
        const held = new Promise<void>((resolve) => (letFail = resolve));
        await page.route(items, async (route) => {
          await held;
          await route.abort();
        });
        const state = (value: string) =>
          page.waitForFunction(
            (v) => document.querySelector("a.release-link")?.getAttribute("data-state") === v,
            value
          );
        const click = async () => {
          const box = (await page.locator("a.release-link").boundingBox())!;
          await page.mouse.click(box.x + 10, box.y + box.height / 2);
        };
        await click();
        await state("packing");
        expect(await page.textContent("a.release-link .release-status")).toBe(packing);
        letFail();
        await state("error");
        expect(await page.textContent("a.release-link .release-status")).toBe(failed);
        await page.unroute(items);
        const [download] = await Promise.all([page.waitForEvent("download", {timeout: 60_000}), click()]);
        const build = await page.getAttribute("a.release-link", "data-build");
        expect(download.suggestedFilename()).toBe(`fazhi-compare-${build}.zip`);
        expect(await page.getAttribute("a.release-link", "data-state")).toBe("ready");
        expect(await page.textContent("a.release-link .release-status")).toBe("");
        expect(report.external).toEqual([]);
      } finally {
        await page.context().close();
      }
    }
  );

  test("/about reads well at 390 px wide", async () => {
    const report = await visit(site, "/about", {width: 390, height: 844});
    try {
      expectClean(report);
      const overflow = await report.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(report.page, "about-390");
    } finally {
      await report.page.context().close();
    }
  });
});
