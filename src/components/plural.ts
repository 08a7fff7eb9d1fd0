/**
 * An English count with its noun: "1 figure", "2 figures", "1,234 figures" (the plural defaults to the singular + "s";
 * give it for irregular nouns: plural(n, "person", "people")). A null or non-finite count gives "– " + the plural.
 */
export function plural(n: number | null | undefined, singular: string, pluralForm = `${singular}s`): string {
  if (n == null || !Number.isFinite(n)) return `– ${pluralForm}`;
  return `${n.toLocaleString("en-US")} ${n === 1 ? singular : pluralForm}`;
}
