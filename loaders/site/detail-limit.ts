/**
 * Up to this many rows or columns a chart draws one mark (column, bar segment, dot row) per document or
 * jurisdiction; above it, the site's aggregate loaders group documents (by province and year, or into quartiles)
 * so every chart stays legible at 10,000 documents.
 */
export const DETAIL_LIMIT = 40;

/** True when `values` hold at most `limit` distinct values, so a chart can give each its own mark; [] gives true. */
export function fitsDetail(values: readonly unknown[], limit = DETAIL_LIMIT): boolean {
  return new Set(values).size <= limit;
}
