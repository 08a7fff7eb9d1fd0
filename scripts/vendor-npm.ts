/**
 * Fills Observable Framework's npm cache (src/.observablehq/cache/_npm) from node_modules, so that
 * `observable build` never reaches a CDN. Framework skips its download when the file is already cached.
 *
 * Each package is bundled by esbuild into `_npm/<name>@<version>/_esm.js` keeping its default export;
 * apache-arrow stays external and points at the one cached apache-arrow, so arquero, parquet-wasm and
 * duckdb-wasm share it. The wasm and worker files Framework asks for are copied as they are.
 *
 * Run: npx tsx scripts/vendor-npm.ts   (part of `npm run build`; idempotent; `--force` rebuilds).
 */
import {build} from "esbuild";
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {dirname, join, posix, relative} from "node:path";
import {fileURLToPath} from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cache = join(root, "src", ".observablehq", "cache", "_npm");

/** Packages the site imports, directly or through Framework's implicit imports. */
const packages = [
  "apache-arrow",
  "d3",
  "d3-dsv",
  "htl",
  "isoformat",
  "@observablehq/plot",
  "@observablehq/inputs",
  "arquero",
  "parquet-wasm",
  "@duckdb/duckdb-wasm"
];

/** Files served as they are (no bundling): [package, path inside package]. */
const assets: [string, string][] = [
  ["parquet-wasm", "esm/parquet_wasm_bg.wasm"],
  ["@duckdb/duckdb-wasm", "dist/duckdb-mvp.wasm"],
  ["@duckdb/duckdb-wasm", "dist/duckdb-eh.wasm"],
  ["@duckdb/duckdb-wasm", "dist/duckdb-browser-mvp.worker.js"],
  ["@duckdb/duckdb-wasm", "dist/duckdb-browser-eh.worker.js"]
];

/** Explicit browser entry points where package.json's fields would pick a Node build. */
const entries: Record<string, string> = {
  "apache-arrow": "Arrow.dom.mjs",
  "parquet-wasm": "esm/parquet_wasm.js",
  "@duckdb/duckdb-wasm": "dist/duckdb-browser.mjs"
};

const force = process.argv.includes("--force");

function packageDir(name: string): string {
  const dir = join(root, "node_modules", name);
  if (!existsSync(join(dir, "package.json"))) throw new Error(`vendor-npm: ${name} is not installed; run npm ci`);
  return dir;
}

function version(name: string): string {
  return JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf-8")).version;
}

function cacheDir(name: string): string {
  return join(cache, `${name}@${version(name)}`);
}

async function bundle(name: string): Promise<void> {
  const outfile = join(cacheDir(name), "_esm.js");
  if (!force && existsSync(outfile)) return;
  const target = entries[name] ? join(packageDir(name), entries[name]) : name;
  const arrow = join(cacheDir("apache-arrow"), "_esm.js");
  const arrowPath = posix.normalize(relative(dirname(outfile), arrow).split("\\").join("/"));
  const external = {
    name: "shared-apache-arrow",
    setup(b: import("esbuild").PluginBuild) {
      if (name === "apache-arrow") return;
      b.onResolve({filter: /^apache-arrow(\/.*)?$/}, () => ({path: arrowPath, external: true}));
    }
  };
  const tryBuild = (withDefault: boolean) =>
    build({
      stdin: {
        contents: `export * from ${JSON.stringify(target)};${withDefault ? `export {default} from ${JSON.stringify(target)};` : ""}`,
        resolveDir: root,
        loader: "js"
      },
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "none",
      logLevel: "silent",
      outfile,
      plugins: [external]
    });
  try {
    await tryBuild(true);
  } catch {
    await tryBuild(false);
  }
  process.stderr.write(`vendor-npm: ${name}@${version(name)}\n`);
}

function copyAsset(name: string, path: string): void {
  const out = join(cacheDir(name), path);
  if (!force && existsSync(out)) return;
  mkdirSync(dirname(out), {recursive: true});
  copyFileSync(join(packageDir(name), path), out);
}

if (force) rmSync(cache, {recursive: true, force: true});
mkdirSync(cache, {recursive: true});
for (const name of packages) await bundle(name);
for (const [name, path] of assets) copyAsset(name, path);
writeFileSync(
  join(cache, "..", "vendor-npm.json"),
  JSON.stringify(Object.fromEntries(packages.map((p) => [p, version(p)])), null, 2) + "\n"
);
