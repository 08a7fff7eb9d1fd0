/**
 * `npm run build`: vendors the npm packages, clears Framework's loader cache, runs `observable build` into a
 * temporary folder next to dist/ (FAZHI_BUILD_OUTPUT, read by observablehq.config.ts), writes the document and
 * brief bundles, removes the DuckDB build the site does not use (prune-duckdb.ts), removes Framework's file
 * modification times from the HTML (reproducible-html.ts), writes the build id into every page (stamp-build-id.ts,
 * for chart exports), and only then replaces dist/. A failed step
 * removes the temporary folder and leaves the previous dist/ as it was, with one line on stderr and exit code 1.
 * Usage: npx tsx scripts/build.ts [--dist dist]
 */
import {spawnSync} from "node:child_process";
import {existsSync, readdirSync, renameSync, rmSync} from "node:fs";
import {basename, dirname, join, relative, resolve} from "node:path";
import {parseArgs} from "node:util";
import {pruneDuckDB} from "./prune-duckdb.ts";
import {makeReproducible} from "./reproducible-html.ts";
import {readBuildId, stampBuildId} from "./stamp-build-id.ts";

const bin = (name: string) => join("node_modules", ".bin", name);

/** True when a process with this id is running. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes `<dist>.tmp-<pid>` and `<dist>.old-<pid>` folders left by builds that were killed. */
function removeStale(dist: string): void {
  const parent = dirname(dist);
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const m = name.match(/^(.+)\.(?:tmp|old)-(\d+)$/);
    if (m && m[1] === basename(dist) && !alive(Number(m[2])))
      rmSync(join(parent, name), {recursive: true, force: true});
  }
}

/** Runs one step with its output shown; throws `<what> failed (exit code N)` when it fails. */
function step(what: string, command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, {stdio: "inherit", env: {...process.env, ...env}});
  if (result.status !== 0) throw new Error(`${what} failed (${result.error?.message ?? `exit code ${result.status}`})`);
}

const {values} = parseArgs({options: {dist: {type: "string", default: "dist"}}});
const dist = relative(process.cwd(), resolve(values.dist!)) || ".";
if (dist === "." || dist.startsWith("..")) {
  console.error(`build: invalid --dist: ${values.dist} (a folder inside the project)`);
  process.exit(2);
}
const tmp = `${dist}.tmp-${process.pid}`;
const old = `${dist}.old-${process.pid}`;
removeStale(dist);
try {
  step("vendoring npm packages", bin("tsx"), ["scripts/vendor-npm.ts"]);
  step("clearing the loader cache", bin("tsx"), ["scripts/clean-data-cache.ts"]);
  step("observable build", bin("observable"), ["build"], {FAZHI_BUILD_OUTPUT: tmp});
  step("writing the document and brief bundles", bin("tsx"), ["scripts/write-bundles.ts", "--dist", tmp]);
  pruneDuckDB(tmp);
  makeReproducible(tmp);
  const buildId = readBuildId(tmp);
  if (!buildId) throw new Error(`no data release in ${tmp}/_file/data (release.json) to take the build id from`);
  stampBuildId(tmp, buildId);
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(tmp, dist);
  rmSync(old, {recursive: true, force: true});
} catch (error) {
  rmSync(tmp, {recursive: true, force: true});
  if (!existsSync(dist) && existsSync(old)) renameSync(old, dist);
  console.error(
    `build: ${(error as Error).message}; ${existsSync(dist) ? `the previous ${dist}/ is unchanged` : `no ${dist}/ was written`}`
  );
  process.exit(1);
}
