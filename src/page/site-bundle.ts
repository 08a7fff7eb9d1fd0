import {decodeJson} from "../components/decode-json.js";
import {decodeBundle, type EncodedBundle} from "../components/document-bundle.js";
import {gunzippedJson} from "./gunzip.js";

/** What a missing file of each kind is called in the error. */
const bundleNames = {documents: "No document", briefs: "No brief", follow: "No plan"};

/**
 * Fetches one per-document, per-jurisdiction or per-plan JSON file of the site: `_file/data/<kind>/<id>.json`, relative
 * to the site root given as `root` ("./" from a top-level page, "../" from /brief/). The preview server answers
 * these paths with the parameterized loaders in src/data/; `npm run build` writes them with
 * scripts/write-bundles.ts. The files are gzip-compressed JSON (plain JSON is read as well: gunzippedJson). All come
 * back as rows (their files hold columns: decodeBundle, decodeJson). Throws an
 * error naming the id when it is not a valid id (validBundleId) or there is no such file.
 */
export async function siteBundle<T = unknown>(
  kind: "documents" | "briefs" | "follow",
  id: string,
  root = "./"
): Promise<T> {
  const missing = `${bundleNames[kind]} with id “${id}” in this site's corpus`;
  if (!validBundleId(id)) throw new Error(missing);
  const response = await fetch(`${root}_file/data/${kind}/${id}.json`);
  if (!response.ok) {
    throw new Error(response.status === 404 ? missing : `could not load ${kind}/${id}.json: HTTP ${response.status}`);
  }
  const json = await gunzippedJson(await response.arrayBuffer());
  return (kind === "documents" ? decodeBundle(json as EncodedBundle) : decodeJson(json)) as T;
}

/**
 * True for an id a bundle can have: a lower-case slug of letters, digits and single hyphens, as doc_ids
 * (loaders/metadata/doc-id.ts, the manifest's rule) and jurisdiction slugs are made. A path such as
 * `../briefs/x`, an empty id or any other character gives false, so nothing outside the folder is fetched.
 */
export function validBundleId(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

/** Scrolls to the element the URL's #fragment names once it exists (the page's content renders after a fetch). */
export function scrollToFragment(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (id) requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({block: "center"}));
}
