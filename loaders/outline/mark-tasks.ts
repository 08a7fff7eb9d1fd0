import {readDataFile} from "../read/read-data-file.ts";
import {UNIT_MARK} from "../text/unit-vocabulary.ts";
import type {DocType, Item} from "../types.ts";

interface TaskRules {
  preamble: string[];
  safeguard: string[];
}

const rules: TaskRules = JSON.parse(readDataFile("task-rules.json"));
/** A unit marking of the vocabulary (data/unit-vocabulary.csv): 牵头单位:, (…牵头), (…负责). */
const marker = new RegExp(UNIT_MARK.source);

const PLAN_TYPES = new Set<DocType>(["task_plan", "implementation_opinion", "work_points"]);

/** How many characters after the label stand in for a heading too long to keep. */
const LEAD_CHARS = 20;

/**
 * Returns copies of the outline items with is_task set: in plans, opinions and work points every leaf item below the
 * top level (top-level items when the outline is flat), except preamble sections (总体要求, 指导思想…) and, where the
 * document assigns units, unassigned safeguard sections (保障措施…); in reports and other documents every item at the
 * document's deepest numbered level. Returns [] for null or empty input.
 */
export function markTasks(items: Item[] | null | undefined, docType: DocType): Item[] {
  if (items == null || items.length === 0) return [];
  const byId = new Map(items.map((item) => [item.item_id, item]));
  const parents = new Set(items.map((item) => item.parent_id));
  const maxDepth = items.reduce((max, item) => Math.max(max, item.depth), 0);
  if (!PLAN_TYPES.has(docType)) return items.map((item) => ({...item, is_task: item.depth === maxDepth}));
  const assigns = items.some((item) => isAssigned(item));
  return items.map((item) => {
    const leaf = !parents.has(item.item_id) && (item.depth > 1 || maxDepth === 1);
    return {...item, is_task: leaf && (isAssigned(item) || !isExcluded(lineage(item, byId), assigns))};
  });
}

function isAssigned(item: Item): boolean {
  return marker.test(item.text);
}

/**
 * Returns the items with every leaf that received an assignment marked as a task too (a bullet or a record can carry
 * units in any section); the others unchanged. Empty input returns [].
 */
export function markAssignedTasks(items: Item[], assignments: readonly {item_id: string}[]): Item[] {
  const assigned = new Set(assignments.map((a) => a.item_id));
  const parents = new Set(items.map((item) => item.parent_id));
  return items.map((item) =>
    !item.is_task && assigned.has(item.item_id) && !parents.has(item.item_id) ? {...item, is_task: true} : item
  );
}

/** A preamble section is never work; a safeguard section is not work when the document assigns units elsewhere. */
function isExcluded(lineage: Item[], assigns: boolean): boolean {
  const leads = lineage.map(lead);
  return (
    leads.some((l) => rules.preamble.some((term) => l.startsWith(term))) ||
    (assigns && leads.some((l) => rules.safeguard.some((term) => l.includes(term))))
  );
}

/** The item and its ancestors. */
function lineage(item: Item, byId: Map<string, Item>): Item[] {
  const chain: Item[] = [];
  for (let at: Item | undefined = item; at != null; at = at.parent_id == null ? undefined : byId.get(at.parent_id)) {
    chain.push(at);
  }
  return chain;
}

function lead(item: Item): string {
  return item.heading ?? item.text.slice(item.label.length).trimStart().slice(0, LEAD_CHARS);
}
