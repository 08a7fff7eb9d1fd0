/** The site's build id that `npm run build` writes into every page (`<meta name="fazhi-build">`); null in preview. */
export function buildId(doc: Document = document): string | null {
  return doc.querySelector<HTMLMetaElement>('meta[name="fazhi-build"]')?.content || null;
}
