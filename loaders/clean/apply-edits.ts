import type {Removal} from "../types.ts";

/** One change to a text: replace text[start, end) by insert (default ""), recorded as a removal of this kind. */
export interface Edit {
  start: number;
  end: number;
  kind: string;
  insert?: string;
}

/** A text being cleaned: the current string, where each of its positions came from in the raw input, and the removals. */
export interface EditState {
  raw: string;
  text: string;
  /** toRaw[i] is the raw offset of text[i] (-1 for inserted characters); length text.length + 1; null means the identity. */
  toRaw: Int32Array | null;
  removed: Removal[];
  /** The raw offset where each removal starts, to order removals at the same `at` as in the raw input. */
  rawStarts: number[];
}

/** Starts an edit state on a text that is position-for-position the raw input (e.g. after normalizeChars); empty input gives an empty state. */
export function editState(raw: string, text: string = raw): EditState {
  return {raw: raw ?? "", text: text ?? "", toRaw: null, removed: [], rawStarts: []};
}

/**
 * Applies sorted, non-overlapping edits in one linear pass; every edit becomes a Removal whose text is the exact raw
 * input it replaced and whose `at` is its offset in the new text, and earlier removals are moved to the new offsets.
 * Overlapping edits are skipped; an empty edit list returns the state unchanged.
 */
export function applyEdits(state: EditState, edits: Edit[]): EditState {
  if (edits == null || edits.length === 0) return state;
  const {raw, text, toRaw} = state;
  const parts: string[] = [];
  const map = new Int32Array(text.length + 1 + insertedLength(edits));
  const removed: Removal[] = [];
  const rawStarts: number[] = [];
  let pos = 0;
  let out = 0;
  for (const edit of edits) {
    if (edit.start < pos || edit.end < edit.start || edit.end > text.length) continue;
    out = copy(parts, map, text, pos, edit.start, out);
    removed.push({kind: edit.kind, text: rawText(raw, toRaw, edit.start, edit.end), at: out});
    rawStarts.push(rawStart(toRaw, edit.start, text.length, raw.length));
    const insert = edit.insert ?? "";
    for (let k = 0; k < insert.length; ++k) map[out++] = -1 - edit.start; // inserted: no source character
    parts.push(insert);
    pos = edit.end;
  }
  out = copy(parts, map, text, pos, text.length, out);
  map[out] = text.length;
  const outMap = map.subarray(0, out + 1);
  const nextToRaw = new Int32Array(out + 1);
  for (let i = 0; i <= out; ++i) nextToRaw[i] = outMap[i] < 0 ? -1 : toRaw ? toRaw[outMap[i]] : outMap[i];
  nextToRaw[out] = raw.length;
  const moved = state.removed.map((r) => ({...r, at: lowerBound(outMap, r.at)}));
  const [merged, starts] = merge(moved, state.rawStarts, removed, rawStarts);
  return {raw, text: parts.join(""), toRaw: nextToRaw, removed: merged, rawStarts: starts};
}

/** The raw characters behind text[start, end): skips inserted characters and what earlier passes removed. */
function rawText(raw: string, toRaw: Int32Array | null, start: number, end: number): string {
  if (!toRaw) return raw.slice(start, end);
  let out = "";
  for (let i = start; i < end;) {
    if (toRaw[i] < 0) {
      ++i;
      continue;
    }
    let j = i + 1;
    while (j < end && toRaw[j] === toRaw[j - 1] + 1) ++j;
    out += raw.slice(toRaw[i], toRaw[j - 1] + 1);
    i = j;
  }
  return out;
}

function rawStart(toRaw: Int32Array | null, start: number, length: number, rawLength: number): number {
  if (!toRaw) return start;
  for (let i = start; i < length; ++i) if (toRaw[i] >= 0) return toRaw[i];
  return rawLength;
}

function insertedLength(edits: Edit[]): number {
  let n = 0;
  for (const edit of edits) n += edit.insert?.length ?? 0;
  return n;
}

function copy(parts: string[], map: Int32Array, text: string, from: number, to: number, out: number): number {
  if (to > from) parts.push(text.slice(from, to));
  for (let i = from; i < to; ++i) map[out++] = i;
  return out;
}

/** The source position of an output character; an inserted one sits at the position it was inserted before. */
function sourceOf(entry: number): number {
  return entry < 0 ? -1 - entry : entry;
}

/** First output index whose source position is >= p. */
function lowerBound(map: Int32Array, p: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sourceOf(map[mid]) < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Merges two removal lists sorted by `at`; ties go in raw-input order. */
function merge(a: Removal[], aStarts: number[], b: Removal[], bStarts: number[]): [Removal[], number[]] {
  const out: Removal[] = [];
  const starts: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const takeA =
      j >= b.length || (i < a.length && (a[i].at < b[j].at || (a[i].at === b[j].at && aStarts[i] <= bStarts[j])));
    if (takeA) (out.push(a[i]), starts.push(aStarts[i++]));
    else (out.push(b[j]), starts.push(bStarts[j++]));
  }
  return [out, starts];
}
