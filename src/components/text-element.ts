/** A new HTML element holding `text` as a text node (never parsed as HTML), with `className` when given. */
export function textElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text = "",
  className = ""
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (className) e.className = className;
  return e;
}
