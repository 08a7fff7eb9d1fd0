/**
 * /follow on the built seed site: 东胜区's 2022 plan against 鄂尔多斯市's 2023 report (its parent city). Each task is
 * listed with its matched passage (quote + link opening /document at the passage's offsets, highlighted), each
 * target with its actual (both quoted), and "no later report" is told apart from "report found, not mentioned".
 * The expected rows are read independently with DuckDB from the built follow_through Parquet file; the page itself
 * fetches only the picked plan's file (_file/data/follow/<doc_id>.json) and the plan's document bundle, which holds
 * its tasks' text (_file/data/documents/<doc_id>.json), counted from its requests.
 */
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {browserAvailable, builtParquet, expectClean, openSite, visit, type Site} from "../support/browser.ts";
import {query} from "../support/duckdb.ts";

const run = browserAvailable();

describe.runIf(run)("/follow: a plan's tasks and targets against its later reports", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("东胜区 2022 lists its 85 tasks, the 10 with a 鄂尔多斯市 2023 passage quoted and linked at its offsets", async () => {
    const table = builtParquet("follow_through");
    const matched = await query(`
      SELECT plan_item_id, report_char_start, report_char_end, report_quote FROM '${table}'
      WHERE plan_doc_id = 'dongsheng-2022-plan' AND row_kind = 'task' AND status = 'matched'
      ORDER BY plan_char_start`);
    const taskQuotes = await query(`
      SELECT DISTINCT plan_item_id, plan_char_start, plan_char_end, plan_quote FROM '${table}'
      WHERE plan_doc_id = 'dongsheng-2022-plan' AND row_kind = 'task' ORDER BY plan_char_start`);
    const [{tasks}] = await query(`
      SELECT count(*) AS tasks FROM '${builtParquet("items")}' WHERE doc_id = 'dongsheng-2022-plan' AND is_task`);
    expect([matched.length, tasks]).toEqual([10, 85]);

    const requested: string[] = [];
    const report = await visit(site, "/follow?plan=dongsheng-2022-plan", {onRequest: (url) => requested.push(url)});
    const {page} = report;
    await page.waitForSelector("table.follow-tasks tbody tr[data-status=matched]");
    expectClean(report);
    // Only the picked plan's file and its document bundle are fetched: no other plan's or document's, and not the
    // follow_through table.
    const paths = requested.map((url) => new URL(url).pathname);
    expect(paths.filter((p) => /^\/_file\/data\/(follow|documents)\//.test(p))).toEqual([
      "/_file/data/follow/dongsheng-2022-plan.json",
      "/_file/data/documents/dongsheng-2022-plan.json"
    ]);
    expect(paths.filter((p) => /follow_through|\.parquet$/.test(p))).toEqual([]);
    expect(await page.locator(".follow-reports li").evaluateAll((els) => els.map((e) => e.textContent))).toEqual([
      "鄂尔多斯市 2023 年度报告 (上级)"
    ]);
    expect(await page.locator("[data-count]").evaluateAll((els) => els.map((e) => e.textContent))).toEqual([
      "10",
      "75",
      "0"
    ]);
    expect(await page.locator("[data-threshold]").textContent()).toBe("0.2");
    const rows = page.locator("table.follow-tasks tbody tr");
    expect(await rows.count()).toBe(85);
    // Each task shows its text (the first 160 characters) linked at its offsets in the plan, as follow_through has it.
    const short = (s: unknown) => (String(s).length > 160 ? String(s).slice(0, 160) + "…" : String(s));
    expect(
      await rows.evaluateAll((trs) =>
        trs.map((tr) => {
          const a = tr.querySelector<HTMLAnchorElement>("td:first-child a")!;
          return [(tr as HTMLElement).dataset.item, a.getAttribute("href"), a.textContent];
        })
      )
    ).toEqual(
      taskQuotes.map((q) => [
        q.plan_item_id,
        `./document?id=dongsheng-2022-plan#c${q.plan_char_start}-${q.plan_char_end}`,
        short(q.plan_quote)
      ])
    );
    const shown = await page.locator("table.follow-tasks tbody tr[data-status=matched]").evaluateAll((trs) =>
      trs.map((tr) => {
        const a = tr.querySelector<HTMLAnchorElement>(".follow-passage a")!;
        return [(tr as HTMLElement).dataset.item, a.getAttribute("href"), a.textContent];
      })
    );
    expect(shown).toEqual(
      matched.map((m) => [
        m.plan_item_id,
        `./document?id=ordos-2023-report#c${m.report_char_start}-${m.report_char_end}`,
        short(m.report_quote)
      ])
    );
    // The others say a report was found and the task is not mentioned in it, with the best similarity below 0.2.
    const others = page.locator("table.follow-tasks tbody tr[data-status=not_mentioned] td.follow-status");
    expect(await others.count()).toBe(75);
    expect(await others.first().textContent()).toMatch(/^有报告，未提及\(最高 0\.[01]\d\)$/);

    // Clicking a passage opens the report with that passage highlighted at its offsets.
    const first = matched[0];
    await page.locator("table.follow-tasks tbody tr[data-status=matched] .follow-passage a").first().click();
    await page.waitForURL(/\/document\?id=ordos-2023-report/);
    await page.waitForSelector("mark.hl-range");
    const at = await page.evaluate(() => {
      const marks = [...document.querySelectorAll("mark.hl-range")];
      const range = document.createRange();
      range.setStart(document.querySelector(".annotated-text")!, 0);
      range.setEndBefore(marks[0]);
      return {text: marks.map((m) => m.textContent).join(""), offset: range.toString().length};
    });
    expect(at).toEqual({text: first.report_quote, offset: first.report_char_start});
    await page.context().close();
  });

  test("its targets stand against 鄂尔多斯市's actuals of the same indicator, both quoted and linked", async () => {
    const pairs = await query(`
      SELECT indicator_id, plan_quote, plan_char_start, plan_char_end, report_quote, report_char_start, report_char_end
      FROM '${builtParquet("follow_through")}'
      WHERE plan_doc_id = 'dongsheng-2022-plan' AND row_kind = 'indicator' AND status = 'matched'`);
    expect(pairs.length).toBe(15);
    const {page} = await visit(site, "/follow?plan=dongsheng-2022-plan");
    await page.waitForSelector("table.follow-targets tbody tr[data-status=matched]");
    const shown = await page.locator("table.follow-targets tbody tr[data-status=matched]").evaluateAll((trs) =>
      trs.map((tr) => {
        const [target, actual] = [...tr.querySelectorAll("a")].map((a) => [a.textContent, a.getAttribute("href")]);
        return {indicator: (tr as HTMLElement).dataset.indicator, target, actual};
      })
    );
    expect(shown.length).toBe(15);
    for (const p of pairs)
      expect(shown).toContainEqual({
        indicator: p.indicator_id,
        target: [p.plan_quote, `./document?id=dongsheng-2022-plan#c${p.plan_char_start}-${p.plan_char_end}`],
        actual: [p.report_quote, `./document?id=ordos-2023-report#c${p.report_char_start}-${p.report_char_end}`]
      });
    const court = page.locator("table.follow-targets tbody tr[data-indicator=head_court_appearance_rate]");
    expect(await court.locator("td").nth(2).textContent()).toBe("100% · 2023 2023年行政机关负责人出庭应诉率100%");
    expect(await page.locator("table.follow-targets tbody tr[data-status=no_actual]").count()).toBe(14);
    await page.context().close();
  });

  test("a plan without a later report says so for every task, apart from 'not mentioned'; in English too", async () => {
    const report = await visit(site, "/follow?plan=bayingol-2024-work-points");
    const {page} = report;
    expectClean(report);
    await page.waitForSelector("[data-none=reports]");
    expect(await page.locator("[data-none=reports]").count()).toBe(1);
    const statuses = await page
      .locator("table.follow-tasks tbody tr")
      .evaluateAll((trs) => [
        ...new Set(
          trs.map((tr) => `${(tr as HTMLElement).dataset.status} ${tr.querySelector(".follow-status")!.textContent}`)
        )
      ]);
    expect(statuses).toEqual(["no_report 未找到后续报告"]);
    expect(await page.locator("table.follow-tasks tbody tr").count()).toBe(35);
    await page.context().close();

    const requested: string[] = [];
    const en = await visit(site, "/follow?plan=dongsheng-2022-plan&lang=en", {onRequest: (url) => requested.push(url)});
    await en.page.waitForSelector("table.follow-tasks tbody tr[data-status=not_mentioned]");
    expectClean(en);
    expect(await en.page.locator("h1").first().textContent()).toBe("Follow-through");
    expect(
      await en.page
        .locator("table.follow-tasks tbody tr[data-status=not_mentioned] td.follow-status")
        .first()
        .textContent()
    ).toMatch(/^report found, task not mentioned \(best 0\.\d\d\)$/);
    await en.page
      .locator("select")
      .first()
      .selectOption({label: "Liaoyang City 2015 Implementation opinion (later reports 0)"});
    await en.page.waitForFunction(() => new URL(location.href).searchParams.get("plan") === "liaoyang-2015-opinion");
    await en.page.waitForSelector("table.follow-tasks tbody tr[data-status=no_report]");
    expect(
      await en.page.locator("table.follow-tasks tbody tr[data-status=no_report] td.follow-status").first().textContent()
    ).toBe("no later report found");
    // Picking another plan fetches that plan's file, once.
    expect(requested.map((url) => new URL(url).pathname).filter((p) => p.startsWith("/_file/data/follow/"))).toEqual([
      "/_file/data/follow/dongsheng-2022-plan.json",
      "/_file/data/follow/liaoyang-2015-opinion.json"
    ]);
    await en.page.context().close();
  });

  test("a plan's /document page links to its follow-through, a report's does not; the nav lists /follow", async () => {
    const plan = await visit(site, "/document?id=dongsheng-2022-plan");
    expect(await plan.page.locator("a.follow-link").getAttribute("href")).toBe("./follow?plan=dongsheng-2022-plan");
    expect(await plan.page.locator("#observablehq-sidebar a[href$='follow']").count()).toBe(1);
    await plan.page.context().close();
    const other = await visit(site, "/document?id=ordos-2023-report");
    expect(await other.page.locator("a.follow-link").count()).toBe(0);
    await other.page.context().close();
    const overview = await visit(site, "/");
    expect(await overview.page.locator(".follow-note a").getAttribute("href")).toBe("./follow");
    await overview.page.context().close();
  });
});
