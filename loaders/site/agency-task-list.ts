import type {DocumentRow} from "../extract-document.ts";
import type {Assignment as AssignmentRow, Item as ItemRow} from "../types.ts";

/** One assignment as the agency task list shows it: where, which role, the unit as written, and the task. */
export interface AgencyTask {
  doc_id: string;
  item_id: string;
  role: string;
  agency_raw: string;
  jurisdiction: string | null;
  jurisdiction_en: string | null;
  year: number | null;
  label: string;
  /** The task's heading, else the start of its text (at most 60 characters). */
  title: string;
}

type Assignment = Pick<AssignmentRow, "doc_id" | "item_id" | "role" | "agency_raw" | "agency_id">;
type Item = Pick<ItemRow, "item_id" | "label" | "heading" | "text">;
type Doc = Pick<DocumentRow, "doc_id" | "jurisdiction" | "jurisdiction_en" | "year">;

/**
 * The first `limit` assignments of every agency in table order, with the task's label and title and the document's
 * jurisdiction, and how many the agency has in all, so /agencies lists an agency's tasks without the items table.
 * Empty tables give {}.
 */
export function agencyTaskList(
  assignments: Assignment[],
  items: Item[],
  documents: Doc[],
  {limit = 100} = {}
): Record<string, {total: number; rows: AgencyTask[]}> {
  const itemById = new Map(items.map((d) => [d.item_id, d]));
  const docById = new Map(documents.map((d) => [d.doc_id, d]));
  const lists: Record<string, {total: number; rows: AgencyTask[]}> = {};
  for (const a of assignments) {
    const list = (lists[a.agency_id] ??= {total: 0, rows: []});
    list.total += 1;
    if (list.rows.length >= limit) continue;
    const item = itemById.get(a.item_id);
    const doc = docById.get(a.doc_id);
    list.rows.push({
      doc_id: a.doc_id,
      item_id: a.item_id,
      role: a.role,
      agency_raw: a.agency_raw,
      jurisdiction: doc?.jurisdiction ?? null,
      jurisdiction_en: doc?.jurisdiction_en ?? null,
      year: doc?.year ?? null,
      label: item?.label ?? "",
      title: (item?.heading ?? item?.text ?? "").slice(0, 60)
    });
  }
  return lists;
}
