/** One province's value for the tile map: `province` as documents.province spells it (内蒙古自治区). */
export interface ProvinceValue {
  province: string;
  value: number;
  /** How many rows (documents, or province × year cells) the value sums or averages. */
  n: number;
}

/**
 * Per province, the sum (or, with `reduce: "mean"`, the mean) of `value(row)` over the rows that name a province;
 * rows without a province or whose value is null or NaN are skipped, as d3.sum skips them. Empty input gives [].
 */
export function provinceValues<T extends {province?: string | null}>(
  rows: readonly T[],
  value: (row: T) => number | null | undefined,
  {reduce = "sum"}: {reduce?: "sum" | "mean"} = {}
): ProvinceValue[] {
  const sums = new Map<string, {sum: number; n: number}>();
  for (const row of rows) {
    const v = value(row);
    if (row.province == null || v == null || Number.isNaN(v)) continue;
    const s = sums.get(row.province) ?? {sum: 0, n: 0};
    sums.set(row.province, {sum: s.sum + v, n: s.n + 1});
  }
  return [...sums].map(([province, {sum, n}]) => ({province, value: reduce === "mean" ? sum / n : sum, n}));
}
