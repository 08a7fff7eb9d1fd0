import {describe, expect, test} from "vitest";
import {lazyTables, tablesIn, type DuckDBClientLike} from "../../src/components/lazy-tables.ts";

const names = ["documents", "items", "item_terms", "texts"];

describe("tablesIn(sql, names)", () => {
  test.each([
    ["", []],
    ["SELECT 1", []],
    ["SELECT * FROM documents d JOIN ITEMS i USING (doc_id)", ["documents", "items"]],
    ["SELECT item_id FROM item_terms", ["item_terms"]],
    ['SELECT count(*) FROM "texts"', ["texts"]],
    ["-- not the items\nSELECT 1 /* nor texts */", []],
    ["SHOW TABLES", names],
    ["SELECT table_name FROM information_schema.tables", names]
  ])("%j names %j", (sql, expected) => {
    expect(tablesIn(sql, names)).toEqual(expected);
  });
});

/** A stand-in for Framework's DuckDBClient: records inserts and queries. */
function fakeDb(log: string[]): DuckDBClientLike {
  return {
    _db: {
      connect: async () => ({
        insertArrowTable: async (table: unknown, options: object) =>
          log.push(`insert ${(options as {name: string}).name}=${table}`),
        close: async () => undefined
      })
    },
    query: async (sql: string) => {
      log.push(`query ${sql}`);
      return {schema: {fields: []}, numRows: 0, toArray: () => []};
    }
  };
}

describe("lazyTables(db, sources, {preload})", () => {
  test("loads the preloaded tables first, then each table once, the first time a query names it", async () => {
    const log: string[] = [];
    const fetched: string[] = [];
    const sources = Object.fromEntries(names.map((n) => [n, async () => (fetched.push(n), `<${n}>`)]));
    const db = await lazyTables(fakeDb(log), sources, {preload: ["documents"]});
    expect(db.loaded()).toEqual(["documents"]);
    await Promise.all([
      db.query("SELECT * FROM items"),
      db.query("SELECT count(*) FROM items JOIN documents USING (doc_id)")
    ]);
    await db.query("SELECT 1");
    expect(fetched).toEqual(["documents", "items"]);
    expect(log).toEqual([
      "insert documents=<documents>",
      "insert items=<items>",
      "query SELECT * FROM items",
      "query SELECT count(*) FROM items JOIN documents USING (doc_id)",
      "query SELECT 1"
    ]);
    expect(db.lastLoad.tables).toEqual([]);
    expect(db.loaded()).toEqual(["documents", "items"]);
  });

  test("fetches the preloaded and prefetched tables one after another while the database starts; prefetched load after", async () => {
    const fetched: string[] = [];
    let started!: (db: DuckDBClientLike) => void;
    const pending = new Promise<DuckDBClientLike>((ok) => (started = ok));
    const sources = Object.fromEntries(names.map((n) => [n, async () => (fetched.push(n), `<${n}>`)]));
    const client = lazyTables(pending, sources, {preload: ["documents", "texts"], prefetch: ["items"]});
    await new Promise((r) => setTimeout(r, 10));
    expect(fetched).toEqual(["documents", "texts", "items"]);
    const log: string[] = [];
    started(fakeDb(log));
    const db = await client;
    expect(db.loaded()).toEqual(["documents", "texts"]);
    await db.query("SELECT count(*) FROM items");
    expect(fetched).toEqual(["documents", "texts", "items"]);
    expect(log).toEqual([
      "insert documents=<documents>",
      "insert texts=<texts>",
      "insert items=<items>",
      "query SELECT count(*) FROM items"
    ]);
  });

  test("a failed load surfaces as the query's error and is retried by the next query", async () => {
    let fail = true;
    const db = await lazyTables(fakeDb([]), {
      texts: async () => {
        if (fail) throw new Error("HTTP 503");
        return "<texts>";
      }
    });
    await expect(db.query("SELECT * FROM texts")).rejects.toThrow("HTTP 503");
    fail = false;
    await db.query("SELECT * FROM texts");
    expect(db.loaded()).toEqual(["texts"]);
  });
});
