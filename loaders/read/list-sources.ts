import {readdirSync, statSync} from "node:fs";
import {extname, join} from "node:path";

/** File extensions picked up when a folder is given. A file named explicitly is read whatever its extension. */
export const sourceExtensions = [".txt", ".html", ".htm", ".docx", ".pdf"];

/**
 * Expands the given files and folders into a sorted list of source files (folders recursively,
 * hidden files and folders skipped). Throws `invalid path: <path>` for a path that does not exist.
 * Empty input returns [].
 */
export function listSources(paths: readonly string[]): string[] {
  const files = new Set<string>();
  for (const path of paths) {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      throw new Error(`invalid path: ${path} (no such file or folder)`);
    }
    if (stats.isDirectory()) for (const file of walk(path)) files.add(file);
    else files.add(path);
  }
  return [...files].sort();
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (sourceExtensions.includes(extname(name).toLowerCase())) yield path;
  }
}
