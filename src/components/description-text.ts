import {sourceTerms} from "./source-terms.js";

/**
 * A description of the data dictionary or the topic taxonomy as a <span>, in the language it is written in: text in
 * `backticks` (column names, coded values: `lead`, `texts.text`) becomes <code>; in English the Chinese terms it quotes
 * are marked as source text (sourceTerms). Null gives an empty span.
 */
export function descriptionText(text: string | null | undefined, lang: "zh" | "en"): HTMLSpanElement {
  const span = document.createElement("span");
  for (const [k, part] of (text ?? "").split("`").entries()) {
    if (!part) continue;
    if (k % 2 === 1) {
      const code = document.createElement("code");
      code.textContent = part;
      span.append(code);
    } else if (lang === "en") span.append(...sourceTerms(part).childNodes);
    else span.append(part);
  }
  return span;
}
