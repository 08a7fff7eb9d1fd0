import {itemFragment, quoteHref} from "./fragments.js";
import type {Quote} from "./mark-quotes.js";

/**
 * The quotes behind an agency's bar for one document and role (markQuotes): its assignments among the listed ones
 * (agency-tasks.json), each the unit as written and its task, linked to the task on the document page. None gives [].
 */
export function assignmentQuotes(
  rows: readonly {doc_id: string; item_id: string; role: string; agency_raw: string; label: string; title: string}[],
  {doc_id, role}: {doc_id: string; role: string}
): Quote[] {
  return rows
    .filter((a) => a.doc_id === doc_id && a.role === role)
    .map((a) => ({
      label: a.agency_raw,
      text: `${a.label} ${a.title}`,
      href: quoteHref(a.doc_id, itemFragment(a.item_id))
    }));
}
