import {quoteHref, rangeFragment} from "./fragments.js";
import type {Quote} from "./mark-quotes.js";

/**
 * The quotes behind a coverage cell (markQuotes): the tasks of one topic among a document's items (bundleItems), in
 * order, each labelled with its number, its text cut at `max` characters, and linked to its range of the document's
 * text (/document?id=…#c<start>-<end>). No such task gives [].
 */
export function itemQuotes(
  items: readonly {
    doc_id: string;
    label: string;
    text: string;
    topic_id?: unknown;
    is_task?: unknown;
    char_start: number;
    char_end: number;
  }[],
  topicId: string,
  max = 160
): Quote[] {
  return items
    .filter((d) => d.topic_id === topicId && d.is_task)
    .map((d) => ({
      label: d.label,
      text: d.text.length > max ? `${d.text.slice(0, max)}…` : d.text,
      href: quoteHref(d.doc_id, rangeFragment(d.char_start, d.char_end))
    }));
}
