/**
 * Fetches one per-document or per-jurisdiction JSON file of the site: `_file/data/<kind>/<id>.json`, relative
 * to the site root given as `root` ("./" from a top-level page, "../" from /brief/). The preview server answers
 * these paths with the parameterized loaders in src/data/; `npm run build` writes them with
 * scripts/write-bundles.ts. Throws an error naming the id when there is no such file.
 */
export async function siteBundle<T = unknown>(kind: "documents" | "briefs", id: string, root = "./"): Promise<T> {
  const response = await fetch(`${root}_file/data/${kind}/${encodeURIComponent(id)}.json`);
  if (!response.ok) {
    throw new Error(
      response.status === 404
        ? `${kind === "documents" ? "No document" : "No brief"} with id “${id}” in this site's corpus`
        : `could not load ${kind}/${id}.json: HTTP ${response.status}`
    );
  }
  return response.json();
}

/** Scrolls to the element the URL's #fragment names once it exists (the page's content renders after a fetch). */
export function scrollToFragment(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({block: "center"}));
}
