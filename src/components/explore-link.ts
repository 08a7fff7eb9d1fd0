/** Link to the /explore notebook with a query filled in (?q=), relative to the site root ("./" from a top-level page). */
export function exploreHref(sql: string, prefix = "./"): string {
  return `${prefix}explore?q=${encodeURIComponent(sql)}`;
}

/** A SQL string literal: the text in single quotes, quotes doubled; null gives NULL. */
export function sqlString(value: string | number | null | undefined): string {
  return value == null ? "NULL" : typeof value === "number" ? String(value) : `'${value.replace(/'/g, "''")}'`;
}
