/** URL fragment of an item on its document page: item_id "doc:2.3.1" → "i-2.3.1"; null gives "". */
export function itemFragment(itemId: string | null | undefined): string {
  return itemId == null ? "" : `i-${itemId.slice(itemId.lastIndexOf(":") + 1)}`;
}

/** URL fragment of an indicator: indicator_row_id "doc:n12" → "n12"; null gives "". */
export function indicatorFragment(rowId: string | null | undefined): string {
  return rowId == null ? "" : rowId.slice(rowId.lastIndexOf(":") + 1);
}

/** URL fragment of an assignment by its position: "a-<char_start>". */
export function assignmentFragment(a: {char_start: number}): string {
  return `a-${a.char_start}`;
}

/** URL fragment of an arbitrary range of a document's text, [start, end) in string indices: "c<start>-<end>". */
export function rangeFragment(start: number, end: number): string {
  return `c${start}-${end}`;
}

/** The range a "c<start>-<end>" fragment names (a leading # is allowed), or null for any other fragment or an empty range. */
export function parseRangeFragment(fragment: string | null | undefined): {start: number; end: number} | null {
  const m = /^#?c(\d+)-(\d+)$/.exec(fragment ?? "");
  if (!m) return null;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return end > start ? {start, end} : null;
}

/**
 * Link to a quote on the document page (/document?id=<doc_id>#<fragment>), relative to the site root: pass the
 * page's depth prefix, e.g. "./" or "../". An empty fragment links to the top of the document.
 */
export function quoteHref(docId: string, fragment: string, prefix = "./"): string {
  return `${prefix}document?id=${encodeURIComponent(docId)}${fragment ? `#${fragment}` : ""}`;
}

/** Link to a jurisdiction's brief (/brief/view?j=<slug>), relative to the site root as quoteHref. */
export function briefHref(slug: string, prefix = "./"): string {
  return `${prefix}brief/view?j=${encodeURIComponent(slug)}`;
}

/**
 * Link to a document with every occurrence of a term highlighted (/document?id=<doc_id>&term=<term>), relative to
 * the site root as quoteHref; `lang` "en" keeps the English interface.
 */
export function termHref(
  docId: string,
  term: string,
  {prefix = "./", lang = "zh"}: {prefix?: string; lang?: "zh" | "en"} = {}
): string {
  return `${prefix}document?id=${encodeURIComponent(docId)}&term=${encodeURIComponent(term)}${lang === "en" ? "&lang=en" : ""}`;
}

/** The fragment of the k-th highlighted occurrence of a term on the document page (0-based): "term-<k>". */
export function termFragment(k: number): string {
  return `term-${k}`;
}
