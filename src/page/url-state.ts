/** Reads a view-state value from the URL's query string; missing gives the fallback. */
export function readState(key: string, fallback: string | null = null): string | null {
  return new URLSearchParams(location.search).get(key) ?? fallback;
}

/** Reads a list-valued view-state (comma separated); missing gives the fallback. */
export function readStateList(key: string, fallback: string[] = []): string[] {
  const value = new URLSearchParams(location.search).get(key);
  return value == null ? fallback : value.split(",").filter(Boolean);
}

/** Writes view state into the URL without reloading, so a copied link reproduces the view; null or "" removes a key. */
export function writeState(state: Record<string, string | number | null | undefined | string[]>): void {
  const url = new URL(location.href);
  for (const [key, value] of Object.entries(state)) {
    const s = Array.isArray(value) ? value.join(",") : value == null ? "" : String(value);
    if (s === "") url.searchParams.delete(key);
    else url.searchParams.set(key, s);
  }
  history.replaceState(history.state, "", url.href);
}
