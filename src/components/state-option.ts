/**
 * The option a URL state value names: the option equal to `parse(raw)`, else `fallback` (a missing value or one that
 * names no option, so a hand-edited link cannot select what is not offered).
 */
export function stateOption<T>(
  options: readonly T[],
  raw: string | null | undefined,
  {parse = (s: string) => s as unknown as T, fallback = null}: {parse?: (raw: string) => T; fallback?: T | null} = {}
): T | null {
  if (raw == null) return fallback;
  const value = parse(raw);
  return options.includes(value) ? value : fallback;
}
