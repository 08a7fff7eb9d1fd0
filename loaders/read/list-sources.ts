import {lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats} from "node:fs";
import {extname, isAbsolute, join, relative, sep} from "node:path";

/** File extensions picked up when a folder is given. A file named explicitly is read whatever its extension. */
export const sourceExtensions = [".txt", ".html", ".htm", ".docx", ".pdf"];

/** A source file found under the inputs, or an entry that cannot be read with the problem to report for it. */
export interface SourceEntry {
  file: string;
  problem: string | null;
}

/**
 * Expands the given files and folders into a sorted list of source files (folders recursively,
 * hidden files and folders skipped). Throws `invalid path: <path>` for a path that does not exist.
 * Empty input returns [].
 */
export function listSources(paths: readonly string[]): string[] {
  return listSourceEntries(paths).map((entry) => entry.file);
}

/**
 * Like {@link listSources}, but an entry of a folder that cannot be read does not stop the listing: a file name that is
 * not UTF-8 (shown with \xNN escapes), a dangling symbolic link, a link loop, a link leading out of the folder given
 * (not followed), an unreadable folder or a special file is listed with its problem, so that the run reports it as
 * that document's error and goes on. Each folder is read once however many links lead to it. Empty input returns [].
 */
export function listSourceEntries(paths: readonly string[]): SourceEntry[] {
  const entries = new Map<string, SourceEntry>();
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new Error(`invalid path: ${path} (no such file or folder)`);
    }
    if (!stats.isDirectory()) entries.set(path, {file: path, problem: null});
    else {
      const root = realpathSync(path);
      for (const entry of walk(path, root, path, new Set([key(stats)]))) entries.set(entry.file, entry);
    }
  }
  return [...entries.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const utf8 = new TextDecoder("utf-8", {fatal: true});

function* walk(dir: string, root: string, given: string, visited: Set<string>): Generator<SourceEntry> {
  let raw: Buffer[];
  try {
    raw = readdirSync(dir, {encoding: "buffer"});
  } catch (error) {
    yield {file: dir, problem: `cannot read folder: ${reason(error)}`};
    return;
  }
  const names = raw.map((bytes) => ({bytes, name: decodeName(bytes)})).sort((a, b) => compare(a.name, b.name));
  for (const {bytes, name} of names) {
    if (name === null) {
      const path = join(dir, escapeName(bytes));
      if (isSource(path))
        yield {file: path, problem: "file name is not valid UTF-8 (shown with \\x escapes); rename it"};
      continue;
    }
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    let stats: Stats;
    try {
      stats = lstatSync(path);
    } catch (error) {
      if (isSource(path)) yield {file: path, problem: `cannot read file: ${reason(error)}`};
      continue;
    }
    if (stats.isSymbolicLink()) {
      const link = followLink(path, root, given);
      if ("problem" in link) {
        if (isSource(path) || link.folder) yield {file: path, problem: link.problem};
        continue;
      }
      stats = link.stats;
    }
    if (stats.isDirectory()) {
      if (visited.has(key(stats))) {
        yield {file: path, problem: "symbolic link loop (a folder already read); not followed"};
        continue;
      }
      visited.add(key(stats));
      yield* walk(path, root, given, visited);
    } else if (isSource(path))
      yield stats.isFile() ? {file: path, problem: null} : {file: path, problem: "not a regular file"};
  }
}

/** Where a link leads, when it may be followed: inside the folder given, to something that exists. */
function followLink(path: string, root: string, given: string): {stats: Stats} | {problem: string; folder: boolean} {
  let real: string;
  try {
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ELOOP") return {problem: "symbolic link loop", folder: false};
    if (code === "ENOENT") return {problem: `dangling symbolic link (→ ${target(path)})`, folder: false};
    return {problem: `cannot follow symbolic link: ${reason(error)}`, folder: false};
  }
  const stats = statSync(real);
  const rel = relative(root, real);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    return {problem: `symbolic link leads out of ${given} (→ ${real}); not followed`, folder: stats.isDirectory()};
  return {stats};
}

function decodeName(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}

/** A name that is not UTF-8, readable: ASCII kept, every other byte as \xNN. */
function escapeName(bytes: Buffer): string {
  let out = "";
  for (const b of bytes)
    out += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
  return out;
}

function isSource(path: string): boolean {
  return sourceExtensions.includes(extname(path).toLowerCase());
}

function target(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "?";
  }
}

function key(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

function compare(a: string | null, b: string | null): number {
  const x = a ?? "";
  const y = b ?? "";
  return x < y ? -1 : x > y ? 1 : 0;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const text: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EIO: "I/O error"
  };
  return code ? `${text[code] ?? (error as Error).message.split(",")[0]} (${code})` : String(error);
}
