import type {Item} from "../types.ts";

/** Where a quote sits in its document's outline: the labels from the top-level item down, and the nearest heading. */
export interface SectionPath {
  /** The labels as written, outermost first: ["五、", "(二)"]. */
  labels: string[];
  /** The innermost item's heading, else its nearest ancestor's; null when none has one. */
  heading: string | null;
}

/**
 * Builds a lookup from an item_id to its section path (labels of the item and its ancestors, outermost first, and the
 * innermost heading); an unknown or null item_id gives null, and so does every id when there are no items.
 */
export function sectionPaths(
  items: readonly Pick<Item, "item_id" | "parent_id" | "label" | "heading">[] | null | undefined
): (itemId: string | null | undefined) => SectionPath | null {
  const byId = new Map((items ?? []).map((item) => [item.item_id, item]));
  return (itemId) => {
    let item = itemId == null ? undefined : byId.get(itemId);
    if (!item) return null;
    const labels: string[] = [];
    let heading: string | null = null;
    // Bounded by the number of items, so a parent cycle in bad data cannot loop forever.
    for (let steps = 0; item && steps <= byId.size; ++steps) {
      labels.unshift(item.label);
      heading ??= item.heading || null;
      item = item.parent_id == null ? undefined : byId.get(item.parent_id);
    }
    return {labels, heading};
  };
}
