/**
 * A JSON value written by loaders/site/encode-json.ts as it was: each `{$n, $columns}` back to its array of row
 * objects (keys in the columns' order), nested tables too. Other values come back as they are; `{$n: 0}` gives [].
 * Throws `invalid column codec: <name>` for a codec other than `raw`, `dict` and `rows`.
 */
export function decodeJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeJson);
  if (value == null || typeof value !== "object") return value;
  const object = value as Record<string, unknown>;
  if (!("$columns" in object && "$n" in object))
    return Object.fromEntries(Object.entries(object).map(([k, v]) => [k, decodeJson(v)]));
  const columns = Object.entries(object.$columns as Record<string, [string, unknown]>).map(
    ([key, [codec, data]]) => [key, decodeColumn(codec, data)] as const
  );
  return Array.from({length: object.$n as number}, (_, i) =>
    Object.fromEntries(columns.map(([key, cells]) => [key, cells[i]]))
  );
}

/** One column's cells, decoded. */
function decodeColumn(codec: string, data: unknown): unknown[] {
  if (codec === "raw") return (data as unknown[]).map(decodeJson);
  if (codec === "dict") {
    const [values, codes] = data as [unknown[], number[]];
    const decoded = values.map(decodeJson);
    // A dict's repeated cell is one value: each row gets its own copy, as JSON.parse would give.
    return codes.map((c) =>
      decoded[c] != null && typeof decoded[c] === "object" ? structuredClone(decoded[c]) : decoded[c]
    );
  }
  if (codec === "rows") {
    const [lengths, table] = data as [number[], unknown];
    const rows = decodeJson(table) as unknown[];
    let at = 0;
    return lengths.map((n) => rows.slice(at, (at += n)));
  }
  throw new Error(`invalid column codec: ${codec}`);
}
