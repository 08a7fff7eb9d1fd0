import {t} from "./lang.js";
import type {TaggedElement} from "./tag-rows.js";

/** A quote a mark stands for: its text, where it is (/document?id=…#c<start>-<end>) and an optional heading. */
export interface Quote {
  text: string;
  href: string;
  label?: string;
}

export interface MarkQuotesOptions<T> {
  /** The quotes of a mark's row (tagged by tagRows); may fetch. [] shows that the mark has none. */
  quotes: (row: T) => Quote[] | Promise<Quote[]>;
  lang: "zh" | "en";
  /** At most this many quotes are listed, then how many more there are. */
  limit?: number;
}

/** The row of the tagged mark under a click: the target's or an ancestor's, else any element under the pointer. */
function rowAt(event: MouseEvent): {row: unknown} | null {
  for (let el = event.target as Element | null; el; el = el.parentElement) {
    if ("__row" in el) return {row: (el as TaggedElement).__row};
  }
  if (!event.clientX && !event.clientY) return null; // a keyboard "click": no point to look under
  for (const el of document.elementsFromPoint(event.clientX, event.clientY)) {
    if ("__row" in el) return {row: (el as TaggedElement).__row};
  }
  return null;
}

/**
 * Wraps a chart so a click on a mark drawn with tagRows opens a box beside it with the mark's quotes, each with a
 * link to its place in the document; a click elsewhere, its close button or Escape closes it. The click does not
 * follow a mark's own href (the box links instead); a keyboard activation still does. A chart without tagged marks
 * is wrapped unchanged.
 */
export function markQuotes<T>(chart: Element, {quotes, lang, limit = 20}: MarkQuotesOptions<T>): HTMLElement {
  const wrapper = document.createElement("div");
  wrapper.className = "mark-quotes";
  wrapper.append(chart);
  const box = document.createElement("div");
  box.className = "quote-popover";
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-label", t("原文", "Quotes", lang));
  box.hidden = true;
  wrapper.append(box);
  let shown = 0;
  const close = () => {
    box.hidden = true;
    box.replaceChildren();
    shown++;
  };
  wrapper.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  wrapper.addEventListener("click", async (event) => {
    if (box.contains(event.target as Node)) return;
    const hit = rowAt(event);
    if (hit == null) return close();
    event.preventDefault();
    const ticket = ++shown;
    const at = wrapper.getBoundingClientRect();
    box.style.left = `${Math.max(0, Math.min(event.clientX - at.left + 8, at.width - 360))}px`;
    box.style.top = `${event.clientY - at.top + 8}px`;
    box.replaceChildren(document.createTextNode("…"));
    box.hidden = false;
    const list = await quotes(hit.row as T);
    if (ticket !== shown) return; // another click came first
    const closer = document.createElement("button");
    closer.type = "button";
    closer.className = "quote-close";
    closer.textContent = "×";
    closer.setAttribute("aria-label", t("关闭", "Close", lang));
    closer.addEventListener("click", close);
    const items = list.slice(0, limit).map((q) => {
      const item = document.createElement("div");
      item.className = "quote";
      if (q.label) {
        const head = document.createElement("div");
        head.className = "quote-label";
        head.textContent = q.label;
        item.append(head);
      }
      const text = document.createElement("blockquote");
      text.textContent = q.text;
      const link = document.createElement("a");
      link.href = q.href;
      link.textContent = t("打开原文 →", "Open in the document →", lang);
      item.append(text, link);
      return item;
    });
    const rest = list.length - items.length;
    const note = document.createElement("p");
    note.className = "small-note";
    note.textContent = !list.length
      ? t("此标记没有原文。", "No quote behind this mark.", lang)
      : rest > 0
        ? t(`另有 ${rest} 条未列出。`, `${rest} more not listed.`, lang)
        : "";
    box.replaceChildren(closer, ...items, note);
  });
  return wrapper;
}
