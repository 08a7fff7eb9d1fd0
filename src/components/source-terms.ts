/**
 * English text that quotes Chinese terms ("放管服 reform", "纲要 chapter 2") as a <span>: each run of Chinese is its
 * own <span lang="zh" data-source-text>, so screen readers switch voice and the English pages' language check
 * (test/browser/language.browser.test.ts) reads the terms as quotations. Null gives an empty span.
 */
export function sourceTerms(text: string | null | undefined): HTMLSpanElement {
  const span = document.createElement("span");
  for (const [k, part] of (text ?? "")
    .split(/([\p{Script=Han}、，。（）《》“”]+(?:[\p{Script=Han}、，。（）《》“”]+)*)/u)
    .entries()) {
    if (!part) continue;
    if (k % 2 === 0) span.append(part);
    else {
      const term = document.createElement("span");
      term.lang = "zh";
      term.dataset.sourceText = "";
      term.textContent = part;
      span.append(term);
    }
  }
  return span;
}
