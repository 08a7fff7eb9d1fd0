/**
 * /terms on the built seed site: the trend values equal occurrences counted independently with DuckDB over the
 * built texts Parquet, the terms lists equal the keywords table, a click on a term opens its document with every
 * occurrence highlighted, and English labels with ?lang=en.
 */
import {readFileSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {csvRows} from "../../loaders/read/read-data-csv.ts";
import {
  browserAvailable,
  builtParquet,
  expectClean,
  openSite,
  screenshot,
  visit,
  type Site
} from "../support/browser.ts";
import {query} from "../support/duckdb.ts";

const run = browserAvailable();

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Occurrences of each term per jurisdiction × year, by DuckDB: occurrences per document as (length − length with
 * the term removed) / term length (none of the terms tested overlaps itself), summed with the texts' lengths.
 */
async function expectedTrends(terms: string[]) {
  return query(`
    with terms(term, ord) as (values ${terms.map((term, i) => `(${sql(term)}, ${i})`).join(", ")}),
    t as (
      select d.jurisdiction, d.year, x.text
      from '${builtParquet("texts")}' x join '${builtParquet("documents")}' d using (doc_id)
      where length(x.text) > 0
    )
    select term, jurisdiction, year::int as year,
      sum((length(text) - length(replace(text, term, ''))) // length(term))::int as occurrences,
      sum(length(text))::int as chars
    from t, terms group by term, ord, jurisdiction, year order by ord, jurisdiction, year`);
}

/** The rows of a terms list on the page (data attributes of its table rows). */
async function listed(page: import("playwright-core").Page, selector: string) {
  return page.locator(`${selector} table.term-list tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => {
      const d = (tr as HTMLElement).dataset;
      return {term: d.term, rank: Number(d.rank), score: Number(d.score), count: Number(d.count)};
    })
  );
}

describe.runIf(run)("/terms: terms of documents and jurisdictions, trends by jurisdiction × year", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("trend values equal occurrences per 10,000 characters counted by DuckDB, from the search index alone", async () => {
    const terms = ["行政复议", "依法行政", "柔性执法"];
    const expected = await expectedTrends(terms);
    expect(expected.length).toBe(15);
    const fetched: string[] = [];
    const report = await visit(site, `/terms?terms=${encodeURIComponent(terms.join(","))}`, {
      onRequest: (url) => fetched.push(new URL(url).pathname)
    });
    expectClean(report);
    const {page} = report;
    await screenshot(page, "terms");
    // No text is downloaded: the counts come from the index's manifest and shards.
    expect(
      fetched.filter((p) => p.startsWith("/_file/data/documents/") || /texts\.[0-9a-f]+\.parquet$/.test(p))
    ).toEqual([]);
    expect(fetched.some((p) => /^\/_file\/data\/search\/\d+\.bin$/.test(p))).toBe(true);
    expect(new URL(page.url()).searchParams.get("terms")).toBe(terms.join(","));

    const [file] = await Promise.all([page.waitForEvent("download"), page.click("#term-trends [data-action=csv]")]);
    const [header, ...rows] = csvRows(readFileSync((await file.path())!, "utf-8").replace(/^\ufeff/, ""));
    expect(header.slice(0, 7)).toEqual(["词语", "地区", "地区(英文)", "年度", "出现次数", "字符数", "每万字出现次数"]);
    const got = rows.map(([term, jurisdiction, , year, occurrences, chars, per10k]) => ({
      term,
      jurisdiction,
      year: Number(year),
      occurrences: Number(occurrences),
      chars: Number(chars),
      per10k: Number(per10k)
    }));
    expect(got.map(({per10k: _p, ...r}) => r)).toEqual(expected);
    got.forEach((r, i) =>
      expect(r.per10k).toBeCloseTo(((expected[i].occurrences as number) / (expected[i].chars as number)) * 10_000, 9)
    );
    // Concrete values on the seeds: 行政复议 occurs 23 times in 东胜区's 2022 plan.
    expect(got.find((r) => r.term === "行政复议" && r.jurisdiction === "东胜区")?.occurrences).toBe(23);
    expect(got.filter((r) => r.term === "柔性执法").reduce((s, r) => s + r.occurrences, 0)).toBe(2);

    // The table view shows the same values, rounded to two decimals, and the chart has one panel per term.
    const cells = await page
      .locator("#term-trend-table table tbody tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")));
    expect(cells.length).toBe(15);
    const per10kColumn = cells[0].length - 2;
    expect(cells.map((c) => c[per10kColumn])).toEqual(got.map((r) => r.per10k.toFixed(2)));
    const panels = await page.locator("#term-trends svg [aria-label='fy-axis tick label'] text").allTextContents();
    expect(panels).toEqual(terms);
    await page.context().close();
  });

  test("a document's and a jurisdiction's terms lists are its rows of the keywords table, in rank order", async () => {
    const docId = "dongsheng-2022-plan";
    const keywords = builtParquet("keywords");
    const report = await visit(site, `/terms?doc=${docId}&j=${encodeURIComponent("东胜区")}`);
    expectClean(report);
    const {page} = report;
    for (const method of ["tfidf", "keyness"]) {
      const expected = await query(
        `select term, rank, score, count from '${keywords}' where doc_id = '${docId}' and method = '${method}' order by rank`
      );
      expect(expected.length).toBe(20);
      const doc = await listed(page, `#doc-terms [data-method=${method}]`);
      expect(doc).toEqual(expected);
      // 东胜区 has one document: its merged list is the document's list.
      const place = await listed(page, `#place-terms [data-method=${method}]`);
      expect(place.map((r) => r.term)).toEqual(expected.map((r) => r.term));
    }
    // Each term's trend link shows that term's trend on this page, keeping the document and jurisdiction.
    const first = page.locator("#doc-terms [data-method=keyness] tbody tr").first();
    const trend = new URL((await first.locator("a.term-trend").getAttribute("href"))!, site.origin + "/terms");
    expect([...trend.searchParams]).toEqual([
      ["doc", docId],
      ["j", "东胜区"],
      ["terms", await first.getAttribute("data-term")]
    ]);
    expect(trend.hash).toBe("#term-trends");
    await page.context().close();
  });

  test("a click on a term opens its document with every occurrence of it highlighted", async () => {
    const docId = "dongsheng-2022-plan";
    const {page} = await visit(site, `/terms?doc=${docId}`);
    const link = page.locator("#doc-terms [data-method=tfidf] tbody tr a.term-doc").first();
    const term = (await link.textContent())!;
    const [{n}] = await query(
      `select ((length(text) - length(replace(text, ${sql(term)}, ''))) // ${term.length})::int as n
       from '${builtParquet("texts")}' where doc_id = '${docId}'`
    );
    expect(n).toBeGreaterThan(1);
    const box = (await link.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForURL(/\/document\?id=/);
    expect(new URL(page.url()).searchParams.get("id")).toBe(docId);
    expect(new URL(page.url()).searchParams.get("term")).toBe(term);
    await page.waitForSelector("#term-note");
    expect(await page.locator("#term-note").getAttribute("data-occurrences")).toBe(String(n));
    // One anchor per occurrence; the highlighted pieces (an occurrence inside a unit name is cut at its edges) spell the term n times.
    expect(await page.locator(".annotated-text a.anchor-term").count()).toBe(n);
    const marked = await page
      .locator(".annotated-text mark.hl-term")
      .evaluateAll((ms) => ms.map((m) => m.textContent).join(""));
    expect(marked).toBe(term.repeat(n as number));
    // The note links back to the term's trend.
    expect(await page.locator("#term-note a[href^='./terms?']").getAttribute("href")).toBe(
      `./terms?terms=${encodeURIComponent(term)}`
    );
    await page.context().close();
  });

  test("?lang=en: English labels, and links that keep the language", async () => {
    const report = await visit(site, "/terms?lang=en&terms=行政复议");
    expectClean(report);
    const {page} = report;
    expect(await page.locator("h1").first().textContent()).toBe("Terms and trends");
    expect(await page.locator("#term-trends h2").textContent()).toBe(
      "Relative frequency of terms by jurisdiction × year"
    );
    expect(await page.locator("#doc-terms [data-method=keyness] h2").textContent()).toBe(
      "Distinctive terms (log-likelihood G²)"
    );
    expect(await page.locator("#doc-terms table.term-list th").first().textContent()).toBe("#");
    expect(await page.locator("#doc-terms a.term-doc").first().getAttribute("href")).toMatch(
      /^\.\/document\?id=[\w-]+&term=[^&]+&lang=en$/
    );
    const [file] = await Promise.all([page.waitForEvent("download"), page.click("#term-trends [data-action=csv]")]);
    const [header] = csvRows(readFileSync((await file.path())!, "utf-8").replace(/^\ufeff/, ""));
    expect(header.slice(0, 4)).toEqual(["term", "jurisdiction", "jurisdiction_en", "year"]);
    expect(await page.locator("#observablehq-sidebar a[href$='/terms']").count()).toBe(1);
    await page.context().close();
  });

  test("at 390 px the page has no horizontal overflow", async () => {
    const report = await visit(site, "/terms?terms=行政复议,依法行政", {width: 390});
    expectClean(report);
    const {page} = report;
    await screenshot(page, "terms-390");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0
    );
    await page.context().close();
  });
});
