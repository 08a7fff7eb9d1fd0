/**
 * Makes Framework's HTML output reproducible: `observable build` writes each file attachment's modification time
 * (`"lastModified":1763…`) into the pages that register it, so two builds of the same corpus differ. The value is
 * dropped, as Framework itself does for a file it has no stat for (FileAttachment.lastModified is then undefined;
 * no page reads it).
 */
import {readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";

/** The page's HTML without the `"lastModified":<number>` members of its registerFile calls; other text unchanged. */
export function withoutLastModified(html: string): string {
  return html.replace(/,"lastModified":-?[\d.e+]+(?=[,}])/g, "").replace(/"lastModified":-?[\d.e+]+,/g, "");
}

/** Rewrites every .html file under dir (recursively) with withoutLastModified; returns how many changed. */
export function makeReproducible(dir: string): number {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) changed += makeReproducible(path);
    else if (name.endsWith(".html")) {
      const html = readFileSync(path, "utf-8");
      const fixed = withoutLastModified(html);
      if (fixed !== html) (writeFileSync(path, fixed), changed++);
    }
  }
  return changed;
}
