import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {expect, test} from "vitest";
import {readBuildId, stampBuildId, withBuildId} from "../../scripts/stamp-build-id.ts";

test("withBuildId(html, id) adds the build-id meta element before </head>, and leaves a page without a head alone", () => {
  expect(withBuildId("<html><head><title>x</title></head><body></body></html>", "0280699af4fc")).toBe(
    '<html><head><title>x</title><meta name="fazhi-build" content="0280699af4fc">\n</head><body></body></html>'
  );
  expect(withBuildId("<head></head>", 'a"><script>')).toBe(
    '<head><meta name="fazhi-build" content="ascript">\n</head>'
  );
  expect(withBuildId("<p>fragment</p>", "abc")).toBe("<p>fragment</p>");
});

test("readBuildId(dist) reads build_id from the release.<hash>.json of a built site, and stampBuildId marks every page", () => {
  const dist = mkdtempSync(join(tmpdir(), "fazhi-stamp-"));
  expect(readBuildId(dist)).toBe(null);
  mkdirSync(join(dist, "_file", "data"), {recursive: true});
  mkdirSync(join(dist, "brief"));
  writeFileSync(join(dist, "_file", "data", "release-summary.8aabff7b.json"), '{"build_id":"wrong"}');
  writeFileSync(
    join(dist, "_file", "data", "release.b4d71614.json"),
    '{"dataset":"fazhi-compare","build_id":"0280699af4fc"}'
  );
  writeFileSync(join(dist, "index.html"), "<head></head>");
  writeFileSync(join(dist, "brief", "view.html"), "<head></head>");
  expect(readBuildId(dist)).toBe("0280699af4fc");
  expect(stampBuildId(dist, "0280699af4fc")).toBe(2);
  expect(readFileSync(join(dist, "brief", "view.html"), "utf-8")).toBe(
    '<head><meta name="fazhi-build" content="0280699af4fc">\n</head>'
  );
  rmSync(dist, {recursive: true, force: true});
});

test.runIf(existsSync("dist/index.html"))("every page of the built site names the release's build id", () => {
  const id = readBuildId("dist");
  expect(id).toMatch(/^[0-9a-f]{12}$/);
  for (const page of ["index.html", "coverage.html", "brief/view.html", "explore.html"])
    expect(readFileSync(join("dist", page), "utf-8")).toContain(`<meta name="fazhi-build" content="${id}">`);
});
