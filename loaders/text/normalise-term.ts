/** Characters that never change what a term means: spaces, quotation marks, book-title marks and the enumeration comma. */
const NOISE = /[\s\u3000"'“”‘’「」『』《》〈〉<>、]/g;

/** Removes spaces, quotation marks and 、 from a term so "“双随机、一公开”" matches 双随机一公开; null returns "". */
export function normaliseTerm(term: string): string {
  return term == null ? "" : term.replace(NOISE, "").replace(/＋/g, "+");
}
