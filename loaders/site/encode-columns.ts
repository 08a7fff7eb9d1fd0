/**
 * The column codecs of a document bundle (loaders/site/document-bundles.ts), decoded in the browser by
 * src/components/document-bundle.ts. A column is `[codec, data]`, `data` holding one cell per row:
 *
 * - `raw`: the values themselves;
 * - `dict`: `[distinct values, index of each row's value]`;
 * - `id`: ids `<doc_id>:<suffix>` as their suffix (null stays null);
 * - `item`: item ids as the index of the item in the bundle's items (null stays null);
 * - `delta`: integers as the difference from the previous row's (the first from 0);
 * - `offset`: integers as the difference from the row's `char_start`;
 * - `span`: strings that are pieces of the document's text: `0` for the row's own span (`char_start`..`char_end`),
 *   `[a, b]` for text.slice(char_start + a, char_start + b), else the string itself (null stays null).
 */
export type ColumnCodec = "raw" | "dict" | "id" | "item" | "delta" | "offset" | "span";

/** One encoded column: its codec and its data. */
export type EncodedColumn = [codec: ColumnCodec, data: unknown];

/** A table as columns: its row count and each column in the rows' key order. */
export interface EncodedTable {
  n: number;
  columns: Record<string, EncodedColumn>;
}

/**
 * What the codecs refer to: the document's text and doc_id, and its items' ids in bundle order (`ownItems` when the
 * rows are those items: the decoder then takes the ids from their own item_id column).
 */
export interface ColumnContext {
  text: string;
  docId: string;
  itemIds?: readonly string[];
  ownItems?: boolean;
}

type Row = Record<string, unknown>;

const isInt = (v: unknown): v is number => Number.isInteger(v);

/** Each codec's data for a column, or null when the codec cannot hold its values. */
const codecs: [ColumnCodec, (values: unknown[], rows: Row[], key: string, ctx: ColumnContext) => unknown][] = [
  ["raw", (values) => values],
  [
    "dict",
    (values) => {
      const distinct = [...new Set(values)];
      const index = new Map(distinct.map((v, i) => [v, i]));
      return [distinct, values.map((v) => index.get(v))];
    }
  ],
  [
    "id",
    (values, _, __, {docId}) => {
      const prefix = `${docId}:`;
      if (!values.every((v) => v == null || (typeof v === "string" && v.startsWith(prefix)))) return null;
      return values.map((v) => (v == null ? null : (v as string).slice(prefix.length)));
    }
  ],
  [
    "item",
    (values, _, key, {itemIds, ownItems}) => {
      // The items' own ids are what the index points into: they are never an index themselves.
      if (!itemIds || (ownItems && key === "item_id")) return null;
      const index = new Map(itemIds.map((id, i) => [id, i]));
      if (!values.every((v) => v == null || index.has(v as string))) return null;
      return values.map((v) => (v == null ? null : index.get(v as string)));
    }
  ],
  ["delta", (values) => (values.every(isInt) ? values.map((v, i) => v - ((values[i - 1] as number) ?? 0)) : null)],
  [
    "offset",
    (values, rows, key) => {
      if (key === "char_start" || !values.every(isInt) || !rows.every((r) => isInt(r.char_start))) return null;
      return values.map((v, i) => v - (rows[i].char_start as number));
    }
  ],
  [
    "span",
    (values, rows, _, {text}) => {
      if (!values.every((v) => v == null || typeof v === "string")) return null;
      if (!rows.every((r) => isInt(r.char_start) && isInt(r.char_end))) return null;
      return values.map((v, i) =>
        spanCell(v as string | null, rows[i] as {char_start: number; char_end: number}, text)
      );
    }
  ]
];

function spanCell(value: string | null, {char_start, char_end}: {char_start: number; char_end: number}, text: string) {
  if (value == null || value === "") return value;
  if (text.slice(char_start, char_end) === value) return 0;
  let at = text.indexOf(value, char_start);
  if (at < 0) at = text.indexOf(value);
  return at < 0 ? value : [at - char_start, at - char_start + value.length];
}

/**
 * Encodes rows that share their keys as columns, each column in whichever codec gives the shortest JSON (raw when
 * none is shorter). Rows whose keys differ are returned as they are (the decoder accepts both). No rows gives
 * `{n: 0, columns: {}}`.
 */
export function encodeColumns(rows: readonly Row[], ctx: ColumnContext): EncodedTable | Row[] {
  const keys = rows.length ? Object.keys(rows[0]) : [];
  const same = rows.every((r) => {
    const k = Object.keys(r);
    return k.length === keys.length && k.every((key, i) => key === keys[i]);
  });
  if (!same) return [...rows];
  const columns: Record<string, EncodedColumn> = {};
  for (const key of keys) {
    const values = rows.map((r) => r[key]);
    let best: EncodedColumn | null = null;
    let bestLength = Infinity;
    for (const [codec, encode] of codecs) {
      const data = encode(values, rows as Row[], key, ctx);
      if (data == null) continue;
      const length = Buffer.byteLength(JSON.stringify(data));
      if (length < bestLength) [best, bestLength] = [[codec, data], length];
    }
    columns[key] = best!;
  }
  return {n: rows.length, columns};
}
