/** The part of Framework's DuckDBClient the notebook uses: a query that resolves to an Arrow table. */
export interface SqlClient {
  query(sql: string): Promise<ArrowResult>;
}

/** The part of an Arrow table the notebook reads. */
export interface ArrowResult {
  schema: {fields: {name: string}[]};
  numRows: number;
  toArray(): {toJSON(): Record<string, unknown>}[];
}

/** One run of the notebook: the Arrow table and its plain rows, or the error DuckDB gave, and how long it took. */
export interface QueryResult {
  sql: string;
  table: ArrowResult | null;
  rows: Record<string, unknown>[];
  columns: string[];
  error: string | null;
  ms: number;
}

/** BigInts become numbers; lists, structs and blobs become JSON text, so rows chart, show and download alike. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (value == null || typeof value !== "object" || value instanceof Date) return value;
  const json =
    typeof (value as {toJSON?: unknown}).toJSON === "function" ? (value as {toJSON(): unknown}).toJSON() : value;
  return JSON.stringify(ArrayBuffer.isView(json) ? Array.from(json as unknown as ArrayLike<number>) : json, (_, v) =>
    typeof v === "bigint" ? Number(v) : v
  );
}

/**
 * Runs one SQL statement and never throws: a failing query gives its error message (DuckDB's own words) and no
 * rows, so the page shows the message instead of breaking. Blank SQL gives the error "empty query".
 */
export async function runQuery(db: SqlClient, sql: string): Promise<QueryResult> {
  const t0 = performance.now();
  const done = (r: Partial<QueryResult>): QueryResult => ({
    sql,
    table: null,
    rows: [],
    columns: [],
    error: null,
    ms: Math.round(performance.now() - t0),
    ...r
  });
  if (!sql || !sql.trim()) return done({error: "empty query"});
  try {
    const table = await db.query(sql);
    const columns = table.schema.fields.map((f) => f.name);
    const rows = table.toArray().map((row) => {
      const o = row.toJSON();
      for (const c of columns) o[c] = plain(o[c]);
      return o;
    });
    return done({table, rows, columns});
  } catch (error) {
    return done({error: error instanceof Error ? error.message : String(error)});
  }
}
