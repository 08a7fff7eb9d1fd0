import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {
  browserAvailable,
  builtRoutes,
  bundleRoutes,
  openSite,
  screenshot,
  visit,
  type Site,
  expectClean
} from "../support/browser.ts";

const run = browserAvailable();

/** Routes that, without their id, go to another page at once, and where they land. */
const REDIRECTS = [
  ["/document", "/"],
  ["/brief/view", "/brief/"]
] as const;

describe.runIf(run)("the built site in headless Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("the build has the overview, one document page and one brief page for every seed", () => {
    expect(builtRoutes()).toContain("/");
    expect(builtRoutes()).toEqual(expect.arrayContaining(["/document", "/brief/view"]));
    expect(bundleRoutes()).toEqual([
      "/document?id=bayingol-2024-work-points",
      "/document?id=dongsheng-2022-plan",
      "/document?id=liaoyang-2015-opinion",
      "/document?id=ordos-2023-report",
      "/document?id=pingcheng-2020-report",
      "/brief/view?j=bayingol-mongol-autonomous-prefecture",
      "/brief/view?j=dongsheng-district",
      "/brief/view?j=liaoyang-city",
      "/brief/view?j=ordos-city",
      "/brief/view?j=pingcheng-district"
    ]);
  });

  // The routes without their id go to another page at once: the redirect test below checks them, with the modules
  // cut off by the redirect allowed for (in this loop they failed CI once: net::ERR_ABORTED of a module of /document).
  const redirected = new Set<string>(REDIRECTS.map(([route]) => route));
  for (const route of run ? [...builtRoutes(), ...bundleRoutes()].filter((r) => !redirected.has(r)) : []) {
    test(`${route} loads with no request leaving loopback, no failed request and no error`, async () => {
      const report = await visit(site, route);
      await screenshot(report.page, route === "/" ? "index" : route.slice(1).replace(/[/?=]/g, "__"));
      expectClean(report);
      await report.page.context().close();
    });
  }

  test("/document without an id goes to the overview, /brief/view without j to the list of briefs", async () => {
    for (const [route, landing] of REDIRECTS) {
      const report = await visit(site, route);
      expect(new URL(report.page.url()).pathname).toBe(landing);
      // The page goes on as soon as it runs (location.replace): a module of the page it leaves that was still loading
      // is cut off (net::ERR_ABORTED, seen in CI under load). That is the redirect, not a failed request.
      expectClean({...report, failed: report.failed.filter((f) => !f.endsWith(" net::ERR_ABORTED"))});
      await report.page.context().close();
    }
  });

  test("an unknown or invalid id on /document or /brief/view is named in the page's error; an invalid one is never fetched", async () => {
    for (const [route, message, fetched] of [
      ["/document?id=no-such-doc", "No document with id “no-such-doc”", 1],
      ["/brief/view?j=atlantis", "No brief with id “atlantis”", 1],
      ["/document?id=../briefs/liaoyang-city", "No document with id “../briefs/liaoyang-city”", 0],
      ["/document?id=..%2Fbriefs%2Fliaoyang-city", "No document with id “../briefs/liaoyang-city”", 0],
      ["/brief/view?j=../documents/dongsheng-2022-plan", "No brief with id “../documents/dongsheng-2022-plan”", 0]
    ] as const) {
      const bundles: string[] = [];
      const report = await visit(site, route, {
        onRequest: (url) => /\/_file\/data\/(documents|briefs)\//.test(url) && bundles.push(url)
      });
      expect(report.cellErrors.join("\n")).toContain(message);
      expect([...report.cellErrors, ...report.errors].filter((e) => /TypeError/.test(e))).toEqual([]);
      expect([route, bundles.length]).toEqual([route, fetched]);
      await report.page.context().close();
    }
  });

  test("/brief/view?j=ordos-city is the brief of 鄂尔多斯市, its peers linking to their briefs", async () => {
    const report = await visit(site, "/brief/view?j=ordos-city");
    expectClean(report);
    expect(await report.page.textContent("h1")).toContain("鄂尔多斯市");
    const peers = await report.page.$$eval(".brief-table a[href*='brief/view']", (as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).search)
    );
    expect(peers).toEqual([
      "/brief/view?j=liaoyang-city",
      "/brief/view?j=pingcheng-district",
      "/brief/view?j=dongsheng-district",
      "/brief/view?j=bayingol-mongol-autonomous-prefecture"
    ]);
    await report.page.context().close();
  });
});
