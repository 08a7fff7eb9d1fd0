import {itemFragment} from "./fragments.js";

/** The item columns the outline reads. */
export interface OutlineItem {
  item_id: string;
  label: string;
  heading: string | null;
  preview: string;
  depth: number;
  is_task: boolean;
}

/** One line of the document page's outline. */
export interface OutlineEntry {
  /** The item's anchor in the text (#<itemFragment>). */
  href: string;
  /** "一、 总体要求", or for an item without heading its label and the next 24 characters of its text, then "…". */
  text: string;
  /** Indent in em: 1.2 per level below the first. */
  indent: number;
  is_task: boolean;
}

/**
 * The outline of a document: its headings and every item of depth 1 or 2, in text order, each with its anchor,
 * its text and its indent. No items give [].
 */
export function outlineEntries(items: readonly OutlineItem[]): OutlineEntry[] {
  return items
    .filter((d) => d.heading || d.depth <= 2)
    .map((d) => ({
      href: `#${itemFragment(d.item_id)}`,
      text: `${d.label} ${d.heading ?? d.preview.slice(d.label.length, d.label.length + 24) + "…"}`,
      indent: (d.depth - 1) * 1.2,
      is_task: d.is_task
    }));
}
