/** The `type` of the message an embedded chart posts to the page around its iframe, with its height in px. */
export const EMBED_HEIGHT_MESSAGE = "fazhi-embed-height";

/** Text made safe inside an HTML attribute value or element: & < > " escaped. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export interface EmbedSnippetOptions {
  /** The chart's id (?embed=<id>). */
  id: string;
  /** The page URL with the view state, without ?embed= (the "open on the site" link). */
  view: string;
  title: string;
  /** The citation line. */
  source: string;
  /** Starting height of the iframe in px; the embedded page then posts its own. */
  height: number;
  /** Label of the link to the site, in the current language. */
  openLabel: string;
}

/**
 * The HTML a report author pastes to embed a chart: an iframe of `view` with ?embed=<id>, a caption with the
 * citation and a link to the view on the site, and a small script that sets the iframe's height from the
 * embedded page's messages (EMBED_HEIGHT_MESSAGE), accepted only from the site's origin.
 */
export function embedSnippet({id, view, title, source, height, openLabel}: EmbedSnippetOptions): string {
  const url = new URL(view);
  url.searchParams.set("embed", id);
  url.hash = "";
  const script =
    `addEventListener("message",function(e){if(e.origin!==${JSON.stringify(url.origin)}||!e.data||` +
    `e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `document.querySelectorAll("iframe[data-fazhi-embed]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.height=String(e.data.height)})})`;
  return (
    `<figure><iframe data-fazhi-embed="${escapeHtml(id)}" src="${escapeHtml(url.href)}" width="100%" ` +
    `height="${Math.round(height)}" style="border:0" title="${escapeHtml(title)}"></iframe>` +
    `<figcaption>${escapeHtml(source)} · <a href="${escapeHtml(view)}">${escapeHtml(openLabel)}</a></figcaption>` +
    `<script>${script}</script></figure>`
  );
}
