import {basename, extname} from "node:path";

/**
 * A stable, URL-safe document id from a file name: lower-case ASCII letters, digits and dashes.
 * Names without ASCII letters or digits (e.g. 东胜区法治政府.txt) fall back to `doc-<first 10 hex of sha256>`.
 * Empty input returns the sha fallback.
 */
export function docIdFromFile(sourceFile: string, sha256: string): string {
  const stem = basename(sourceFile, extname(sourceFile));
  const slug = stem
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return /[a-z0-9]/.test(slug) ? slug : `doc-${sha256.slice(0, 10)}`;
}
