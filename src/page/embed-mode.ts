import {EMBED_HEIGHT_MESSAGE} from "../components/embed-snippet.js";
import {t} from "./lang.js";

/**
 * Embed mode: with ?embed=<chart id> in the URL, the page shows only the element with that id (its chart card:
 * no sidebar, header, controls, other cells or footer), for iframes in reports, with a line under it linking to
 * the view on the site and stating the licence. An id the page does not have shows "no chart with id …" once the
 * page has settled. In an iframe, the page posts its height to the parent (EMBED_HEIGHT_MESSAGE) whenever it
 * changes. Idempotent; every page with chart cards calls it first; returns the id, or null without ?embed=.
 */
export function embedMode(): string | null {
  const id = new URLSearchParams(location.search).get("embed");
  if (!id) return null;
  const root = document.documentElement;
  if (root.classList.contains("embed-mode")) return id;
  root.classList.add("embed-mode");
  root.dataset.embed = id;
  const chart = `#${CSS.escape(id)}`;
  const style = document.createElement("style");
  style.textContent = `html.embed-mode #observablehq-sidebar, html.embed-mode #observablehq-sidebar-toggle,
    html.embed-mode #observablehq-header, html.embed-mode #observablehq-toc, html.embed-mode #observablehq-footer,
    html.embed-mode #observablehq-main *:not(:has(${chart}), ${chart}, ${chart} *, .embed-note, .embed-note *) {display: none !important;}
    html.embed-mode #observablehq-main :has(${chart}) {display: block !important; margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important;}
    html.embed-mode #observablehq-center {margin: 0 !important; padding: 0 !important;}
    html.embed-mode #observablehq-main {margin: 0 !important; padding: 8px !important; min-height: 0 !important;}
    html.embed-mode .chart-tools {display: none;}
    html.embed-mode .embed-note {font-size: 12px; color: var(--theme-foreground-muted); margin: 6px 0 0;}`;
  document.head.append(style);
  if (document.readyState === "loading") addEventListener("DOMContentLoaded", () => watchEmbed(id));
  else watchEmbed(id);
  return id;
}

/** Adds the link and licence line and the missing-chart message, and keeps the parent told of the height. */
function watchEmbed(id: string): void {
  const main = document.getElementById("observablehq-main") ?? document.body;
  const view = new URL(location.href);
  view.searchParams.delete("embed");
  view.hash = id;
  const credit = document.createElement("p");
  credit.className = "embed-note embed-credit";
  const link = document.createElement("a");
  link.href = view.href;
  link.target = "_blank";
  link.rel = "noopener";
  link.dataset.action = "open-on-site";
  link.textContent = t("在网站上打开 ↗", "Open on the site ↗");
  credit.append(
    "法治政府建设文件比较 · fazhi-compare — ",
    link,
    t(
      " · 代码 MIT 许可；数据取自公开的政府文件。",
      " · Code: MIT licence; data derived from public government documents."
    )
  );
  const missing = document.createElement("p");
  missing.className = "embed-note embed-missing";
  missing.setAttribute("role", "alert");
  missing.hidden = true;
  missing.textContent = t(`本页没有 id 为“${id}”的图表。`, `No chart with id “${id}” on this page.`);
  main.append(missing, credit);
  let posted = 0;
  const postHeight = () => {
    if (window.parent === window) return;
    const height = Math.ceil(credit.getBoundingClientRect().bottom + scrollY + 8);
    if (height !== posted) window.parent.postMessage({type: EMBED_HEIGHT_MESSAGE, id, height}, "*");
    posted = height;
  };
  new ResizeObserver(postHeight).observe(main);
  const update = () => {
    missing.hidden = document.getElementById(id) != null;
    postHeight();
  };
  whenSettled(() => {
    update();
    new MutationObserver(update).observe(main, {childList: true, subtree: true});
  });
}

/** Calls done once the document has loaded and no Observable cell has been pending for three checks in a row. */
function whenSettled(done: () => void): void {
  let quiet = 0;
  const tick = () => {
    quiet = document.readyState === "complete" && !document.querySelector("observablehq-loading") ? quiet + 1 : 0;
    if (quiet >= 3) done();
    else setTimeout(tick, 100);
  };
  tick();
}
