import {InternMap, rollup, sum} from "d3";
import type {DocumentRow} from "../extract-document.ts";
import type {Assignment, Role} from "../types.ts";

/** The assignment columns a share reads. */
export type ShareAssignment = Pick<Assignment, "doc_id" | "item_id" | "role" | "agency_id">;
/** The document columns a share reads. */
export type ShareDocument = Pick<DocumentRow, "doc_id" | "n_tasks">;

/**
 * Tasks each agency has in `role`, per agency and then per document; a task that names the agency twice counts once.
 * Empty input gives an empty map.
 */
export function tasksPerDocument(
  assignments: Iterable<ShareAssignment>,
  role: Role
): InternMap<string, InternMap<string, number>> {
  return rollup(
    [...assignments].filter((a) => a.role === role),
    (rows) => new Set(rows.map((a) => a.item_id)).size,
    (a) => a.agency_id,
    (a) => a.doc_id
  );
}

/**
 * The share of tasks an agency leads (or, with role "support", supports) over a set of documents: the MEAN of its
 * per-document shares (tasks it has in a document / that document's tasks), each document counting once and a
 * document where it has none (or with no tasks) counting 0. Not pooled (all its tasks / all the tasks), so that a
 * 35-task and an 85-task document weigh the same. Assignments outside `documents` are left out; agencies with none
 * inside are absent. No documents give an empty map.
 */
export function taskShares(
  assignments: Iterable<ShareAssignment>,
  documents: readonly ShareDocument[],
  role: Role = "lead"
): InternMap<string, number> {
  const tasks = new Map(documents.map((d) => [d.doc_id, d.n_tasks]));
  const inside = [...assignments].filter((a) => tasks.has(a.doc_id));
  return new InternMap(
    [...tasksPerDocument(inside, role)].map(([agency, perDocument]) => [
      agency,
      meanShare(
        sum(perDocument, ([doc, n]) => documentShare(n, tasks.get(doc))),
        documents.length
      )
    ])
  );
}

/** One document's share: tasks / the document's tasks, 0 when it has none. */
export function documentShare(tasks: number, documentTasks: number | null | undefined): number {
  return documentTasks ? tasks / documentTasks : 0;
}

/**
 * The share of tasks over several documents from the sum of their documentShare values (a document where the agency
 * has none adds 0) and how many documents there are: the MEAN of per-document shares, not the pooled share (all its
 * tasks / all the tasks). taskShares and /agencies' per-province-and-year cells (loaders/site/agency-summary.ts) both
 * go through it. No documents give 0.
 */
export function meanShare(shareSum: number, documents: number): number {
  return documents > 0 ? shareSum / documents : 0;
}
