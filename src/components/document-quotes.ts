import {quoteHref} from "./fragments.js";
import type {Quote} from "./mark-quotes.js";

/**
 * The quote behind a document's mark (markQuotes): its title (or its id when it has none), labelled with its
 * jurisdiction and year and linked to its document page.
 */
export function documentQuotes(d: {
  doc_id: string;
  jurisdiction?: string | null;
  year?: number | null;
  title?: string | null;
}): Quote[] {
  return [
    {
      label: `${d.jurisdiction ?? ""}${d.year != null ? ` ${d.year}` : ""}`.trim(),
      text: d.title ?? d.doc_id,
      href: quoteHref(d.doc_id, "")
    }
  ];
}
