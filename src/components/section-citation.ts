/** Headings longer than this many characters are cut with "…" in a citation. */
const MAX_HEADING = 20;

/**
 * A quote's place in its document as a brief cites it: the outline labels from the top level down, then the nearest
 * heading ("五、(二) 强化行政复议监督", "二、(四) 11. 33) 加强行政执法队伍建设": a label after one ending in 、 follows it
 * directly, others after a space); the heading is cut to 20 characters with "…"; no labels gives "正文（未编号部分）"
 * ("unnumbered text" in English).
 */
export function sectionCitation(
  section: {labels: readonly string[]; heading: string | null} | null | undefined,
  lang: "zh" | "en" = "zh"
): string {
  if (section == null || section.labels.length === 0) return lang === "en" ? "unnumbered text" : "正文（未编号部分）";
  const heading = section.heading?.trim();
  const cut =
    heading && [...heading].length > MAX_HEADING ? `${[...heading].slice(0, MAX_HEADING).join("")}…` : heading;
  // "五、" runs on into "(二)"; other labels ("19." "48)") are kept apart so they do not read as one number.
  const labels = section.labels.map((l, i) => (i === 0 || section.labels[i - 1].endsWith("、") ? l : ` ${l}`)).join("");
  return `${labels}${cut ? ` ${cut}` : ""}`;
}
