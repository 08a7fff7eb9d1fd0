/** Removes the "#" comment lines that head the indicator data files; empty text returns "". */
export function stripCommentLines(text: string | null | undefined): string {
  if (text == null) return "";
  return text
    .split(/\r?\n/)
    .filter((line) => !line.trimStart().startsWith("#"))
    .join("\n");
}
