/** Control characters, which would break a line of output (a file name may hold a newline). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes
const CONTROL = /[\u0000-\u001f\u007f]/g;
const NAMED: Record<string, string> = {"\n": "\\n", "\r": "\\r", "\t": "\\t"};

/** The text on one line, control characters escaped (\n, \r, \t, \xNN); null and empty input return "". */
export function printable(text: string | null | undefined): string {
  if (text == null) return "";
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
