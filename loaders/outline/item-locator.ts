import type {Item} from "../types.ts";

/**
 * Builds a lookup from a text offset to the innermost item whose [char_start, char_end) contains it, by binary search
 * over items sorted by start (deepest first among equal starts), walking up parents when an item ends earlier; with no
 * items every offset maps to null.
 */
export function itemLocator(items: readonly Item[] | null | undefined): (offset: number) => Item | null {
  const sorted = [...(items ?? [])].sort((a, b) => a.char_start - b.char_start || a.depth - b.depth);
  const byId = new Map(sorted.map((item) => [item.item_id, item]));
  return (offset) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid].char_start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let item: Item | null | undefined = sorted[lo - 1];
    while (item && offset >= item.char_end) item = item.parent_id == null ? null : byId.get(item.parent_id);
    return item ?? null;
  };
}
