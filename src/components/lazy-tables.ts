import type {ArrowResult, SqlClient} from "./run-query.js";

/** Framework's DuckDBClient as far as this module needs it: queries, and the AsyncDuckDB it wraps. */
export interface DuckDBClientLike extends SqlClient {
  _db: {
    connect(): Promise<{
      insertArrowTable(table: unknown, options: object): Promise<unknown>;
      close(): Promise<unknown>;
    }>;
  };
}

/** A client that loads each table the first time a query names it. */
export interface LazyClient extends SqlClient {
  /** Tables loaded so far, in load order. */
  loaded(): string[];
  /** Loads the named tables (known names only) unless already loaded or loading; resolves when all are in. */
  ensure(names: readonly string[]): Promise<void>;
  /** What the last query had to load first, and how long that took (ms). */
  lastLoad: {tables: string[]; ms: number};
}

/** Queries about the catalogue itself (SHOW TABLES, information_schema…): they need every table to answer truly. */
const catalogue = /\b(show\s+(all\s+)?tables|information_schema|duckdb_(tables|columns|views)|show_tables)\b/i;

/**
 * The table names a SQL statement mentions as whole words outside comments (case-insensitive), in the order of
 * `names`; a query about the catalogue (SHOW TABLES, information_schema, duckdb_tables()…) mentions them all.
 * Empty SQL gives [].
 */
export function tablesIn(sql: string, names: readonly string[]): string[] {
  const code = sql.replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
  if (catalogue.test(code)) return [...names];
  const words = new Set(code.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []);
  return names.filter((name) => words.has(name.toLowerCase()));
}

/**
 * Wraps a DuckDB client so tables are registered on first use: `sources` maps each table name to a function that
 * fetches it as an Arrow table; before a query runs, the tables it mentions (see tablesIn) are fetched and inserted,
 * each once even when queries overlap. `preload` names the tables loaded before the client is handed out, and
 * `prefetch` tables loaded in the background after that: both are fetched one after another while the database is
 * still starting.
 */
export async function lazyTables(
  pending: Promise<DuckDBClientLike> | DuckDBClientLike,
  sources: Record<string, () => Promise<unknown>>,
  {preload = [] as string[], prefetch = [] as string[]} = {}
): Promise<LazyClient> {
  // One after another: parallel first fetches would each load the Parquet reader's 5 MB wasm before it is ready.
  const fetched = new Map<string, Promise<unknown>>();
  let chain: Promise<unknown> = Promise.resolve();
  for (const name of [...preload, ...prefetch].filter((name) => name in sources)) {
    const table = chain.then(() => sources[name]());
    fetched.set(name, table);
    chain = table.catch(() => null);
  }
  const db = await pending;
  const names = Object.keys(sources);
  const loading = new Map<string, Promise<void>>();
  const done: string[] = [];
  const load = (name: string) => {
    let promise = loading.get(name);
    if (!promise) {
      promise = (async () => {
        const table = await (fetched.get(name) ?? sources[name]());
        fetched.delete(name);
        const connection = await db._db.connect();
        try {
          await connection.insertArrowTable(table, {name, schema: "main", create: true});
        } finally {
          await connection.close();
        }
        done.push(name);
      })();
      loading.set(name, promise);
      // A failed load may be retried by the next query that names the table.
      promise.catch(() => loading.delete(name));
    }
    return promise;
  };
  const client: LazyClient = {
    lastLoad: {tables: [], ms: 0},
    loaded: () => [...done],
    async ensure(wanted) {
      await Promise.all(wanted.filter((name) => name in sources).map(load));
    },
    async query(sql: string): Promise<ArrowResult> {
      const missing = tablesIn(sql, names).filter((name) => !done.includes(name));
      const t0 = performance.now();
      await client.ensure(missing);
      client.lastLoad = {tables: missing, ms: Math.round(performance.now() - t0)};
      return db.query(sql);
    }
  };
  for (const name of preload) await client.ensure([name]);
  // In the background; a query naming one of them waits for it, and a failure is retried by that query.
  for (const name of prefetch) client.ensure([name]).catch(() => null);
  return client;
}
