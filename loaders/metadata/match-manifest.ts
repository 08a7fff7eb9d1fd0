import {basename, dirname, relative, resolve} from "node:path";
import {readManifest, type ManifestRow} from "./read-manifest.ts";

/** The manifest rows that apply to the files, by file, and a warning for each row that applies to none. */
export interface ManifestMatch {
  rows: Map<string, ManifestRow>;
  warnings: string[];
}

/**
 * Matches the rows of the manifests to the source files: a row's `file` is a path relative to its manifest's folder;
 * a bare file name that is no such path may also name the one file of that name in the inputs (files listed by name
 * from sub-folders), but a name that several files share labels none of them. A row that matches no file, or several,
 * gets a warning naming the manifest and the row. Throws ExtractError for a manifest that cannot be read (see
 * readManifest). No manifests return no rows and no warnings.
 */
export function matchManifest(manifests: readonly string[], files: readonly string[]): ManifestMatch {
  const byPath = new Map(files.map((file) => [resolve(file), file]));
  const byName = new Map<string, string[]>();
  for (const file of files) byName.set(basename(file), [...(byName.get(basename(file)) ?? []), file]);
  const rows = new Map<string, ManifestRow>();
  const warnings: string[] = [];
  for (const manifest of manifests) {
    let n = 0;
    for (const [path, row] of readManifest(manifest)) {
      const where = `${manifest} row ${++n} (${row.doc_id})`;
      const exact = byPath.get(resolve(dirname(manifest), path));
      const named = path.includes("/") ? [] : (byName.get(path) ?? []);
      if (exact) rows.set(exact, row);
      else if (named.length === 1) rows.set(named[0], row);
      else if (named.length > 1)
        warnings.push(
          `${where}: file ${path} names ${named.length} files (${named
            .slice(0, 3)
            .map((file) => relative(dirname(manifest), file))
            .join(", ")}); applied to none: give its path relative to the manifest`
        );
      else warnings.push(`${where}: file ${path} is not among the inputs`);
    }
  }
  return {rows, warnings};
}
