import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync
} from "node:fs";
import {basename, dirname, join, relative, resolve, sep} from "node:path";
import {orphaned} from "./orphaned.ts";
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
  // A run whose parent was killed (SIGKILL to tsx) must not replace the output later (issue 10, item 15).
  if (orphaned()) throw new Error(`not replacing ${outDir}: the process that started this run has gone`);
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

/**
 * Takes the lock of `outDir` (a `.<name>.lock` sibling holding this process's id) and returns its release. Throws a
 * one-line error when a live process holds it. Leftovers of runs that died (lock, `.<name>.tmp-PID` and
 * `.<name>.old-PID` of a process that no longer exists) are cleaned up, and when such a run died between its two
 * renames, its previous output (`.old-PID`) is put back, so the folder always holds the previous output or the new one.
 * The release removes this process's temporary folder, if any, and the lock.
 */
export function lockOutputFolder(outDir: string): () => void {
  const target = resolve(outDir);
  const parent = dirname(target);
  const name = basename(target);
  try {
    mkdirSync(parent, {recursive: true});
  } catch (error) {
    // mkdir -p through a file says EEXIST; the clear name for it is ENOTDIR.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    throw Object.assign(new Error(`not a folder: ${parent}`), {code: "ENOTDIR"});
  }
  const lock = join(parent, `.${name}.lock`);
  for (let attempt = 0; ; ++attempt) {
    try {
      writeFileSync(lock, `${process.pid}\n`, {flag: "wx"});
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 2) throw error;
      const holder = Number.parseInt(readText(lock), 10);
      if (alive(holder))
        throw new Error(`refusing --out ${outDir}: another extract (process ${holder}) is writing it; wait for it`, {
          cause: error
        });
      rmSync(lock, {force: true});
    }
  }
  const leftovers = new RegExp(`^\\.${escapeRegExp(name)}\\.(tmp|old)-(\\d+)$`);
  for (const entry of readdirSync(parent).sort()) {
    const m = leftovers.exec(entry);
    if (!m || alive(Number(m[2]))) continue;
    if (m[1] === "old" && !existsSync(target)) renameSync(join(parent, entry), target);
    else rmSync(join(parent, entry), {recursive: true, force: true});
  }
  return () => {
    rmSync(join(parent, `.${name}.tmp-${process.pid}`), {recursive: true, force: true});
    if (readText(lock).trim() === String(process.pid)) unlinkSync(lock);
  };
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

/** Whether a process with this id exists (ours counts as alive). */
function alive(pid: number): boolean {
  if (!(pid > 0)) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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
