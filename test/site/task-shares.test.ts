import {describe, expect, test} from "vitest";
import {documentShare, meanShare, taskShares, tasksPerDocument} from "../../loaders/site/task-shares.ts";

// Two documents of different size: the justice bureau leads 5 of a's 10 tasks and 3 of b's 30.
// Mean of per-document shares: (0.5 + 0.1) / 2 = 0.3. Pooled: 8 / 40 = 0.2. The spec pins the mean.
const documents = [
  {doc_id: "a", n_tasks: 10},
  {doc_id: "b", n_tasks: 30}
];
const lead = (doc_id: string, n: number, agency_id = "justice", role: "lead" | "support" = "lead") =>
  Array.from({length: n}, (_, i) => ({doc_id, item_id: `${doc_id}:${i + 1}`, role, agency_id}));
const assignments = [
  ...lead("a", 5),
  ...lead("b", 3),
  {doc_id: "a", item_id: "a:1", role: "lead" as const, agency_id: "justice"}, // named twice on one task
  ...lead("b", 6, "finance"),
  ...lead("a", 2, "justice", "support")
];

describe("taskShares(assignments, documents, role)", () => {
  test("is the mean of per-document shares (0.3 here), not the pooled share (0.2)", () => {
    expect(taskShares(assignments, documents).get("justice")).toBeCloseTo(0.3, 10);
  });

  test("counts a document where the agency leads nothing as 0: finance leads 6/30 in b only → 0.1", () => {
    expect(taskShares(assignments, documents).get("finance")).toBeCloseTo(0.1, 10);
  });

  test("with role support counts supported tasks: 2/10 in a, none in b → 0.1", () => {
    expect([...taskShares(assignments, documents, "support")]).toEqual([["justice", 0.1]]);
  });

  test("leaves out assignments of documents not given: over a alone justice leads 0.5 and finance is absent", () => {
    expect([...taskShares(assignments, [documents[0]])]).toEqual([["justice", 0.5]]);
  });

  test("gives an empty map without documents or assignments", () => {
    expect(taskShares(assignments, []).size).toBe(0);
    expect(taskShares([], documents).size).toBe(0);
  });
});

describe("tasksPerDocument(assignments, role)", () => {
  test("counts each task once per agency and document", () => {
    const counts = tasksPerDocument(assignments, "lead");
    expect([...counts.get("justice")!]).toEqual([
      ["a", 5],
      ["b", 3]
    ]);
    expect([...counts.get("finance")!]).toEqual([["b", 6]]);
  });
});

describe("documentShare(tasks, documentTasks)", () => {
  test("divides by the document's tasks, 0 when it has none", () => {
    expect([documentShare(3, 12), documentShare(3, 0), documentShare(3, null)]).toEqual([0.25, 0, 0]);
  });
});

describe("meanShare(shareSum, documents)", () => {
  test("divides the sum of per-document shares by the documents: (0.5 + 0.1) / 2 = 0.3, not pooled 8 / 40", () => {
    expect(meanShare(documentShare(5, 10) + documentShare(3, 30), 2)).toBeCloseTo(0.3, 10);
  });

  test("gives 0 for no documents", () => {
    expect(meanShare(0, 0)).toBe(0);
  });
});
