/**
 * The first `n` entries of `list` (sorted by year, then slug) nearest to `year`, skipping the slug `skip`: by distance
 * in years, then slug. Runs of equal years are found by binary search and merged only as far as needed, so one query
 * costs O(n + log length per distance read) however many entries share a year; empty input gives [].
 */
export function nearestByYear<T extends {year: number; slug: string}>(
  list: readonly T[],
  year: number,
  skip: string | null,
  n: number
): T[] {
  /** The first index whose year is above `y` (or at least `y` when `orEqual`). */
  const bound = (y: number, orEqual: boolean) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (orEqual ? list[mid].year < y : list[mid].year <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const taken: T[] = [];
  let left = bound(year, true) - 1; // the next entry below `year`, walking down
  let right = left + 1; // the next entry at or above `year`, walking up
  while (taken.length < n && (left >= 0 || right < list.length)) {
    const d = Math.min(
      left >= 0 ? year - list[left].year : Infinity,
      right < list.length ? list[right].year - year : Infinity
    );
    // The entries at distance d: a run below `year` [a, left] and a run above [right, b), each in slug order.
    const a = left >= 0 && year - list[left].year === d ? bound(year - d, true) : left + 1;
    const b = right < list.length && list[right].year - year === d ? bound(year + d, false) : right;
    let i = a;
    let j = right;
    while (taken.length < n && (i <= left || j < b)) {
      const e = j >= b || (i <= left && list[i].slug < list[j].slug) ? list[i++] : list[j++];
      if (e.slug !== skip) taken.push(e);
    }
    left = a - 1;
    right = b;
  }
  return taken;
}
