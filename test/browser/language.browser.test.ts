import {afterAll, beforeAll, describe, expect, test} from "vitest";
import type {Page} from "playwright-core";
import {
  browserAvailable,
  builtRoutes,
  bundleRoutes,
  openSite,
  screenshot,
  visit,
  type Site
} from "../support/browser.ts";

const run = browserAvailable();

/**
 * Latin words a Chinese page may show: names of formats, tools, keys and the tables a reader types or downloads as
 * they are (and "English", the language switch). File names and paths (seeds/, data/topics.csv) count as such names
 * too, and so do words with a digit (ids, build ids, hashes: n3, ebd20d204b16). Anything else in Latin letters on a
 * Chinese page is an untranslated string.
 */
const latinAllowed = new Set(
  (
    "SQL CSV PNG SVG PDF URL ID id DuckDB Wasm DuckDB-Wasm Parquet JSON HTML TXT txt docx html pdf GB GBK UTF UTF-8 " +
    "TF TF-IDF IDF sha sha256 SHA nodejieba jieba pdf.js mammoth MIT Excel A4 English Arrow npm Observable " +
    "Framework GB/T KB MB ms ASCII F1 Ctrl Enter fazhi-compare APP seeds JavaScript VARCHAR INTEGER DOUBLE BOOLEAN " +
    "documents texts removals items assignments agencies indicators topics item_topics item_terms coverage keywords"
  ).split(/\s+/)
);
const fileName = /\/|\.(csv|json|txt|ts|md|zip|parquet|png|svg)$|\d/;

/**
 * The visible text of a page outside source text: text nodes whose element is rendered, not inside an element
 * marked data-source-text (document titles, quotes, names as written), code, pre or a form control; with “…” and
 * 「…」 quotations cut out, and the text CSS draws (::before/::after content). One entry per text node, prefixed with the tag of its element. Nothing is exempt for
 * being untranslated: the data dictionary's and the topics' descriptions are checked like any other text.
 */
async function visibleText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const skip = "[data-source-text], [data-lang-toggle], code, pre, script, style, textarea, select";
      if (!el || el.closest(skip)) continue;
      if (!el.checkVisibility({visibilityProperty: true})) continue;
      const text = (node.textContent ?? "").replace(/“[^”]*”|「[^」]*」/g, "").trim();
      if (text) out.push(`${el.tagName.toLowerCase()}: ${text}`);
    }
    // Text drawn by CSS (content: "…" of ::before and ::after), such as Framework's pager labels.
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest("[data-source-text], code, pre") || !el.checkVisibility({visibilityProperty: true})) continue;
      for (const pseudo of ["::before", "::after"]) {
        const content = getComputedStyle(el, pseudo).content;
        const text = /^"(.*)"$/.exec(content)?.[1].trim();
        if (text) out.push(`${el.tagName.toLowerCase()}${pseudo}: ${text}`);
      }
    }
    return out;
  });
}

const routes = run
  ? [
      ...builtRoutes().filter((r) => r !== "/document" && r !== "/brief/view"),
      bundleRoutes().find((r) => r.startsWith("/document"))!,
      bundleRoutes().find((r) => r.startsWith("/brief/view"))!
    ]
  : [];

/** Screenshots of the page as it is (1280 px wide) and at 390 px, as test/screenshots/<route>-<lang>-<width>.png. */
async function screenshots(page: Page, route: string, lang: string): Promise<void> {
  const name = `${route === "/" ? "index" : route.slice(1).replace(/[/?=]/g, "__")}-${lang}`;
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({width: 390, height: 900});
  await page.waitForTimeout(500); // resize() redraws the charts for the new width
  await screenshot(page, `${name}-390`);
}

describe.runIf(run)("every route speaks one language", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("/about's data dictionary and topic scopes are in the page's language, coded values as code", async () => {
    const read = async (lang: string) => {
      const {page} = await visit(site, `/about?lang=${lang}`);
      const level = page
        .locator("#table-documents tbody tr")
        .filter({has: page.locator("td:first-child code", {hasText: /^level$/})});
      const out = {
        table: (await page.locator("#table-documents > p").textContent())!.trim(),
        level: (await level.locator("td").nth(2).textContent())!.trim(),
        codes: await level.locator("td:nth-child(3) code").allTextContents(),
        enforcement: (await page
          .locator("table.taxonomy tr", {hasText: "enforcement"})
          .locator("td")
          .nth(3)
          .textContent())!.trim()
      };
      await page.context().close();
      return out;
    };
    const zh = await read("zh");
    expect(zh.table).toBe("每份源文件一行：引用所需的元数据和抽取计数。");
    expect(zh.level).toMatch(/^层级：district\(区\)/);
    expect(zh.codes).toEqual(["district", "county", "city", "prefecture", "province"]);
    expect(zh.enforcement).toMatch(/^行政执法：综合行政执法改革/);
    const en = await read("en");
    expect(en.table).toBe("One row per source document: citation metadata and extraction counts.");
    expect(en.level).toBe("district | county | city | prefecture | province.");
    expect(en.enforcement).toMatch(/^Administrative law enforcement:/);
  });

  for (const route of routes) {
    const withLang = (lang: string) => `${route}${route.includes("?") ? "&" : "?"}lang=${lang}`;

    test(`${route} in English shows no Chinese outside source text`, async () => {
      const {page} = await visit(site, withLang("en"));
      const han = (await visibleText(page)).filter((s) => /\p{Script=Han}/u.test(s));
      await screenshots(page, route, "en");
      expect(han).toEqual([]);
      await page.context().close();
    });

    test(`${route} in Chinese shows no Latin words outside the agreed terms`, async () => {
      const {page} = await visit(site, withLang("zh"));
      const latin = (await visibleText(page)).filter((s) =>
        (s.slice(s.indexOf(": ") + 2).match(/[A-Za-z][\w.\-/]*[A-Za-z0-9]/g) ?? []).some(
          (w) => !latinAllowed.has(w) && !fileName.test(w)
        )
      );
      await screenshots(page, route, "zh");
      expect(latin).toEqual([]);
      await page.context().close();
    });
  }
});
