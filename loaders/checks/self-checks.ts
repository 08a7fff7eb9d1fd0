import {itemLocator} from "../outline/item-locator.ts";
import {matchLabel} from "../text/match-label.ts";
import {UNIT_MARK} from "../text/unit-vocabulary.ts";
import type {Assignment, Item} from "../types.ts";

/** How much of what a document marks the extraction took up; every count is 0 for an empty text. */
export interface SelfChecks {
  /** Places where the text marks units with the vocabulary: a label and colon (牵头单位:) or a verb closing a bracket (…牵头)). */
  unit_markers: number;
  /** Of those, the ones inside an item that got at least one assignment. */
  unit_markers_assigned: number;
  /** Lines that start with an outline label of any numbering style. */
  numbered_lines: number;
  /** Items the outline made (numbered lines that fit the document's numbering, table rows, records). */
  numbered_items: number;
}

/** Below these shares a document is flagged: its units or its numbering were mostly not understood. */
export const LOW_UNIT_SHARE = 0.8;
export const LOW_ITEM_SHARE = 0.5;

/**
 * Counts the unit markers and numbered lines of a normalised text and how many of them the extraction took up, so
 * extraction can be watched on documents nobody has labelled.
 */
export function selfChecks(text: string, items: readonly Item[], assignments: readonly Assignment[]): SelfChecks {
  const assigned = new Set(assignments.map((a) => a.item_id));
  const itemAt = itemLocator(items);
  let unit_markers = 0;
  let unit_markers_assigned = 0;
  for (const match of text.matchAll(UNIT_MARK)) {
    unit_markers++;
    const inner = itemAt(match.index);
    if (inner && assigned.has(inner.item_id)) unit_markers_assigned++;
  }
  let numbered_lines = 0;
  for (const line of text.split("\n")) if (matchLabel(line.trimStart()) != null) numbered_lines++;
  return {unit_markers, unit_markers_assigned, numbered_lines, numbered_items: items.length};
}

/** The warnings a reader should see when the checks are low; none when they are fine. */
export function selfCheckWarnings(checks: SelfChecks): string[] {
  const warnings: string[] = [];
  const {unit_markers, unit_markers_assigned, numbered_lines, numbered_items} = checks;
  if (unit_markers > 0 && unit_markers_assigned < LOW_UNIT_SHARE * unit_markers)
    warnings.push(
      `low unit coverage: units found for ${unit_markers_assigned} of ${unit_markers} unit markers; check the assignments`
    );
  if (numbered_lines >= 3 && numbered_items < LOW_ITEM_SHARE * numbered_lines)
    warnings.push(
      `low outline coverage: ${numbered_items} items from ${numbered_lines} numbered lines; check the numbering`
    );
  return warnings;
}
