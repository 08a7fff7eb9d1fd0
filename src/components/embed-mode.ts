/**
 * Embed mode: with ?embed=<chart id> in the URL, the page shows only that chart card (no sidebar, header,
 * controls or footer), for iframes in reports. Call once per page; returns the id or null.
 */
export function embedMode(): string | null {
  const id = new URLSearchParams(location.search).get("embed");
  if (!id) return null;
  document.documentElement.classList.add("embed-mode");
  document.documentElement.dataset.embed = id;
  const style = document.createElement("style");
  style.textContent = `html.embed-mode #observablehq-sidebar, html.embed-mode #observablehq-sidebar-toggle, html.embed-mode #observablehq-header,
    html.embed-mode #observablehq-footer, html.embed-mode #observablehq-center > main > :not(.observablehq:has(#${CSS.escape(id)})) {display: none !important;}
    html.embed-mode #observablehq-center {margin: 0 !important; padding: 0 !important;}
    html.embed-mode .chart-tools {display: none;}`;
  document.head.append(style);
  return id;
}
