/**
 * The documents a select offers, as doc_ids: the first `limit` of `listed`, with `wanted` (a click's or the URL's
 * doc_id) put first when it is a known document not among them. `value` is `wanted` when known, else the first
 * option (undefined for none); `byId` finds each document by doc_id to label its option. Empty input gives no ids.
 */
export function documentOptions<D extends {doc_id: string}>(
  listed: readonly D[],
  all: readonly D[],
  wanted: string | null | undefined,
  {limit = 500}: {limit?: number} = {}
): {ids: string[]; value: string | undefined; byId: Map<string, D>} {
  const byId = new Map(all.map((d) => [d.doc_id, d]));
  const ids = listed.slice(0, limit).map((d) => d.doc_id);
  const known = wanted != null && byId.has(wanted);
  if (known && !ids.includes(wanted)) ids.unshift(wanted);
  return {ids, value: known ? wanted : ids[0], byId};
}
