/**
 * Writes keys once in any JSON value: every array of two or more plain objects with the same keys in the same order
 * becomes `{$n: <rows>, $columns: {<key>: [codec, data]}}`, each column `raw` (its values) or `dict` (distinct values
 * and an index per row), whichever is shorter, or `rows` when every row holds an array of objects with the same keys
 * (`[lengths, the arrays' rows as one table]`: a nested table's keys once for all its rows); values are encoded the
 * same way first, so nested tables are columns too. src/components/decode-json.ts reverses it. Scalars, null and other arrays and objects keep their shape.
 */
export function encodeJson(value: unknown): unknown {
  if (Array.isArray(value)) {
    const rows = value.map(encodeJson);
    const keys = sameKeys(value);
    if (!keys) return rows;
    const columns: Record<string, ["raw" | "dict" | "rows", unknown]> = {};
    for (const key of keys) {
      const nested = (value as Record<string, unknown>[]).map((r) => r[key]);
      if (nested.every(Array.isArray) && sameKeys(nested.flat())) {
        columns[key] = ["rows", [nested.map((r) => (r as unknown[]).length), encodeJson(nested.flat())]];
        continue;
      }
      const cells = (rows as Record<string, unknown>[]).map((r) => r[key]);
      const distinct = [...new Map(cells.map((c) => [JSON.stringify(c), c])).values()];
      const index = new Map(distinct.map((c, i) => [JSON.stringify(c), i]));
      const dict = [distinct, cells.map((c) => index.get(JSON.stringify(c))!)];
      columns[key] = JSON.stringify(dict).length < JSON.stringify(cells).length ? ["dict", dict] : ["raw", cells];
    }
    return {$n: rows.length, $columns: columns};
  }
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeJson(v)]));
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value != null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype;
}

/** The keys of an array of at least two plain objects that all have the same keys in the same order, else null. */
function sameKeys(value: unknown[]): string[] | null {
  if (value.length < 2 || !value.every(isPlainObject)) return null;
  const keys = Object.keys(value[0]);
  const same = value.every((r) => {
    const k = Object.keys(r as object);
    return k.length === keys.length && k.every((key, i) => key === keys[i]);
  });
  return same && keys.length ? keys : null;
}
