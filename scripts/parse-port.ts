/** Parses a TCP port given on the command line: a whole number from 0 to 65535, else null (empty gives null). */
export function parsePort(value: string | null | undefined): number | null {
  if (value == null || !/^\d{1,5}$/.test(value.trim())) return null;
  const port = Number(value.trim());
  return port <= 65535 ? port : null;
}
