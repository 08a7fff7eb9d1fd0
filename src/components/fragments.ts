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

/** Link to a quote on its document page, relative to the site root (pass the page's depth prefix, e.g. "./" or "../"). */
export function quoteHref(docId: string, fragment: string, prefix = "./"): string {
  return `${prefix}documents/${docId}${fragment ? `#${fragment}` : ""}`;
}
