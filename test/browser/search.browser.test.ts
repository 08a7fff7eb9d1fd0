/**
 * /search on the built seed site: phrases typed as a person would, every occurrence listed (counted independently
 * with DuckDB over the built texts Parquet), a hit clicked with the mouse opening the document at its offsets,
 * the URL reopening the search, the CSV equal to the hits, the first document's rows shown while the rest of the
 * page's bundles are held back, and English labels with ?lang=en.
 */
import {readFileSync, readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import type {Page, Route} from "playwright-core";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {csvRows} from "../../loaders/read/read-data-csv.ts";
import {browserAvailable, distDir, expectClean, openSite, visit, type Site} from "../support/browser.ts";
import {query} from "../support/duckdb.ts";

const run = browserAvailable();

/** The built texts table (dist/_file/data/texts.<hash>.parquet). */
function textsParquet(): string {
  const dir = join(distDir, "_file", "data");
  return join(
    dir,
    readdirSync(dir).find((name) => /^texts\.[0-9a-f]+\.parquet$/.test(name))!
  );
}

/** Every occurrence of a phrase in the built texts, found by DuckDB (1-based code points, returned 0-based), with 20 characters either side. */
async function occurrences(phrase: string) {
  const rows = await query(`
    with t as (select doc_id, text from '${textsParquet()}'),
    p as (select doc_id, text, unnest(range(1, length(text) + 1)) as i from t)
    select doc_id, i - 1 as char_start, i - 1 + ${phrase.length} as char_end,
      substr(text, greatest(1, i - 20), i - greatest(1, i - 20)) as "left",
      substr(text, i, ${phrase.length}) as hit,
      substr(text, i + ${phrase.length}, 20) as "right"
    from p where substr(text, i, ${phrase.length}) = '${phrase}' order by doc_id, i`);
  return rows.map((r) => [r.doc_id, String(r.char_start), String(r.char_end), r.left, r.hit, r.right] as string[]);
}

/** Types a phrase into the search box, presses Enter and waits for the summary of that phrase. */
async function search(page: Page, phrase: string): Promise<{hits: number; documents: number}> {
  const input = page.locator("form input[type=text]").first();
  await input.click();
  await input.press("Control+A");
  await page.keyboard.type(phrase);
  await page.keyboard.press("Enter");
  // The page draws its rows as the documents' texts arrive (data-pending counts those still loading): wait for the
  // summary of this phrase with none pending. (waitForLoadState("networkidle") returns at once on a page that was idle
  // once, so it did not wait for them: under load the counts below were read while bundles were still arriving.)
  await page.waitForFunction(
    (q) => {
      const summary = document.querySelector<HTMLElement>("#search-summary");
      return summary?.textContent?.includes(`“${q}”`) && summary.dataset.pending === "0";
    },
    phrase,
    {timeout: 20_000}
  );
  const summary = page.locator("#search-summary");
  return {
    hits: Number(await summary.getAttribute("data-hits")),
    documents: Number(await summary.getAttribute("data-documents"))
  };
}

describe.runIf(run)("/search: full-text search with keyword in context", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("行政复议 lists every occurrence in the seeds, fetching the index's manifest, two shards and the five documents", async () => {
    const expected = await occurrences("行政复议");
    expect(expected.length).toBe(50);
    const report = await visit(site, "/search");
    const {page} = report;
    const fetched: {path: string; bytes: number}[] = [];
    const bodies: Promise<unknown>[] = [];
    page.on("response", (res) => {
      const path = new URL(res.url()).pathname;
      if (!path.startsWith("/_file/data/")) return;
      const file = {path, bytes: 0};
      fetched.push(file); // at once: the count below does not wait for the body
      bodies.push(res.body().then((body) => (file.bytes = body.length)));
    });
    expect(await search(page, "行政复议")).toEqual({hits: 50, documents: 5});
    expect(await page.locator("table.kwic tbody tr").count()).toBe(50);
    await Promise.all(bodies);
    const shards = fetched.filter((f) => /^\/_file\/data\/search\/\d+\.bin$/.test(f.path));
    const docs = fetched.filter((f) => f.path.startsWith("/_file/data/documents/"));
    expect(shards.length).toBeLessThanOrEqual(2);
    expect(docs.length).toBe(5);
    const allShards = readdirSync(join(distDir, "_file", "data", "search")).filter((n) => /^\d+\.bin$/.test(n));
    const indexBytes = allShards.reduce(
      (sum, n) => sum + statSync(join(distDir, "_file", "data", "search", n)).size,
      0
    );
    const sum = (list: {bytes: number}[]) => list.reduce((s, f) => s + f.bytes, 0);
    console.log(
      `search 行政复议: ${shards.length} of ${allShards.length} shards, ${sum(shards)} of ${indexBytes} index bytes; ` +
        `${docs.length} document bundles, ${sum(docs)} bytes`
    );
    expect(allShards.length).toBe(11);
    expect(sum(shards)).toBeLessThan(indexBytes / 2);
    expect(new URL(page.url()).searchParams.get("q")).toBe("行政复议");
    expectClean(report);

    // The CSV's rows are exactly the occurrences DuckDB finds, with the same offsets and contexts.
    const [file] = await Promise.all([page.waitForEvent("download"), page.click("#search-hits [data-action=csv]")]);
    const [header, ...rows] = csvRows(readFileSync((await file.path())!, "utf-8").replace(/^\ufeff/, ""));
    expect(header).toEqual([
      "文件编号",
      "起始位置",
      "结束位置",
      "左侧语境",
      "命中",
      "右侧语境",
      "地区",
      "年度",
      "类型"
    ]);
    expect(rows.map((r) => r.slice(0, 6))).toEqual(expected);
    await page.context().close();
  });

  test("the first document's rows are drawn while the rest of the page's bundles are held back; released, the full page, CSV and counts (once) follow", async () => {
    const expected = await occurrences("行政复议");
    const first = expected[0][0];
    const firstRows = expected.filter((r) => r[0] === first);
    expect(firstRows.length).toBeGreaterThan(0);
    expect(firstRows.length).toBeLessThan(50);
    const report = await visit(site, "/search");
    const {page} = report;
    // Every bundle but the first document's is held until released.
    const held: Route[] = [];
    await page.route("**/_file/data/documents/**", (route) =>
      route.request().url().includes(`/documents/${first}.json`) ? route.fallback() : held.push(route)
    );
    await page.evaluate(() => {
      const w = window as unknown as {counts: number};
      w.counts = 0;
      new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes]))
          if (node instanceof Element && (node.matches("#search-counts") || node.querySelector("#search-counts")))
            w.counts += 1;
      }).observe(document.body, {childList: true, subtree: true});
    });
    const input = page.locator("form input[type=text]").first();
    await input.click();
    await page.keyboard.type("行政复议");
    await page.keyboard.press("Enter");
    await page.waitForSelector("table.kwic tbody tr[data-doc]");
    await page.waitForFunction(() => document.querySelector("#search-summary")?.textContent?.includes("行政复议"));
    await expect.poll(() => held.length).toBe(4);
    const shown = () =>
      page
        .locator("table.kwic tbody tr")
        .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-doc"), tr.getAttribute("data-start")]));
    // While four of the five bundles are held: the first document's rows, the full summary, a note, no counts drawn.
    await page.waitForTimeout(300);
    expect(await shown()).toEqual(firstRows.map((r) => [r[0], r[1]]));
    const summary = page.locator("#search-summary");
    expect([await summary.getAttribute("data-hits"), await summary.getAttribute("data-pending")]).toEqual(["50", "4"]);
    expect(await summary.textContent()).toContain("“行政复议”：50 处命中，见于 5 份文件(共 5 份)。");
    expect(await page.locator("#search-loading").textContent()).toBe("正在下载其余 4 份文件的语境…");
    const countsDrawn = () => page.evaluate(() => (window as unknown as {counts: number}).counts);
    expect(await countsDrawn()).toBe(0);

    for (const route of held) await route.fallback();
    await page.waitForFunction(() => document.querySelectorAll("table.kwic tbody tr").length === 50);
    await page.waitForSelector("#search-counts svg");
    await page.waitForLoadState("networkidle");
    expect(await shown()).toEqual(expected.map((r) => [r[0], r[1]]));
    expect(await summary.getAttribute("data-pending")).toBe("0");
    expect(await page.locator("#search-loading").count()).toBe(0);
    expect(await countsDrawn()).toBe(1);
    expect(await page.locator("#search-counts").textContent()).toContain("“行政复议”");
    const [file] = await Promise.all([page.waitForEvent("download"), page.click("#search-hits [data-action=csv]")]);
    const [, ...rows] = csvRows(readFileSync((await file.path())!, "utf-8").replace(/^\ufeff/, ""));
    expect(rows.map((r) => r.slice(0, 6))).toEqual(expected);
    expectClean(report);
    await page.context().close();
  });

  test("?lang=en: while the page's bundles after the first are held back the note says so in English, and goes once they arrive", async () => {
    const [first] = (await occurrences("行政复议"))[0];
    const report = await visit(site, "/search?lang=en");
    const {page} = report;
    const held: Route[] = [];
    await page.route("**/_file/data/documents/**", (route) =>
      route.request().url().includes(`/documents/${first}.json`) ? route.fallback() : held.push(route)
    );
    const input = page.locator("form input[type=text]").first();
    await input.click();
    await page.keyboard.type("行政复议");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#search-loading");
    await expect.poll(() => held.length).toBe(4);
    expect(await page.locator("#search-loading").textContent()).toBe("Loading the contexts from 4 more documents…");
    expect(await page.locator("#search-summary").textContent()).toContain("“行政复议”: 50 hits in 5 of 5 documents.");
    for (const route of held) await route.fallback();
    await page.waitForFunction(() => document.querySelectorAll("table.kwic tbody tr").length === 50);
    await page.waitForLoadState("networkidle");
    expect(await page.locator("#search-loading").count()).toBe(0);
    expectClean(report);
    await page.context().close();
  });

  test("a common phrase fetches only the documents of its first 50 hits, rows drawn before the counts; More contexts fetches the next page's", async () => {
    const expected = await occurrences("行政");
    expect(expected.length).toBe(552);
    const documentsOf = (rows: string[][]) => [...new Set(rows.map((r) => r[0]))];
    expect(documentsOf(expected.slice(0, 50))).toEqual(["bayingol-2024-work-points"]);
    expect(documentsOf(expected.slice(0, 100))).toEqual(["bayingol-2024-work-points", "dongsheng-2022-plan"]);
    const report = await visit(site, "/search");
    const {page} = report;
    const requested: string[] = [];
    page.on("request", (req) => {
      const path = decodeURIComponent(new URL(req.url()).pathname);
      if (path.startsWith("/_file/data/documents/")) requested.push(path.replace(/^.*\/|\.json$/g, ""));
    });
    // Which appears first once the search is submitted: a new result row or a new counts chart.
    await page.evaluate(() => {
      const w = window as unknown as {shown: string[]};
      w.shown = [];
      new MutationObserver((records) => {
        for (const node of records.flatMap((r) => [...r.addedNodes])) {
          if (!(node instanceof Element)) continue;
          if (node.matches("table.kwic") || node.querySelector("table.kwic tbody tr")) w.shown.push("rows");
          if (node.closest("#search-counts") || node.querySelector("#search-counts svg")) w.shown.push("counts");
        }
      }).observe(document.body, {childList: true, subtree: true});
    });
    expect(await search(page, "行政")).toEqual({hits: 552, documents: 5});
    expect(await page.locator("table.kwic tbody tr").count()).toBe(50);
    expect(requested).toEqual(["bayingol-2024-work-points"]);
    // The counts are drawn after the rows have been painted (two frames later), not necessarily by network idle.
    await page.waitForFunction(() => (window as unknown as {shown: string[]}).shown.includes("counts"));
    const shown = await page.evaluate(() => (window as unknown as {shown: string[]}).shown);
    expect(shown[0]).toBe("rows");
    expect(await page.locator("#search-summary").textContent()).toContain("语境只列出前 50 处(来自 1 份文件)");
    const firstRows = await page
      .locator("table.kwic tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-doc"), tr.getAttribute("data-start")]));
    expect(firstRows).toEqual(expected.slice(0, 50).map((r) => [r[0], r[1]]));

    const more = page.locator("#search-summary button");
    const box = (await more.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => document.querySelectorAll("table.kwic tbody tr").length === 100);
    await page.waitForLoadState("networkidle");
    expect(requested).toEqual(["bayingol-2024-work-points", "dongsheng-2022-plan"]);
    expectClean(report);
    await page.context().close();
  });

  test("phrases nodejieba segments differently are found exactly: counts equal DuckDB's", async () => {
    const phrases = ["双随机、一公开", "双随机", "柔性执法", "行政复议体制改革", "依法行政"];
    // None of these phrases overlaps itself, so removing them counts them.
    const expected = await query(
      phrases
        .map(
          (
            q
          ) => `select '${q}' as phrase, sum((length(text) - length(replace(text, '${q}', ''))) // ${q.length})::int as hits,
            count(*) filter (where contains(text, '${q}'))::int as documents from '${textsParquet()}'`
        )
        .join(" union all ")
    );
    const {page} = await visit(site, "/search");
    const got = [];
    for (const phrase of phrases) got.push({phrase, ...(await search(page, phrase))});
    expect(got).toEqual(phrases.map((phrase) => expected.find((e) => e.phrase === phrase)));
    expect(got.map((g) => g.hits)).toEqual([6, 9, 2, 2, 23]);
    // No hits: the table says so, and the summary counts zero.
    expect((await search(page, "没有这个短语")).hits).toBe(0);
    expect(await page.locator("table.kwic tbody").textContent()).toBe("没有命中");
    await page.context().close();
  });

  test("clicking a hit with the mouse opens the document at its offsets, highlighted and scrolled into view", async () => {
    const {page} = await visit(site, "/search?q=行政复议&j=东胜区&sort=right");
    const row = page.locator("table.kwic tbody tr").nth(7);
    const [docId, start] = [await row.getAttribute("data-doc"), Number(await row.getAttribute("data-start"))];
    expect(docId).toBe("dongsheng-2022-plan");
    const box = (await row.locator("td.kwic-hit a").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/document\?id=/);
    expect(page.url()).toContain(`/document?id=${docId}#c${start}-${start + 4}`);
    await page.waitForSelector("mark.hl-range");
    await page.waitForTimeout(300);
    const at = await page.evaluate(() => {
      const marks = [...document.querySelectorAll("mark.hl-range")];
      const range = document.createRange();
      range.setStart(document.querySelector(".annotated-text")!, 0);
      range.setEndBefore(marks[0]);
      const rect = marks[0].getBoundingClientRect();
      return {
        text: marks.map((m) => m.textContent).join(""),
        offset: range.toString().length,
        visible: rect.top >= 0 && rect.bottom <= innerHeight
      };
    });
    expect(at).toEqual({text: "行政复议", offset: start, visible: true});
    await page.context().close();
  });

  test("the URL reopens the same search: query, filters and order", async () => {
    const report = await visit(site, "/search");
    const {page} = report;
    await search(page, "行政复议");
    await page.locator("form select").nth(0).selectOption({label: "东胜区"});
    await page.locator("form select").nth(3).selectOption({label: "左侧语境"});
    await page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "left");
    const url = page.url();
    expect(Object.fromEntries(new URL(url).searchParams)).toEqual({q: "行政复议", j: "东胜区", sort: "left"});
    const before = await page.locator("table.kwic tbody tr").evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(before.length).toBe(23);
    const again = await visit(site, new URL(url).pathname + new URL(url).search);
    expectClean(again);
    expect(await again.page.locator("form input[type=text]").first().inputValue()).toBe("行政复议");
    expect(await again.page.locator("#search-summary").getAttribute("data-hits")).toBe("23");
    const after = await again.page.locator("table.kwic tbody tr").evaluateAll((trs) => trs.map((tr) => tr.textContent));
    expect(after).toEqual(before);
    // Sorted by the left context read from the hit outwards: the characters before the hits never decrease.
    const lastChars = await again.page
      .locator("table.kwic td.kwic-left")
      .evaluateAll((tds) => tds.map((td) => (td.textContent ?? "").slice(-1)));
    expect(lastChars).toEqual([...lastChars].sort());
    await page.context().close();
    await again.page.context().close();
  });

  test("?lang=en shows English labels, table headers and chart", async () => {
    const report = await visit(site, "/search?q=行政复议&lang=en");
    expectClean(report);
    const {page} = report;
    expect(await page.locator("h1").first().textContent()).toBe("Full-text search");
    expect(await page.locator("#search-summary").textContent()).toContain("“行政复议”: 50 hits in 5 of 5 documents.");
    expect(await page.locator("table.kwic th").allTextContents()).toEqual([
      "Jurisdiction",
      "Year",
      "Type",
      "Left context",
      "Hit",
      "Right context"
    ]);
    expect(await page.locator("#search-counts h2").textContent()).toBe("Hits by jurisdiction × year");
    expect(await page.locator("#search-counts svg").first().textContent()).toContain("Dongsheng District");
    expect(await page.locator("#search-hits [data-action=csv]").textContent()).toBe("Download CSV");
    expect(await page.locator("table.kwic tbody tr td.kwic-hit a").first().getAttribute("href")).toMatch(
      /^\.\/document\?id=[\w-]+&lang=en#c\d+-\d+$/
    );
    await page.context().close();
  });

  test("at 390 px the page has no horizontal overflow: the KWIC table scrolls inside its card", async () => {
    const report = await visit(site, "/search?q=行政复议", {width: 390});
    expectClean(report);
    const {page} = report;
    expect(await page.locator("table.kwic tbody tr").count()).toBe(50);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0
    );
    await page.context().close();
  });
});
