import {LEAD_FIRST_CONVENTIONS} from "../text/unit-vocabulary.ts";
import {normaliseAgency} from "./normalise-agency.ts";
import {splitAgencyList} from "./split-agency-list.ts";
import type {Assignment, Item, Role} from "../types.ts";
import {unitLineForms, type ProvisionalRole} from "./unit-line-forms.ts";

interface Found {
  role: ProvisionalRole;
  agency_raw: string;
  prefix: string | null;
  char_start: number;
  char_end: number;
  form: string;
}

/**
 * Every agency assignment in a normalised text (unit lines, bracketed clauses, inline labels), one row per agency,
 * attached to the innermost item whose [char_start, char_end) holds it; names outside every item are left out.
 * A 责任单位 list leads when nothing else in its item leads (plans that name only 责任单位 mean the units in charge)
 * and supports otherwise. Null or "" text, or no items, returns []; a docId that is not a string throws.
 */
export function extractAssignments(docId: string, text: string, items: Item[]): Assignment[] {
  if (typeof docId !== "string") throw new Error(`invalid docId: ${docId}`);
  if (text == null || text === "" || items == null || items.length === 0) return [];
  return attach(docId, findAssignments(String(text)), items);
}

function findAssignments(text: string): Found[] {
  const claimed = new Uint8Array(text.length);
  const found: Found[] = [];
  // "列第一位的为牵头单位": a list that gives no roles of its own leads with its first unit.
  const leadFirst = LEAD_FIRST_CONVENTIONS.some((convention) => convention.test(text));
  for (const form of unitLineForms) {
    for (const match of text.matchAll(form.pattern)) {
      const start = match.index;
      const matchEnd = start + match[0].length;
      if (isClaimed(claimed, start, matchEnd)) continue;
      const parts = form.extract(match);
      if (!parts) continue;
      // A form claims its match and the lists it read (a unit line's value may run on to the next line, a table
      // column's cells stand on the rows below its header).
      if (parts.some((part) => part.end > matchEnd && isClaimed(claimed, Math.max(part.start, matchEnd), part.end)))
        continue;
      claimed.fill(1, start, matchEnd);
      for (const part of parts) claimed.fill(1, part.start, part.end);
      const rolesGiven = parts.some((part) => part.role === "support");
      for (const part of parts) {
        const spans = splitAgencyList(text.slice(part.start, part.end));
        const marked = spans.some((span) => span.lead) || (leadFirst && !rolesGiven && part.role !== "support");
        for (const [k, span] of spans.entries()) {
          found.push({
            role: marked ? (span.lead || (leadFirst && k === 0) ? "lead" : "support") : part.role,
            agency_raw: span.raw,
            prefix: span.prefix,
            char_start: part.start + span.start,
            char_end: part.start + span.end,
            form: form.name
          });
        }
      }
    }
  }
  return found.sort((a, b) => a.char_start - b.char_start);
}

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; ++i) if (claimed[i]) return true;
  return false;
}

/** Innermost containing item by a sweep over items sorted by start (outer first), then the 责任 roles per item. */
function attach(docId: string, found: Found[], items: Item[]): Assignment[] {
  const sorted = [...items].sort((a, b) => a.char_start - b.char_start || b.char_end - a.char_end);
  const open: Item[] = [];
  const rows: {found: Found; item: Item}[] = [];
  let k = 0;
  for (const f of found) {
    while (k < sorted.length && sorted[k].char_start <= f.char_start) {
      while (open.length && open[open.length - 1].char_end <= sorted[k].char_start) open.pop();
      open.push(sorted[k++]);
    }
    while (open.length && open[open.length - 1].char_end <= f.char_start) open.pop();
    const item = open[open.length - 1];
    if (item) rows.push({found: f, item});
  }
  const leads = new Set(rows.filter((row) => row.found.role === "lead").map((row) => row.item.item_id));
  const seen = new Set<string>();
  return rows.flatMap(({found: f, item}) => {
    const agency = normaliseAgency(f.agency_raw, f.prefix);
    const role: Role = f.role === "responsible" ? (leads.has(item.item_id) ? "support" : "lead") : f.role;
    // One task names a unit in one role once, however many of its clauses repeat it.
    const key = JSON.stringify([item.item_id, role, f.agency_raw]);
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        doc_id: docId,
        item_id: item.item_id,
        role,
        agency_raw: f.agency_raw,
        agency_id: agency.agency_id,
        is_collective: agency.is_collective,
        char_start: f.char_start,
        char_end: f.char_end,
        form: f.form
      }
    ];
  });
}
