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

/** What a promise has settled to within a few turns of the event loop, or "waiting". */
const within = <T>(promise: Promise<T>): Promise<T | "waiting"> =>
  Promise.race([promise, new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), 20))]);

/** The keys of the generator's next value, or "done". */
const keys = (step: Promise<IteratorResult<Map<number, string>, void>>) =>
  step.then((r) => (r.done ? "done" : [...r.value.keys()]));

test("searchFiles().textsInOrder(docs) requests every bundle at once, in order, and waits for the first document", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const values = searchFiles("./").textsInOrder([2, 0, 3]);
  const first = keys(values.next());
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(held.requested).toEqual([
    "./_file/data/search/index.json.gz",
    "./_file/data/documents/c.json",
    "./_file/data/documents/a.json",
    "./_file/data/documents/d.json"
  ]);
  // The second and third arrive first: nothing to show until the first has; then all three at once, one value.
  held.answer("a");
  held.answer("d");
  expect(await within(first)).toBe("waiting");
  held.answer("c");
  expect(await first).toEqual([2, 0, 3]);
  expect(await keys(values.next())).toBe("done");
});

test("searchFiles().textsInOrder(docs) gives the run from the first document, then every text once all have arrived; More contexts reuses the bundles", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const files = searchFiles("./");
  const values = files.textsInOrder([0, 1, 2, 3]);
  const first = values.next();
  await new Promise((resolve) => setTimeout(resolve, 20));
  held.answer("b");
  expect(await within(first)).toBe("waiting");
  held.answer("a");
  const run = (await first).value as Map<number, string>;
  expect(run).toEqual(
    new Map([
      [0, "text of a"],
      [1, "text of b"]
    ])
  );
  // The rest is one value, when the last has arrived, not one per arrival.
  const second = keys(values.next());
  held.answer("c");
  expect(await within(second)).toBe("waiting");
  held.answer("d");
  expect(await second).toEqual([0, 1, 2, 3]);
  expect([...run.keys()]).toEqual([0, 1]);
  expect(await keys(values.next())).toBe("done");
  expect(files.fetched().files).toBe(5);

  // More contexts: the page's first documents come from the cache, and only the new one is requested.
  const more = files.textsInOrder([0, 1, 2, 3, 1]);
  expect(await keys(more.next())).toEqual([0, 1, 2, 3]);
  expect(held.requested.filter((u) => u.includes("/documents/"))).toHaveLength(4);
});

test("searchFiles().textsInOrder([]) gives one empty Map; a missing bundle throws when it is reached, naming it", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const files = searchFiles("./");
  const none = files.textsInOrder([]);
  expect(await none.next()).toEqual({done: false, value: new Map()});
  expect(await none.next()).toEqual({done: true, value: undefined});
  const values = files.textsInOrder([0, 1]);
  const first = values.next();
  await new Promise((resolve) => setTimeout(resolve, 20));
  held.answer("b", 404);
  held.answer("a");
  expect(await keys(first)).toEqual([0]);
  await expect(values.next()).rejects.toThrow("could not load _file/data/documents/b.json: HTTP 404");
});

test("searchFiles().prefetch(docs) requests the bundles at once, in order; textsInOrder then reuses them; a failed one throws only when reached", async () => {
  const held = heldFetch();
  vi.stubGlobal("fetch", held.fetch);
  const files = searchFiles("./");
  files.prefetch([2, 0]);
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(held.requested.filter((u) => u.includes("/documents/"))).toEqual([
    "./_file/data/documents/c.json",
    "./_file/data/documents/a.json"
  ]);
  held.answer("c");
  held.answer("a", 404);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const values = files.textsInOrder([2, 0]);
  expect(await keys(values.next())).toEqual([2]);
  await expect(values.next()).rejects.toThrow("could not load _file/data/documents/a.json: HTTP 404");
  expect(held.requested.filter((u) => u.includes("/documents/"))).toHaveLength(2);
});
