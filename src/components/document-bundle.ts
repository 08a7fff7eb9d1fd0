import type {EncodedDocumentBundle} from "../../loaders/site/document-bundles.ts";
import type {ColumnContext, EncodedColumn, EncodedTable} from "../../loaders/site/encode-columns.ts";

type Row = Record<string, unknown>;

/** A document bundle as the pages read it: the document's metadata, its text and its tables as rows. */
export interface DocumentBundle {
  document: Row & {doc_id: string};
  text: string;
  items: Row[];
  assignments: Row[];
  indicators: Row[];
  removals: Row[];
}

/** A bundle as written (loaders/site/document-bundles.ts): each table as columns, or as rows. */
export type EncodedBundle = EncodedDocumentBundle;

type Cells = unknown[];

/** Codecs that read only their own data, then those that read other columns (char_start, item ids), then spans. */
const decoders: Record<
  string,
  {pass: number; decode: (data: unknown, cols: Record<string, Cells>, ctx: ColumnContext) => Cells}
> = {
  raw: {pass: 0, decode: (data) => data as Cells},
  dict: {
    pass: 0,
    decode: (data) => {
      const [values, codes] = data as [unknown[], number[]];
      return codes.map((c) => values[c]);
    }
  },
  id: {
    pass: 0,
    decode: (data, _, {docId}) => (data as (string | null)[]).map((s) => (s == null ? null : `${docId}:${s}`))
  },
  delta: {
    pass: 0,
    decode: (data) => {
      let v = 0;
      return (data as number[]).map((d) => (v += d));
    }
  },
  item: {
    pass: 1,
    decode: (data, _, {itemIds = []}) => (data as (number | null)[]).map((i) => (i == null ? null : itemIds[i]))
  },
  offset: {pass: 1, decode: (data, cols) => (data as number[]).map((d, i) => d + (cols.char_start[i] as number))},
  span: {
    pass: 2,
    decode: (data, cols, {text}) =>
      (data as unknown[]).map((cell, i) => {
        const start = cols.char_start[i] as number;
        if (cell === 0) return text.slice(start, cols.char_end[i] as number);
        if (Array.isArray(cell)) return text.slice(start + cell[0], start + cell[1]);
        return cell;
      })
  }
};

/**
 * The rows of one encoded table (loaders/site/encode-columns.ts): one object per row with the columns' keys in
 * their order. Rows given as rows come back as they are; `{n: 0}` gives []. Throws `invalid column codec: <name>`
 * for a codec it does not know. The items' own ids serve the `item` codec of their parent_id.
 */
export function decodeTable(table: EncodedTable | Row[], ctx: ColumnContext): Row[] {
  if (Array.isArray(table)) return table;
  const entries = Object.entries(table.columns) as [string, EncodedColumn][];
  for (const [, [codec]] of entries) if (!decoders[codec]) throw new Error(`invalid column codec: ${codec}`);
  const cols: Record<string, Cells> = {};
  for (const pass of [0, 1, 2]) {
    const context = {...ctx, itemIds: ctx.itemIds ?? (cols.item_id as string[] | undefined)};
    for (const [key, [codec, data]] of entries)
      if (decoders[codec].pass === pass) cols[key] = decoders[codec].decode(data, cols, context);
  }
  return Array.from({length: table.n}, (_, i) => Object.fromEntries(entries.map(([key]) => [key, cols[key][i]])));
}

/**
 * A document bundle as rows again (the same row objects as the tables' rows without doc_id, items with a
 * `preview`): the items first, whose ids the other tables' `item` columns index.
 */
export function decodeBundle(bundle: EncodedBundle): DocumentBundle {
  const ctx = {text: bundle.text, docId: bundle.document.doc_id};
  const items = decodeTable(bundle.items, ctx);
  const withItems = {...ctx, itemIds: items.map((d) => d.item_id as string)};
  return {
    document: bundle.document as DocumentBundle["document"],
    text: bundle.text,
    items,
    assignments: decodeTable(bundle.assignments, withItems),
    indicators: decodeTable(bundle.indicators, withItems),
    removals: decodeTable(bundle.removals, withItems)
  };
}
