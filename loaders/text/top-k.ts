/**
 * Returns the k values that sort first under `compare`, in sorted order, keeping a bounded heap of k values so that
 * n values cost O(n log k); k ≤ 0 or empty input returns [].
 */
export function topK<T>(values: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  if (values == null || !(k > 0)) return [];
  // Max-heap under `compare`: the root is the worst of the values kept so far.
  const heap: T[] = [];
  const worse = (i: number, j: number) => compare(heap[i], heap[j]) > 0;
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (const value of values) {
    if (heap.length < k) {
      heap.push(value);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (compare(value, heap[0]) < 0) {
      heap[0] = value;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(l, m)) m = l;
        if (r < heap.length && worse(r, m)) m = r;
        if (m === i) break;
        swap(i, m);
        i = m;
      }
    }
  }
  return heap.sort(compare);
}
