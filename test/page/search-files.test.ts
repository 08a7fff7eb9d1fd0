import {afterEach, expect, test, vi} from "vitest";
import {compactManifest} from "../../loaders/site/search-index.ts";
import {searchFiles} from "../../src/page/search-files.ts";

afterEach(() => vi.unstubAllGlobals());

const manifest = compactManifest({
  version: 2,
  shards: 1,
  docs: ["a", "b", "c", "d"].map((doc_id) => ({
    doc_id,
    title: null,
    jurisdiction: null,
    jurisdiction_en: null,
    province: null,
    year: null,
    doc_type: null,
    chars: 10
  }))
});

/** A fetch that answers the manifest at once and each document's bundle only when answered (by doc_id). */
function heldFetch() {
  const release = new Map<string, (r: Response) => void>();
  const requested: string[] = [];
  const fetch = vi.fn((url: string) => {
    requested.push(url);
    const id = /documents\/(.+)\.json$/.exec(url)?.[1];
    if (!id) return Promise.resolve(new Response(JSON.stringify(manifest)));
    return new Promise<Response>((resolve) => release.set(id, resolve));
  });
  const answer = (id: string, status = 200) =>
    release.get(id)!(new Response(JSON.stringify({text: `text of ${id}`, items: []}), {status}));
  return {fetch, requested, answer};
}

/** The next value of the generator, or "waiting" when it has none within a few turns of the event loop. */
async function next<T>(values: AsyncGenerator<T>): Promise<T | "waiting" | "done"> {
  const step = values.next().then((r) => (r.done ? ("done" as const) : r.value));
  return Promise.race([step, new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), 20))]);
}

test("searchFiles().textsInOrder(docs) requests every bundle at once and gives the texts from the first document as they arrive", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const files = searchFiles("./");
  const values = files.textsInOrder([2, 0, 3]);
  const first = values.next();
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(held.requested).toEqual([
    "./_file/data/search/index.json.gz",
    "./_file/data/documents/c.json",
    "./_file/data/documents/a.json",
    "./_file/data/documents/d.json"
  ]);
  // The second and third arrive first: nothing to show until the first has.
  held.answer("a");
  held.answer("d");
  expect(await Promise.race([first, new Promise((resolve) => setTimeout(() => resolve("waiting"), 20))])).toBe(
    "waiting"
  );
  held.answer("c");
  expect((await first).value).toEqual(
    new Map([
      [2, "text of c"],
      [0, "text of a"],
      [3, "text of d"]
    ])
  );
  expect(await next(values)).toBe("done");
});

test("searchFiles().textsInOrder(docs) gives one value per arrival in order, each a new Map, then the bundles come from the cache", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const files = searchFiles("./");
  const values = files.textsInOrder([0, 1, 2]);
  const first = values.next();
  await new Promise((resolve) => setTimeout(resolve, 20));
  held.answer("a");
  const a = (await first).value as Map<number, string>;
  expect([...a.keys()]).toEqual([0]);
  expect(await next(values)).toBe("waiting");
  held.answer("b");
  held.answer("c");
  const all = (await next(values)) as Map<number, string>;
  expect([...all.keys()]).toEqual([0, 1, 2]);
  expect([...a.keys()]).toEqual([0]);
  expect(await next(values)).toBe("done");
  expect(files.fetched().files).toBe(4);

  // More contexts: the page's first documents come from the cache, at once, and only the new one is requested.
  const more = files.textsInOrder([0, 1, 2, 3]);
  expect([...((await next(more)) as Map<number, string>).keys()]).toEqual([0, 1, 2]);
  held.answer("d");
  expect([...((await next(more)) as Map<number, string>).keys()]).toEqual([0, 1, 2, 3]);
  expect(held.requested.filter((u) => u.includes("/documents/"))).toHaveLength(4);
});

test("searchFiles().textsInOrder([]) gives one empty Map; a missing bundle throws when the run reaches it, naming it", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const files = searchFiles("./");
  const none = files.textsInOrder([]);
  expect(await next(none)).toEqual(new Map());
  expect(await next(none)).toBe("done");
  const values = files.textsInOrder([0, 1]);
  const first = values.next();
  await new Promise((resolve) => setTimeout(resolve, 20));
  held.answer("b", 404);
  held.answer("a");
  expect([...((await first).value as Map<number, string>).keys()]).toEqual([0]);
  await expect(values.next()).rejects.toThrow("could not load _file/data/documents/b.json: HTTP 404");
});
