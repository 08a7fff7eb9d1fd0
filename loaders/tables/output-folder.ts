import {existsSync, lstatSync, mkdirSync, readdirSync, realpathSync, renameSync, rmSync, writeFileSync} from "node:fs";
import {basename, dirname, join, relative, resolve, sep} from "node:path";
import {tableSchemas} from "./table-schemas.ts";

/** The file written into every output folder; a folder holding it may be replaced by the next run. */
export const OUTPUT_MARKER = ".fazhi-extract-output";

const MARKER_TEXT =
  "This folder was written by `npm run extract` (fazhi-compare); the next run into it replaces it whole.\n";

/** Names an earlier output folder may hold without a marker (outputs written before the marker existed). */
const TABLE_NAMES = new Set(tableSchemas.flatMap((spec) => [`${spec.name}.parquet`, spec.name]));

/**
 * Checks that `outDir` may be replaced by an extraction of `inputs`, and throws a one-line error saying why not:
 * `--out` must not be an input or contain one; an existing path must be an empty folder or an earlier output of this tool (it holds {@link OUTPUT_MARKER}, or only table files).
 * A path that does not exist yet is always accepted.
 */
export function checkOutputFolder(outDir: string, inputs: readonly string[]): void {
  const target = canonical(resolve(outDir));
  for (const input of inputs) {
    const source = canonical(resolve(input));
    if (source === target) throw new Error(`refusing --out ${outDir}: it is an input (${input}); write elsewhere`);
    if (isInside(source, target))
      throw new Error(`refusing --out ${outDir}: it contains the input ${input}, which replacing it would delete`);
  }
  let stats;
  try {
    stats = lstatSync(target);
  } catch {
    return;
  }
  if (!stats.isDirectory())
    throw new Error(`refusing --out ${outDir}: it is a file, not an output folder; remove it or write elsewhere`);
  const names = readdirSync(target);
  if (names.length === 0 || names.includes(OUTPUT_MARKER)) return;
  if (names.every((name) => TABLE_NAMES.has(name))) return;
  const foreign = names.filter((name) => !TABLE_NAMES.has(name)).sort();
  throw new Error(
    `refusing --out ${outDir}: it holds files this tool did not write (${foreign.slice(0, 3).join(", ")}${
      foreign.length > 3 ? ", …" : ""
    }); give an empty or new folder, or an earlier output`
  );
}

/**
 * Moves the finished temporary folder `tmp` into place at `outDir`, marking it as an output first. The earlier
 * output, checked by {@link checkOutputFolder}, is removed only after the new one has been renamed into place.
 */
export function replaceOutputFolder(tmp: string, outDir: string): void {
  writeFileSync(join(tmp, OUTPUT_MARKER), MARKER_TEXT);
  const target = resolve(outDir);
  const old = join(dirname(target), `.${basename(target)}.old-${process.pid}`);
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, {recursive: true, force: true});
}

/** A fresh temporary sibling of `outDir` to write into (its parent is created). */
export function temporaryOutputFolder(outDir: string): string {
  const target = resolve(outDir);
  mkdirSync(dirname(target), {recursive: true});
  const tmp = join(dirname(target), `.${basename(target)}.tmp-${process.pid}`);
  rmSync(tmp, {recursive: true, force: true});
  mkdirSync(tmp, {recursive: true});
  return tmp;
}

/** The path with symbolic links resolved as far as it exists (a path not yet created keeps its tail). */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(canonical(parent), basename(path));
  }
}

/** Whether `path` lies strictly inside `folder`. */
function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}
