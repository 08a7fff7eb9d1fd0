import {readdirSync} from "node:fs";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {
  browserAvailable,
  openSite,
  screenshot,
  visit,
  type PageReport,
  type Site,
  expectClean
} from "../support/browser.ts";

const run = browserAvailable();
// At the default threshold 0.2: 6 pairs, 13 tasks only in Dongsheng, 5 only in Liaoyang.
const COMPARE_COUNTS = ["6", "13", "5"];

/** Opens a route and checks the page made no external or failed request and showed no error. */
async function clean(
  site: Site,
  route: string,
  options?: {width?: number; onRequest?: (url: string) => void}
): Promise<PageReport> {
  const report = await visit(site, route, options);
  expectClean(report);
  return report;
}

describe.runIf(run)("dashboard views in headless Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("/ draws one data-bound dot per dated document (5) from overview.json alone: no wasm, no table", async () => {
    const requests: string[] = [];
    const {page} = await clean(site, "/", {onRequest: (url) => requests.push(new URL(url).pathname)});
    expect(requests.filter((url) => url.endsWith(".wasm"))).toEqual([]);
    const data = requests
      .filter((url) => url.startsWith("/_file/data/"))
      .map((url) => url.replace(/\.[0-9a-f]{8}\./, "."));
    expect(data.sort()).toEqual([
      "/_file/data/headlines.json",
      "/_file/data/overview.json",
      "/_file/data/province-tiles.json"
    ]);
    expect(await page.locator(".card.stat .big").allTextContents()).toEqual(["5", "5", "202", "178"]);
    // Five documents fit in the list that comes with the overview: no "show all" button.
    expect(await page.locator("#documents-list button").count()).toBe(0);
    expect(await page.locator("#corpus-timeline svg [aria-label=dot] circle").count()).toBe(5);
    const headlines = await page.locator("[data-headline]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(headlines).toEqual([
      "./coverage?topic=leadership",
      "./agencies?agency=justice_bureau",
      "./indicators?indicator=normative_docs_reviewed"
    ]);
    // Ties are admitted and counted in jurisdictions: 13 indicators are each reported in 2 of the 5.
    expect(await page.locator("[data-headline=agency]").textContent()).toMatch(/司法局.*3个地区中的2个/);
    expect(await page.locator("[data-headline=indicator]").getAttribute("data-leaders")).toBe("13");
    expect(await page.locator("[data-headline=indicator]").textContent()).toMatch(/等13项并列.*5个地区中的2个/);
    await page.context().close();
  });

  test("/coverage draws 50 cells (5 documents × 10 topics) and lists Dongsheng's 19 enforcement tasks", async () => {
    const {page} = await clean(site, "/coverage?doc=dongsheng-2022-plan&topic=enforcement");
    const cells = await page
      .locator("#coverage-heatmap svg g[aria-label=cell]")
      .evaluateAll((gs) => gs.map((g) => g.querySelectorAll("rect").length));
    expect(cells).toContain(50);
    await expect.poll(() => page.locator("#cell-items li").count()).toBe(19);
    expect(await page.locator("#cell-items h2").textContent()).toMatch(/^19/);
    await page.context().close();
  });

  test("/coverage: clicking a heatmap cell lists the items behind it (first cell: Liaoyang, government functions)", async () => {
    const {page} = await clean(site, "/coverage");
    // The cells with a document are the mark with the most rects; they run topic by topic, documents by year.
    const point = await page.evaluate(() => {
      const marks = [...document.querySelectorAll("#coverage-heatmap svg g[aria-label=cell]")];
      const cells = marks.sort((a, b) => b.querySelectorAll("rect").length - a.querySelectorAll("rect").length)[0];
      const box = cells.querySelectorAll("rect")[0].getBoundingClientRect();
      return {x: box.x + box.width / 2, y: box.y + box.height / 2};
    });
    await page.mouse.move(point.x, point.y);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => new URL(page.url()).searchParams.get("doc")).toBe("liaoyang-2015-opinion");
    expect(new URL(page.url()).searchParams.get("topic")).toBe("functions_business");
    await expect.poll(() => page.locator("#cell-items li").count()).toBe(6);
    await page.context().close();
  });

  test("/indicators: clicking a reported value opens its quote on the document page", async () => {
    const {page} = await clean(site, "/indicators?q=受理行政复议案件");
    const link = page.getByRole("link", {name: "受理行政复议案件435件"});
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await page.waitForURL(/\/document\?id=ordos-2023-report#n39$/);
    await page.waitForSelector("#n39", {state: "attached"});
    const quote = await page.evaluate(() => {
      const anchor = document.getElementById("n39")!;
      let text = "";
      for (let node = anchor.nextSibling; node && text.length < 11; node = node.nextSibling)
        text += node.textContent ?? "";
      return text;
    });
    expect(quote.startsWith("受理行政复议案件435件")).toBe(true);
    await page.context().close();
  });

  test("/indicators draws one data-bound dot per value: reconsideration cases received, Ordos 2023, 435 件", async () => {
    const {page} = await clean(site, "/indicators?indicator=reconsideration_received");
    const labels = await page
      .locator("#indicator-chart svg g[aria-label=dot] path")
      .evaluateAll((marks) => marks.map((m) => m.getAttribute("aria-label")));
    expect(labels).toEqual(["鄂尔多斯市 2023: 435件 (actual)"]);
    await page.context().close();
  });

  test("/indicators leaves the value extraction flagged (249,070,000 件) out of the chart, with a note linking its quote", async () => {
    const {page} = await clean(site, "/indicators?indicator=permits_processed");
    const labels = await page
      .locator("#indicator-chart svg g[aria-label=dot] path")
      .evaluateAll((marks) => marks.map((m) => m.getAttribute("aria-label") ?? ""));
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((l) => l.includes("249070000"))).toEqual([]);
    const note = page.locator("#indicator-chart .implausible-note");
    expect(await note.getAttribute("data-implausible")).toBe("1");
    expect((await note.textContent())!.replace(/\s+/g, " ")).toMatch(/1 个数值疑似不合理.*平城区 249,070,000件/);
    expect(await note.locator("a").getAttribute("href")).toMatch(/^\.\/document\?id=pingcheng-2020-report#n\d+$/);
    await page.context().close();
  });

  test("/indicators opens on a comparable indicator chosen from the data, not the catch-all with the most rows", async () => {
    const {page} = await clean(site, "/indicators");
    await expect.poll(() => new URL(page.url()).searchParams.get("indicator")).toBe("rule_of_law_meetings");
    // Every value drawn, Liaoyang's target (hollow) too.
    const dots = page.locator("#indicator-chart svg g[aria-label=dot] path");
    expect((await dots.evaluateAll((ms) => ms.map((m) => m.getAttribute("aria-label")))).sort()).toEqual([
      "平城区 2020: 32次 (actual)",
      "辽阳市 2015: 1次 (target)",
      "鄂尔多斯市 2023: 2次 (actual)",
      "鄂尔多斯市 2023: 6次 (actual)"
    ]);
    // One unit: one panel.
    expect(await page.locator("#indicator-chart figure, #indicator-chart > svg").count()).toBe(1);
    await page.context().close();
  });

  test("/compare aligns Dongsheng's 19 and Liaoyang's 11 enforcement tasks by similarity", async () => {
    const {page} = await clean(site, "/compare?docs=dongsheng-2022-plan,liaoyang-2015-opinion&topic=enforcement");
    const counts = await page.locator(".compare-counts span[data-count]").allTextContents();
    const [aligned, left, right] = counts.map(Number);
    expect(aligned + left).toBe(19);
    expect(aligned + right).toBe(11);
    expect(counts).toEqual(COMPARE_COUNTS);
    expect(await page.locator("table.aligned tbody tr.pair").count()).toBe(aligned);
    await page.context().close();
  });

  test("/agencies lists the Justice Bureau's 82 assignments across three jurisdictions", async () => {
    const {page} = await clean(site, "/agencies?agency=justice_bureau");
    await expect.poll(() => page.locator("#agency-tasks h2").textContent()).toMatch(/: 82 /);
    expect(await page.locator("#agency-workload svg [aria-label=cell] rect").count()).toBeGreaterThan(20);
    await page.context().close();
  });

  test("/agencies draws agency × jurisdiction cells, each a share of one jurisdiction's tasks (≤ 100 %), never stacked bars", async () => {
    const {page} = await clean(site, "/agencies");
    const cells = page.locator("#agency-workload svg [aria-label=cell] rect");
    await expect.poll(() => cells.count()).toBeGreaterThan(20);
    expect(await page.locator("#agency-workload svg [aria-label=bar]").count()).toBe(0);
    const shares = (await cells.evaluateAll((rs) => rs.map((r) => r.getAttribute("aria-label") ?? ""))).map((l) =>
      Number(/: (\d+)%/.exec(l)![1])
    );
    expect(Math.max(...shares)).toBeLessThanOrEqual(100);
    // Three jurisdictions name units: three columns, and the picker narrows them (kept in the URL).
    const columns = async () =>
      new Set(
        (await cells.evaluateAll((rs) => rs.map((r) => r.getAttribute("aria-label") ?? ""))).map(
          (l) => /· (.*):/.exec(l)![1]
        )
      );
    expect([...(await columns())].sort()).toEqual(["东胜区 2022", "巴音郭楞蒙古自治州 2024", "辽阳市 2015"]);
    await page.getByRole("checkbox", {name: "东胜区 2022"}).uncheck();
    await expect.poll(async () => [...(await columns())].sort()).toEqual(["巴音郭楞蒙古自治州 2024", "辽阳市 2015"]);
    expect(new URL(page.url()).searchParams.get("j")).toBe("bayingol-2024-work-points,liaoyang-2015-opinion");
    // The two reports name no units: said, not drawn as empty columns.
    const note = page.locator("#no-units");
    expect(await note.getAttribute("data-count")).toBe("2");
    expect((await note.textContent())!.replace(/\s+/g, " ")).toMatch(
      /2 份文件未写明牵头或配合单位.*鄂尔多斯市 2023.*平城区 2020/
    );
    await page.context().close();
  });

  test("/agencies' co-lead matrix writes the counts of its darker cells in white, the rest in black", async () => {
    const {page} = await clean(site, "/agencies");
    const texts = page.locator("#co-lead-matrix svg [aria-label=text] text");
    await expect.poll(() => texts.count()).toBeGreaterThan(10);
    const counts = await texts.evaluateAll((ts) =>
      ts.map((t) => ({n: Number(t.textContent), fill: t.getAttribute("fill")}))
    );
    const most = Math.max(...counts.map((c) => c.n));
    expect(counts.filter((c) => c.n === most).map((c) => c.fill)).toEqual(
      counts.filter((c) => c.n === most).map(() => "white")
    );
    expect(counts.filter((c) => c.n <= most / 2).every((c) => c.fill === "black")).toBe(true);
    await page.context().close();
  });

  test("/agencies in English at 1280 px: heatmap labels whole and inside the chart, above the source line; rows full height", async () => {
    const {page} = await clean(site, "/agencies?lang=en");
    for (const id of ["#agency-workload", "#collective-workload"]) {
      await page.locator(`${id} svg [aria-label=cell] rect`).first().waitFor();
      const layout = await page.locator(id).evaluate((card) => {
        const box = (el: Element) => el.getBoundingClientRect();
        const svg = card.querySelector("[aria-label=cell]")!.closest("svg")!;
        const texts = (axis: string) => [...svg.querySelectorAll(`[aria-label="${axis}-axis tick label"] text`)];
        const words = (el: Element) =>
          [...el.querySelectorAll("tspan")].map((t) => t.textContent).join(" ") || (el.textContent ?? "");
        return {
          svg: box(svg).toJSON(),
          source: box(card.querySelector(".chart-source")!).top,
          x: texts("x").map((t) => box(t).toJSON()),
          y: texts("y").map((t) => ({
            ...box(t).toJSON(),
            text: words(t),
            title: t.querySelector("title")?.textContent
          })),
          cells: [...svg.querySelectorAll("[aria-label=cell] rect")].map((r) => ({
            height: box(r).height,
            agency: (r.getAttribute("aria-label") ?? "").split(" · ")[0]
          }))
        };
      });
      // Column labels stay inside the chart, above the source line under it.
      expect(Math.max(...layout.x.map((b) => b.bottom))).toBeLessThanOrEqual(
        Math.min(layout.svg.bottom, layout.source)
      );
      expect(Math.min(...layout.x.map((b) => b.left))).toBeGreaterThanOrEqual(layout.svg.left);
      // Agency names are whole (wrapped into lines, not cut with …) and start inside the chart.
      // (Compared without spaces: a line break may fall at a space or, in Chinese, between two characters.)
      const squeeze = (t: string) => t.replace(/\s+/g, "");
      const agencies = [...new Set(layout.cells.map((c) => squeeze(c.agency)))].sort();
      expect(layout.y.map((l) => squeeze(l.title ?? l.text)).sort()).toEqual(agencies);
      expect(layout.y.some((l) => l.text.includes("…"))).toBe(false);
      expect(Math.min(...layout.y.map((b) => b.left))).toBeGreaterThanOrEqual(layout.svg.left);
      // Every row is drawn at least 20 px tall, however few rows the chart has.
      expect(Math.min(...layout.cells.map((c) => c.height))).toBeGreaterThanOrEqual(20);
      expect(layout.svg.height).toBeGreaterThanOrEqual(120);
    }
    await page.context().close();
  });

  test("/agencies selects what ?province=, ?year= and ?agency= name, and ignores values it does not offer", async () => {
    const selected = async (route: string) => {
      const {page} = await clean(site, route);
      await expect.poll(() => page.locator("#agency-tasks h2").textContent()).toMatch(/\d/);
      const texts = await page
        .locator("form select")
        .evaluateAll((ss) => ss.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent));
      await page.context().close();
      return texts;
    };
    expect(await selected("/agencies?province=辽宁省&year=2015&agency=justice_bureau")).toEqual([
      "辽宁省",
      "2015",
      "司法局"
    ]);
    expect(await selected("/agencies?province=火星&year=1999&agency=nobody")).toEqual([
      "全部省份",
      "全部年度",
      "人民政府办公室"
    ]);
  });

  test("/coverage, /indicators and /agencies read their precomputed JSON and never load the Parquet reader", async () => {
    for (const [route, files] of [
      [
        "/coverage?doc=liaoyang-2015-opinion",
        ["coverage-matrix.json", "documents/liaoyang-2015-opinion.json", "province-tiles.json"]
      ],
      ["/indicators", ["indicator-summary.json", "quantities.json", "province-tiles.json"]],
      ["/agencies", ["agency-summary.json", "agency-tasks.json", "overview.json"]]
    ] as const) {
      const requests: string[] = [];
      const {page} = await clean(site, route, {onRequest: (url) => requests.push(new URL(url).pathname)});
      expect(requests.filter((url) => url.endsWith(".wasm") || url.endsWith(".parquet"))).toEqual([]);
      const data = requests
        .filter((url) => url.startsWith("/_file/data/"))
        .map((url) => url.slice("/_file/data/".length).replace(/\.[0-9a-f]{8}\./, "."));
      expect(data.sort()).toEqual([...files].sort());
      await page.context().close();
    }
  });

  test("/agencies and /indicators link what they do not list to Explore, as SQL that reproduces it", async () => {
    const {page} = await clean(site, "/agencies?agency=justice_bureau");
    const href = await page.locator("#agency-tasks a[data-action=explore]").getAttribute("href");
    const sql = new URL(href!, site.origin).searchParams.get("q")!;
    expect(sql).toContain("WHERE a.agency_id = 'justice_bureau'");
    expect(sql).toMatch(/FROM assignments a\nJOIN documents d/);
    await page.context().close();
    const indicators = await clean(site, "/indicators?q=受理行政复议案件");
    const link = indicators.page.locator("#quantities-note a[data-action=explore]");
    await expect
      .poll(() => link.getAttribute("href").then((h) => new URL(h!, site.origin).searchParams.get("q")))
      .toContain("i.quote LIKE '%受理行政复议案件%'");
    // All 178 quantities of the seeds are listed on the page, so the note offers the search without "N more".
    expect(await indicators.page.locator("#quantities-note").textContent()).not.toMatch(/first|前/);
    await indicators.page.context().close();
  });

  test("/document?id= highlights every lead unit, support unit and figure of Bayingol", async () => {
    const {page} = await clean(site, "/document?id=bayingol-2024-work-points");
    expect(await page.locator(".annotated-text mark.hl-lead").count()).toBeGreaterThanOrEqual(81);
    expect(await page.locator(".annotated-text a.anchor-item").count()).toBe(45);
    expect(await page.locator(".annotated-text a.anchor-target").count()).toBe(15);
    await page.context().close();
  });

  test("/ and /agencies say how many unit markers of the corpus gave units, and that no seed is flagged", async () => {
    for (const route of ["/?lang=en", "/agencies?lang=en"]) {
      const {page} = await clean(site, route);
      expect(await page.locator(".self-check-note").textContent()).toBe(
        "Self-check: units found for 283 of 283 unit markers in the texts; no document is flagged."
      );
      await page.context().close();
    }
  });

  test("/document?id= shows the self-check: unit markers that gave units and numbered lines that became items", async () => {
    const en = await clean(site, "/document?id=bayingol-2024-work-points&lang=en");
    expect(await en.page.locator(".self-check").textContent()).toBe(
      "units found for 70 of 70 unit markers · 45 items from 45 numbered lines"
    );
    expect(await en.page.locator(".self-check.low").count()).toBe(0);
    await en.page.context().close();
    const zh = await clean(site, "/document?id=bayingol-2024-work-points&lang=zh");
    expect(await zh.page.locator(".self-check").textContent()).toBe(
      "分工标记 70 处，其中 70 处抽出了单位 · 编号行 45 行，成为条目 45 条"
    );
    await zh.page.context().close();
  });

  test("document text is data: <script> and markup in a text show as text and never run", async () => {
    const {page} = await clean(site, "/document?id=ordos-2023-report");
    const module = readdirSync("dist/_import/components").find((f) => f.startsWith("annotated-text."));
    // A string, so the test runner does not rewrite the dynamic import.
    const result = await page.evaluate(`(async () => {
      const {annotatedText} = await import("/_import/components/${module}");
      const text = ${JSON.stringify('一、<script>window.__ran = true</script><b>粗体</b><img src=x onerror="window.__ran=true">')};
      const el = annotatedText(text, [{start: 2, end: 10, kind: "lead", id: "x"}]);
      document.body.append(el);
      await new Promise((r) => setTimeout(r, 100));
      return {ran: window.__ran === true, text: el.textContent, scripts: el.querySelectorAll("script, b, img").length};
    })()`);
    expect(result).toEqual({
      ran: false,
      text: '一、<script>window.__ran = true</script><b>粗体</b><img src=x onerror="window.__ran=true">',
      scripts: 0
    });
    await page.context().close();
  });

  for (const width of [1280, 390]) {
    for (const route of [
      "/",
      "/coverage",
      "/indicators",
      "/agencies",
      "/compare",
      "/document?id=dongsheng-2022-plan"
    ]) {
      test(`${route} at ${width} px has no horizontal overflow and saves a screenshot`, async () => {
        const {page} = await clean(site, route, {width});
        await screenshot(page, `${route === "/" ? "index" : route.slice(1).replace(/[/?=]/g, "__")}-${width}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await page.context().close();
      });
    }
  }
});
