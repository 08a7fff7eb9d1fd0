import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {browserAvailable, builtRoutes, openSite, screenshot, visit, type Site, expectClean} from "./support/browser.ts";

const run = browserAvailable();

describe.runIf(run)("the built site in headless Chromium", () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite();
  });
  afterAll(async () => site?.close());

  test("builtRoutes lists the overview page", () => {
    expect(builtRoutes()).toContain("/");
  });

  for (const route of run ? builtRoutes() : []) {
    test(`${route} loads with no request leaving loopback, no failed request and no error`, async () => {
      const report = await visit(site, route);
      await screenshot(report.page, route === "/" ? "index" : route.slice(1).replace(/\//g, "__"));
      expectClean(report);
      await report.page.context().close();
    });
  }
});
