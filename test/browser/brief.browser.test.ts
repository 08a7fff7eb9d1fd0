/**
 * The printable briefs (/brief/view?j=<slug>) in headless Chromium: each loads offline without errors, prints to at
 * most two A4 pages with nothing cut off, and the PDF carries its key figures and their sources.
 */
import {execFileSync} from "node:child_process";
import {existsSync, mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {briefData, readBriefTables, type Brief, type BriefTables} from "../../loaders/site/brief-data.ts";
import {indicatorCatalogue} from "../../loaders/indicators/indicator-catalogue.ts";
import {siteRows} from "../../loaders/site/site-table.ts";
import {
  browserAvailable,
  bundleRoutes,
  openSite,
  screenshot,
  visit,
  type Site,
  expectClean
} from "../support/browser.ts";

const run = browserAvailable();
const briefRoutes = run ? bundleRoutes().filter((r) => r.startsWith("/brief/view?j=")) : [];
const outputDir = "test/output";

/** pdftotext and pdftoppm (poppler-utils): required in CI, optional locally. */
function poppler(): boolean {
  try {
    execFileSync("pdftotext", ["-v"], {stdio: "ignore"});
    return true;
  } catch {
    if (process.env.CI === "true")
      throw new Error("CI=true but pdftotext is missing: apt-get install -y poppler-utils");
    console.warn("skipping the PDF text checks: no pdftotext (apt-get install -y poppler-utils)");
    return false;
  }
}

/** A4 pages in a PDF: the `/Type /Page` objects (not the `/Pages` tree nodes). */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The PDF's text with all whitespace removed, so quotes broken across lines still match. */
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]).toString("utf-8").replace(/\s+/g, "");
}

const squash = (s: string) => s.replace(/\s+/g, "");

describe.runIf(run)("the briefs in headless Chromium", () => {
  let site: Site;
  let tables: BriefTables;
  // Checked while the tests are collected, so the PDF text tests are reported as skipped, not passed, without it.
  const hasPoppler = run && poppler();
  beforeAll(async () => {
    site = await openSite();
    tables = await readBriefTables(siteRows, indicatorCatalogue);
    mkdirSync(outputDir, {recursive: true});
  });
  afterAll(async () => site?.close());

  test("there is one brief per seed jurisdiction", () => {
    expect(briefRoutes).toEqual([
      "/brief/view?j=bayingol-mongol-autonomous-prefecture",
      "/brief/view?j=dongsheng-district",
      "/brief/view?j=liaoyang-city",
      "/brief/view?j=ordos-city",
      "/brief/view?j=pingcheng-district"
    ]);
  });

  test("/brief/ links every brief and is in the sidebar", async () => {
    const report = await visit(site, "/brief/");
    await screenshot(report.page, "brief__index");
    expect(report.external).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.cellErrors).toEqual([]);
    const links = await report.page.$$eval(".brief-list a", (as) =>
      as.map((a) => [
        new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search,
        a.textContent?.trim()
      ])
    );
    // One language at a time (issue 13): the Chinese page names briefs in Chinese, the sidebar too.
    expect(links).toContainEqual(["/brief/view?j=ordos-city", "鄂尔多斯市"]);
    expect(links.map(([path]) => path)).toEqual(briefRoutes);
    expect(await report.page.$$eval("#observablehq-sidebar a", (as) => as.map((a) => a.textContent))).toContain("简报");
    await report.page.context().close();
  });

  for (const route of briefRoutes) {
    const slug = route.slice("/brief/view?j=".length);

    test(`${route} loads offline with no error, and reads at 390 px without sideways scrolling`, async () => {
      const report = await visit(site, route);
      await screenshot(report.page, `brief__${slug}`);
      expectClean(report);
      const b: Brief = briefData(tables, slug);
      const text = squash((await report.page.textContent(".brief")) ?? "");
      expect(text).toContain(squash(b.jurisdiction!));
      for (const f of b.figures) expect(text).toContain(squash(f.quote));
      // every source links to its quote on the document page
      const hrefs = await report.page.$$eval(".brief-sources li a", (as) =>
        as.map((a) => {
          const url = new URL((a as HTMLAnchorElement).href);
          return url.pathname + url.search + url.hash;
        })
      );
      expect(hrefs).toEqual(b.figures.map((f) => `/document?id=${f.doc_id}#${f.indicator_row_id.split(":").pop()}`));
      await report.page.context().close();

      const narrow = await visit(site, route, {width: 390, height: 844});
      await screenshot(narrow.page, `brief__${slug}__390`);
      expect(narrow.errors).toEqual([]);
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth);
      expect(overflow).toBeLessThanOrEqual(390);
      await narrow.page.context().close();
    });

    test(`${route} prints to at most two A4 pages with no text cut off`, async () => {
      const report = await visit(site, route);
      const {page} = report;
      // The A4 text block is 210 − 2 × 15 mm = 180 mm ≈ 680 CSS px wide: lay the print styles out at that width
      // and check that nothing sticks out of the brief and that the controls and site chrome are gone.
      await page.setViewportSize({width: 680, height: 1000});
      await page.emulateMedia({media: "print"});
      const layout = await page.evaluate(() => {
        const brief = document.querySelector(".brief")!.getBoundingClientRect();
        const outside = [...document.querySelectorAll(".brief *")]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && (r.right > brief.right + 1 || r.left < brief.left - 1);
          })
          .map((el) => `${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`);
        const clipped = [...document.querySelectorAll(".brief td, .brief th, .brief li, .brief p")]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.textContent?.slice(0, 40));
        const shown = (sel: string) =>
          [...document.querySelectorAll(sel)].filter((el) => el.getClientRects().length > 0).length;
        return {
          outside,
          clipped,
          chrome: shown("#observablehq-sidebar, #observablehq-header, #observablehq-footer, #observablehq-toc"),
          controls: shown(".brief button, .brief-controls")
        };
      });
      expect(layout).toEqual({outside: [], clipped: [], chrome: 0, controls: 0});

      const pdf = await page.pdf({format: "A4", printBackground: true});
      const file = join(outputDir, `brief-${slug}.pdf`);
      writeFileSync(file, pdf);
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
      expect(pdfPages(pdf)).toBeLessThanOrEqual(2);

      if (hasPoppler) {
        const b: Brief = briefData(tables, slug);
        const text = pdfText(file);
        expect(text).toContain(squash(b.jurisdiction!));
        expect(text).toContain("比较的局限");
        // the last source is printed in full: the brief's end is not cut off
        const last = b.figures.at(-1);
        if (last) expect(text).toContain(squash(last.quote));
        execFileSync("pdftoppm", ["-r", "60", "-png", file, join(outputDir, `brief-${slug}`)]);
        expect(existsSync(join(outputDir, `brief-${slug}-1.png`))).toBe(true);
      }
      await page.context().close();
    });
  }

  test.runIf(hasPoppler && briefRoutes.includes("/brief/view?j=ordos-city"))(
    "the Ordos brief prints its reconsideration figure from the indicators table, and says it has no agency workload",
    async () => {
      const row = tables.indicators.find(
        (r) => r.doc_id === "ordos-2023-report" && r.indicator_id === "reconsideration_received"
      )!;
      expect([row.value, row.unit, row.kind]).toEqual([435, "件", "actual"]);
      const text = pdfText(join(outputDir, "brief-ordos-city.pdf"));
      expect(text).toContain(`行政复议案件受理数${row.value}${row.unit}2023实际`);
      expect(text).toContain(squash(row.quote));
      expect(text).toContain("没有部门分工数据");
    }
  );

  test.runIf(briefRoutes.includes("/brief/view?j=ordos-city"))(
    "?lang=en switches the Ordos brief's labels, units and headings to English",
    async () => {
      const report = await visit(site, "/brief/view?j=ordos-city&lang=en");
      await screenshot(report.page, "brief__ordos-city__en");
      expect(report.errors).toEqual([]);
      expect(report.cellErrors).toEqual([]);
      const rows = await report.page.$$eval(".brief-table.figures tbody tr", (trs) =>
        trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent?.trim()))
      );
      expect(rows[5]).toEqual([
        "Administrative reconsideration cases received",
        "435 cases",
        "2023",
        "result",
        "–",
        "[6]"
      ]);
      expect(await report.page.$$eval(".brief h2", (hs) => hs.map((h) => h.textContent?.trim()))).toContain(
        "3 Key figures"
      );
      await report.page.context().close();
    }
  );

  // Issue 13, item 4: a brief a leader can read on paper. What each language prints, squashed as pdfText gives it.
  const ordosPrint = {
    zh: {
      route: "/brief/view?j=ordos-city",
      points: "要点",
      pointsEnd: "1文件",
      figure:
        "行政机关负责人出庭应诉率100%（2023年实际）；其他地区：巴音郭楞蒙古自治州2024年目标100%，东胜区2022年目标100%",
      count: "依法行政制度体系占18项中的2项（11%）",
      caveat: "注意：本地区依据年度报告（写结果）",
      extraction: /抽取|个数据/,
      child: "东胜区（鄂尔多斯市辖区）：2022年任务分解方案",
      citation: "五、(二)强化行政复议监督：「2023年行政机关负责人出庭应诉率100%」",
      offsets: "字符2493",
      footer: (date: string, build: string) => `打印于${date}·构建版本${build}`,
      page: (k: number, n: number) => `第${k}/${n}页`
    },
    en: {
      route: "/brief/view?j=ordos-city&lang=en",
      points: "Keypoints",
      pointsEnd: "1Documents",
      figure:
        "Courtappearancerateofagencyheads:100%(2023result);elsewhere:BayingolMongolAutonomousPrefecture2024target100%,DongshengDistrict2022target100%",
      count: "Legalrulesandnormativedocumentstakes2of18items(11%)",
      caveat: "Note:thisrestsonAnnualreport(results)",
      extraction: /extracted/,
      child: "DongshengDistrict(adistrictofOrdosCity):2022Taskplan",
      citation: "五、(二)强化行政复议监督:「2023年行政机关负责人出庭应诉率100%」",
      offsets: "chars2493",
      footer: (date: string, build: string) => `printed${date}·build${build}`,
      page: (k: number, n: number) => `page${k}of${n}`
    }
  };
  for (const [lang, want] of Object.entries(ordosPrint))
    test.skipIf(!hasPoppler || !briefRoutes.includes("/brief/view?j=ordos-city"))(
      `the Ordos brief (${lang}) prints findings with numbers, counts beside the genre caveat, 东胜区 as its child, section citations and a footer on each of at most two pages`,
      async () => {
        const report = await visit(site, want.route);
        const {page} = report;
        expect(report.errors).toEqual([]);
        // What the footer must carry, read from the page: its build id, its URL and the browser's local day.
        const [build, url, day] = await page.evaluate(() => {
          const d = new Date();
          const pad = (x: number) => String(x).padStart(2, "0");
          return [
            document.querySelector<HTMLMetaElement>('meta[name="fazhi-build"]')?.content ?? "",
            location.href,
            `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
          ];
        });
        expect(build).toMatch(/^[0-9a-z-]+$/i);
        // Every key point states something with a number.
        const points = await page.$$eval(".brief-summary li", (lis) => lis.map((li) => li.textContent ?? ""));
        expect(points.length).toBeGreaterThanOrEqual(4);
        for (const p of points) expect(p).toMatch(/\d/);
        // The count out of 18 and the genre caveat are in the same key point.
        expect(points.filter((p) => squash(p).includes(want.count) && squash(p).includes(want.caveat))).toHaveLength(1);

        // Printed as the browser's print dialog does: no header or footer template, the page's own CSS only.
        const pdf = await page.pdf({format: "A4", printBackground: true});
        await page.context().close();
        const file = join(outputDir, `brief-ordos-city-${lang}-leader.pdf`);
        writeFileSync(file, pdf);
        const pages = pdfPages(pdf);
        expect(pages).toBeGreaterThanOrEqual(1);
        expect(pages).toBeLessThanOrEqual(2);
        const text = pdfText(file);

        const keyPoints = text.slice(text.indexOf(want.points), text.indexOf(want.pointsEnd));
        expect(keyPoints).toContain(want.figure);
        expect(keyPoints).toContain(want.count);
        expect(keyPoints).toContain(want.caveat);
        expect(keyPoints).not.toMatch(want.extraction);
        expect(text).not.toContain("指标数据");

        expect(text).toContain(want.child);
        expect(text).toContain(want.citation);
        expect(text).not.toContain(want.offsets);

        for (let k = 1; k <= pages; ++k) expect(text).toContain(want.page(k, pages));
        expect(text.split(want.footer(day, build)).length - 1).toBe(pages);
        expect(text.split(squash(url)).length - 1).toBe(pages);
      }
    );

  test.runIf(hasPoppler && briefRoutes.includes("/brief/view?j=dongsheng-district"))(
    "the Dongsheng brief prints its 文号 and its top lead agencies with their shares of 85 tasks",
    async () => {
      const text = pdfText(join(outputDir, "brief-dongsheng-district.pdf"));
      expect(text).toContain("东依法委发〔2022〕3号");
      expect(text).toContain("司法局5261%");
      expect(text).toContain("人民政府办公室3440%");
      expect(text).toContain("共85项任务");
    }
  );
});
