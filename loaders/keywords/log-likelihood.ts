/**
 * Dunning's log-likelihood G² for a term seen `a` times in a corpus of `c` tokens and `b` times in a reference of
 * `d` tokens: 2·Σ O·ln(O/E) over the two cells, with 0·ln 0 = 0; empty corpora (c + d = 0) or a + b = 0 return 0.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const total = c + d;
  const seen = a + b;
  if (!(total > 0) || !(seen > 0)) return 0;
  const e1 = (c * seen) / total;
  const e2 = (d * seen) / total;
  return 2 * (cell(a, e1) + cell(b, e2));
}

function cell(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0;
}
