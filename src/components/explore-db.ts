import type {SqlClient} from "./run-query.js";

/** Settings that keep DuckDB-Wasm from reaching the network: no extension downloads, no remote or local files. */
const offline = [
  "SET autoinstall_known_extensions = false",
  "SET autoload_known_extensions = false",
  "SET enable_external_access = false"
];

/**
 * Waits for the notebook's database, turns off everything that could fetch from the network, answers a first
 * query and returns the database with the time since navigation start (ms) when it could answer. A setting
 * this DuckDB build does not know is skipped.
 */
export async function exploreDb<T extends SqlClient>(pending: Promise<T> | T): Promise<{db: T; readyMs: number}> {
  const db = await pending;
  for (const sql of offline) await db.query(sql).catch(() => null);
  await db.query("SELECT 1");
  return {db, readyMs: Math.round(performance.now())};
}
