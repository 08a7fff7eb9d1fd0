import {DuckDBInstance} from "@duckdb/node-api";

/** Runs SQL with real DuckDB (in memory) and returns plain row objects; BigInts become numbers. */
export async function query(sql: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(sql);
    return reader
      .getRowObjectsJS()
      .map((row) =>
        Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))
      );
  } finally {
    connection.closeSync();
  }
}
