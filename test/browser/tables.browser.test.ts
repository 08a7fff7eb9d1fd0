import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {browserAvailable, expectClean, openSite, visit, type Site} from "../support/browser.ts";

const run = browserAvailable();

/** Clicks with the real mouse at the centre of the first element `selector` finds (scrolled into view). */
async function clickCentre(page: Page, selector: string): Promise<void> {
  const mark = page.locator(selector).first();
  await mark.scrollIntoViewIfNeeded();
  const box = (await mark.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The rows a table view shows, each as its cells' texts. */
async function tableRows(page: Page, scope: string): Promise<string[][]> {
  return (
    page
      .locator(`${scope} .source-table tbody tr`)
      // The first cell of a row is Inputs.table's (empty) selection column.
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent ?? "")))
  );
}

describe.runIf(run)("chart marks open their quotes, every chart has a table view, tables search by substring", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("/indicators: a real click on Ordos's 435 dot shows its quote, linked to its range of the document", async () => {
    const report = await visit(site, "/indicators?indicator=reconsideration_received");
    const {page} = report;
    await clickCentre(page, '#indicator-chart svg [data-key="ordos-2023-report:n39"]');
    const popover = page.locator("#indicator-chart .quote-popover");
    await expect.poll(() => popover.locator("blockquote").allTextContents()).toEqual(["受理行政复议案件435件"]);
    expect(await popover.locator(".quote-label").textContent()).toBe("鄂尔多斯市 2023: 435件");
    await popover.locator("a").click();
    await page.waitForURL(/\/document\?id=ordos-2023-report#c2465-2477$/);
    expectClean(report);
    await page.context().close();
  });

  test("/coverage: a real click on Dongsheng's enforcement cell lists its 19 tasks, each linked to its range", async () => {
    const report = await visit(site, "/coverage");
    const {page} = report;
    await clickCentre(page, '#coverage-heatmap svg rect[data-key="dongsheng-2022-plan enforcement"]');
    const quotes = page.locator("#coverage-heatmap .quote-popover .quote");
    await expect.poll(() => quotes.count()).toBe(19);
    const hrefs = await quotes.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.every((h) => /^\.\/document\?id=dongsheng-2022-plan#c\d+-\d+$/.test(h ?? ""))).toBe(true);
    expectClean(report);
    await page.context().close();
  });

  test("/agencies: a real click on a bar segment lists the assignments behind it", async () => {
    const report = await visit(site, "/agencies");
    const {page} = report;
    const key = await page
      .locator("#agency-workload svg rect[data-key^='justice_bureau ']")
      .first()
      .getAttribute("data-key");
    const [, docId] = key!.split(" ");
    await clickCentre(page, `#agency-workload svg rect[data-key="${key}"]`);
    const links = page.locator("#agency-workload .quote-popover .quote a");
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs.every((h) => h!.startsWith(`./document?id=${docId}#i-`))).toBe(true);
    expectClean(report);
    await page.context().close();
  });

  test("/: a real click on a document's dot shows its title (or, without one, its id), linked to the document", async () => {
    const report = await visit(site, "/");
    const {page} = report;
    const popover = page.locator("#corpus-timeline .quote-popover");
    await clickCentre(page, '#corpus-timeline svg [data-key="bayingol-2024-work-points"]');
    await expect.poll(() => popover.locator(".quote-label").textContent()).toBe("巴音郭楞蒙古自治州 2024");
    expect(await popover.locator("blockquote").textContent()).toBe("2024年自治州法治政府建设工作要点");
    expect(await popover.locator("a").getAttribute("href")).toBe("./document?id=bayingol-2024-work-points");
    await popover.locator(".quote-close").click();
    expect(await popover.isVisible()).toBe(false);
    // Ordos's report has no title: its tip and its box still work.
    await clickCentre(page, '#corpus-timeline svg [data-key="ordos-2023-report"]');
    await expect.poll(() => popover.locator(".quote-label").textContent()).toBe("鄂尔多斯市 2023");
    expect(await popover.locator("a").getAttribute("href")).toBe("./document?id=ordos-2023-report");
    expectClean(report);
    await page.context().close();
  });

  test("/indicators: the Table view lists Ordos's value and a 未报告 row for each of the four other documents", async () => {
    const report = await visit(site, "/indicators?indicator=reconsideration_received");
    const {page} = report;
    expect(await page.locator("#indicator-chart .chart-table").isVisible()).toBe(false);
    await page.locator("#indicator-chart button[data-action=view-table]").click();
    expect(await page.locator("#indicator-chart .chart-body").isVisible()).toBe(false);
    const rows = await tableRows(page, "#indicator-chart");
    // Columns: jurisdiction, year, subject, value, unit, approx, kind, quote.
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["鄂尔多斯市", "2023", "435"],
      ["巴音郭楞蒙古自治州", "2024", "未报告"],
      ["东胜区", "2022", "未报告"],
      ["辽阳市", "2015", "未报告"],
      ["平城区", "2020", "未报告"]
    ]);
    expect(
      await page
        .locator("#indicator-chart .source-table tbody a")
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")))
    ).toEqual(["./document?id=ordos-2023-report#c2465-2477"]);
    expect(new URL(page.url()).searchParams.get("indicator-chart-view")).toBe("table");
    await page.locator("#indicator-chart .source-table input[type=search]").fill("东胜");
    await expect.poll(() => tableRows(page, "#indicator-chart")).toHaveLength(1);
    expect(new URL(page.url()).searchParams.get("indicator-chart-q")).toBe("东胜");
    expectClean(report);
    await page.context().close();
  });

  test("/agencies: both Table views list a 未报告 row for each document that names no units", async () => {
    const report = await visit(site, "/agencies");
    const {page} = report;
    for (const id of ["#agency-workload", "#collective-workload"]) {
      await page.locator(`${id} button[data-action=view-table]`).click();
      await page.locator(`${id} .source-table input[type=search]`).fill("未报告");
      // Columns: agency_id, agency, agency_en, kind, jurisdiction, doc_id, role, tasks, share.
      await expect
        .poll(async () => (await tableRows(page, id)).map((r) => [r[1], r[4], r[5], r[7]]))
        .toEqual([
          ["未报告", "鄂尔多斯市 2023", "ordos-2023-report", ""],
          ["未报告", "平城区 2020", "pingcheng-2020-report", ""]
        ]);
    }
    expectClean(report);
    await page.context().close();
  });

  test("/agencies in English: a province's Table view lists its own documents that name no units", async () => {
    const report = await visit(
      site,
      "/agencies?lang=en&province=内蒙古自治区&agency-workload-view=table&agency-workload-q=not%20reported"
    );
    const {page} = report;
    // Inner Mongolia: Dongsheng names units (its rows), Ordos does not (one not-reported row); Pingcheng is in Shanxi.
    const rows = await tableRows(page, "#agency-workload");
    expect(rows.map((r) => [r[1], r[4], r[5]])).toEqual([["not reported", "Ordos City 2023", "ordos-2023-report"]]);
    // Its other rows are Dongsheng's agencies: the search left them out.
    const count = await page.locator("#agency-workload .source-table-count").textContent();
    expect(Number(/^1 of (\d+) rows$/.exec(count ?? "")?.[1])).toBeGreaterThan(10);
    expectClean(report);
    await page.context().close();
  });

  test("/indicators: the Table view and its search come back from the URL", async () => {
    const report = await visit(
      site,
      "/indicators?indicator=reconsideration_received&indicator-chart-view=table&indicator-chart-q=%E4%B8%9C%E8%83%9C"
    );
    const {page} = report;
    expect(await page.locator("#indicator-chart .source-table input[type=search]").inputValue()).toBe("东胜");
    const rows = await tableRows(page, "#indicator-chart");
    expect(rows.map((r) => [r[0], r[3]])).toEqual([["东胜区", "未报告"]]);
    expectClean(report);
    await page.context().close();
  });

  test("/indicators: every quantity is found by a substring (复议, 执法, 435) and the search survives a reload", async () => {
    const report = await visit(site, "/indicators");
    const {page} = report;
    const search = page.locator("#quantities .source-table input[type=search]");
    const rows = () => tableRows(page, "#quantities");
    const all = (await rows()).length;
    for (const query of ["复议", "执法", "435"]) {
      await search.fill(query);
      await expect.poll(async () => (await rows()).length).toBeLessThan(all);
      const found = await rows();
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((cells) => cells.some((c) => c.includes(query)))).toBe(true);
    }
    expect((await rows()).some((cells) => cells.includes("受理行政复议案件435件"))).toBe(true);
    await search.fill("复议");
    await expect.poll(() => new URL(page.url()).searchParams.get("q")).toBe("复议");
    const before = await rows();
    await page.reload({waitUntil: "networkidle"});
    await expect.poll(() => search.inputValue()).toBe("复议");
    expect(await rows()).toEqual(before);
    expectClean(report);
    await page.context().close();
  });

  test("/indicators at 1280 px: the quantity table, quote column included, stays inside its card", async () => {
    const report = await visit(site, "/indicators", {width: 1280});
    const {page} = report;
    const boxes = await page.evaluate(() => {
      const card = document.getElementById("quantities")!.getBoundingClientRect();
      const table = document.querySelector("#quantities .source-table table")!.getBoundingClientRect();
      const quote = [...document.querySelectorAll("#quantities .source-table th")].find(
        (th) => th.textContent?.trim() === "原文"
      )!;
      const q = quote.getBoundingClientRect();
      return {card: [card.left, card.right], table: [table.left, table.right], quote: [q.left, q.right]};
    });
    expect(boxes.table[0]).toBeGreaterThanOrEqual(boxes.card[0]);
    expect(boxes.table[1]).toBeLessThanOrEqual(boxes.card[1]);
    expect(boxes.quote[1]).toBeLessThanOrEqual(boxes.card[1]);
    expect(boxes.quote[1] - boxes.quote[0]).toBeGreaterThan(150);
    expectClean(report);
    await page.context().close();
  });
});
