import type {Item, ItemTopic, Topic} from "../types.ts";

/** How much of one document one topic takes up. */
export interface CoverageRow {
  doc_id: string;
  topic_id: string;
  /** Task items (is_task) with this topic. */
  items: number;
  /** All items (headings and tasks) with this topic. */
  all_items: number;
  /** Non-whitespace characters of the own text of all items with this topic (each character counted once). */
  chars: number;
  /** items / the document's task items (0 when it has none), rounded to 6 decimals. */
  share_items: number;
  /** chars / the document's outlined characters (0 when none), rounded to 6 decimals. */
  share_chars: number;
}

interface Tally {
  items: number;
  all_items: number;
  chars: number;
}

/**
 * Tallies every document × every topic (zero rows included, so a topic a document never mentions is explicit):
 * documents in order of first appearance, topics in taxonomy order; an item without an ItemTopic row counts as
 * "other". Characters are each item's own text (which excludes its children), whitespace not counted. Empty or null
 * items return [].
 */
export function coverage(items: Item[], itemTopics: ItemTopic[], topics: Topic[]): CoverageRow[] {
  if (items == null || topics == null) return [];
  const topicOf = new Map((itemTopics ?? []).map((row) => [row.item_id, row.topic_id]));
  const docs = new Map<string, {total: Tally; byTopic: Map<string, Tally>}>();
  for (const item of items) {
    let doc = docs.get(item.doc_id);
    if (doc == null) docs.set(item.doc_id, (doc = {total: tally(), byTopic: new Map()}));
    const topic_id = topicOf.get(item.item_id) ?? "other";
    let row = doc.byTopic.get(topic_id);
    if (row == null) doc.byTopic.set(topic_id, (row = tally()));
    const chars = countChars(item.text);
    for (const t of [doc.total, row]) {
      t.items += item.is_task ? 1 : 0;
      t.all_items += 1;
      t.chars += chars;
    }
  }
  const ordered = [...topics].sort((a, b) => a.order - b.order);
  return [...docs].flatMap(([doc_id, {total, byTopic}]) =>
    ordered.map(({topic_id}) => {
      const {items, all_items, chars} = byTopic.get(topic_id) ?? tally();
      return {
        doc_id,
        topic_id,
        items,
        all_items,
        chars,
        share_items: share(items, total.items),
        share_chars: share(chars, total.chars)
      };
    })
  );
}

function tally(): Tally {
  return {items: 0, all_items: 0, chars: 0};
}

/** Code points that are not whitespace (as /\s/ reads them); a surrogate pair counts once, as `for…of` sees it. */
function countChars(text: string | null): number {
  if (text == null) return 0;
  let n = 0;
  for (let i = 0; i < text.length; ++i) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        ++i;
        ++n;
        continue;
      }
    }
    if (SPACE[c] === 0) ++n;
  }
  return n;
}

/** SPACE[c] is 1 when the UTF-16 code unit c matches /\s/ (only code units of the Basic Multilingual Plane can). */
const SPACE = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; ++c) if (/\s/.test(String.fromCharCode(c))) SPACE[c] = 1;

function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1e6) / 1e6 : 0;
}
