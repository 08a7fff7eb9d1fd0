import type {Annotation} from "./annotated-text.js";
import {assignmentFragment, indicatorFragment, itemFragment, rangeFragment, termFragment} from "./fragments.js";

interface Bundle {
  items: {
    item_id: string;
    label: string;
    heading: string | null;
    is_task: boolean;
    char_start: number;
    char_end: number;
  }[];
  assignments: {role: string; agency_raw: string; agency_id: string; char_start: number; char_end: number}[];
  indicators: {
    indicator_row_id: string;
    indicator_id: string | null;
    kind: string;
    value: number;
    unit: string;
    char_start: number;
    char_end: number;
  }[];
}

/** The annotations the document page highlights: items (anchors), lead/support units, indicators by kind. Empty bundle gives []. */
export function documentAnnotations({items = [], assignments = [], indicators = []}: Partial<Bundle>): Annotation[] {
  return [
    ...items.map((d) => ({start: d.char_start, end: d.char_end, kind: "item", id: itemFragment(d.item_id)})),
    ...assignments.map((d) => ({
      start: d.char_start,
      end: d.char_end,
      kind: d.role,
      id: assignmentFragment(d),
      title: `${d.role === "lead" ? "牵头 lead" : "配合 support"}: ${d.agency_raw} → ${d.agency_id}`
    })),
    ...indicators.map((d) => ({
      start: d.char_start,
      end: d.char_end,
      kind: d.kind,
      id: indicatorFragment(d.indicator_row_id),
      title: `${d.kind === "target" ? "目标 target" : "实际 actual"}: ${d.value} ${d.unit}${d.indicator_id ? ` (${d.indicator_id})` : ""}`
    }))
  ];
}

/**
 * Every mark of the document page: documentAnnotations, then the search hit `range` (#c<start>-<end>, titled
 * `rangeTitle`) when there is one, then each occurrence of `term` at `termHits`, anchored #term-<k>. An empty bundle
 * without range or hits gives [].
 */
export function documentHighlights(
  bundle: Partial<Bundle>,
  {
    range = null,
    rangeTitle = "",
    term = "",
    termHits = []
  }: {
    range?: {start: number; end: number} | null;
    rangeTitle?: string;
    term?: string;
    termHits?: readonly {start: number; end: number}[];
  } = {}
): Annotation[] {
  return [
    ...documentAnnotations(bundle),
    ...(range ? [{...range, kind: "range", id: rangeFragment(range.start, range.end), title: rangeTitle}] : []),
    ...termHits.map((r, k) => ({...r, kind: "term", id: termFragment(k), title: term}))
  ];
}
