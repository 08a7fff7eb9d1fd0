/**
 * Where a term occurs in a text: the [start, end) offsets (string indices) of every occurrence of it as written,
 * left to right and not overlapping (after a match the search goes on at its end, as a highlighter needs). A term
 * shorter than two characters, or a null text, gives [].
 */
export function termRanges(
  text: string | null | undefined,
  term: string | null | undefined
): {start: number; end: number}[] {
  const ranges: {start: number; end: number}[] = [];
  if (text == null || term == null || term.length < 2) return ranges;
  for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length))
    ranges.push({start: i, end: i + term.length});
  return ranges;
}
