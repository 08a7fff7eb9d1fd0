import {execFile} from "node:child_process";
import {mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {promisify} from "node:util";
import {expect, test} from "vitest";

const run = promisify(execFile);

test("a failed npm run build (FAZHI_CORPUS=/nonexistent) leaves the previous site folder as it was and no temporary folder", async () => {
  const parent = join("test", "output", "build-fail");
  const dist = join(parent, "dist");
  rmSync(parent, {recursive: true, force: true});
  mkdirSync(join(dist, "brief"), {recursive: true});
  writeFileSync(join(dist, "index.html"), "<p>previous build</p>");
  writeFileSync(join(dist, "brief", "view.html"), "<p>previous brief</p>");
  const result = await run("npx", ["tsx", "scripts/build.ts", "--dist", dist], {
    env: {...process.env, FAZHI_CORPUS: "/nonexistent"},
    maxBuffer: 1 << 26
  }).then(
    () => ({code: 0, stderr: ""}),
    (error) => ({code: error.code as number, stderr: error.stderr as string})
  );
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("invalid path: /nonexistent (no such file or folder)");
  expect(result.stderr.trimEnd().split("\n").pop()).toBe(
    `build: observable build failed (exit code 1); the previous ${dist}/ is unchanged`
  );
  expect(readFileSync(join(dist, "index.html"), "utf-8")).toBe("<p>previous build</p>");
  expect(readFileSync(join(dist, "brief", "view.html"), "utf-8")).toBe("<p>previous brief</p>");
  expect(readdirSync(parent)).toEqual(["dist"]);
  rmSync(parent, {recursive: true, force: true});
}, 180_000);

test("npm run build refuses a --dist outside the project in one line", async () => {
  const error = await run("npx", ["tsx", "scripts/build.ts", "--dist", "/tmp/elsewhere"]).catch((e) => e);
  expect([error.code, error.stderr]).toEqual([
    2,
    "build: invalid --dist: /tmp/elsewhere (a folder inside the project)\n"
  ]);
});
