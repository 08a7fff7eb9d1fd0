import {describe, expect, test} from "vitest";
import {documentOptions} from "../../src/components/document-options.ts";

const docs = ["a", "b", "c", "d"].map((doc_id) => ({doc_id, jurisdiction: doc_id.toUpperCase()}));

describe("documentOptions(listed, all, wanted, {limit})", () => {
  test("offers the listed documents up to the limit, the wanted one chosen", () => {
    const options = documentOptions(docs.slice(0, 3), docs, "b", {limit: 2});
    expect([options.ids, options.value]).toEqual([["a", "b"], "b"]);
    expect(options.byId.get("c")?.jurisdiction).toBe("C");
  });

  test("puts a wanted document that is not listed first", () => {
    const options = documentOptions(docs.slice(0, 3), docs, "d", {limit: 2});
    expect([options.ids, options.value]).toEqual([["d", "a", "b"], "d"]);
  });

  test("chooses the first option for no wanted document or an unknown one, and gives no ids for none listed", () => {
    expect(documentOptions(docs, docs, null).value).toBe("a");
    const unknown = documentOptions(docs.slice(1), docs, "nonsense");
    expect([unknown.ids, unknown.value]).toEqual([["b", "c", "d"], "b"]);
    expect(documentOptions([], [], "a")).toMatchObject({ids: [], value: undefined});
  });
});
