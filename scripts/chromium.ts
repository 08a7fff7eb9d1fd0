/**
 * How the browser tests and the site benchmark drive Chromium: Debian's build (or CHROMIUM_PATH), headless with
 * background networking off, and every request that leaves 127.0.0.1 blocked and recorded.
 */
import {chromium, type Browser, type BrowserContext} from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Launch arguments: headless, no GPU, no QUIC, and none of Chromium's own calls home. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Launches headless Chromium with chromiumArgs. */
export function launchChromium(executablePath = chromiumPath): Promise<Browser> {
  return chromium.launch({executablePath, args: chromiumArgs});
}

/**
 * Aborts every http(s)/ws(s) request of the context whose host is not 127.0.0.1 and passes its URL to `blocked`;
 * `seen` gets every request's URL first.
 */
export async function blockExternal(
  context: BrowserContext,
  blocked: (url: string) => void,
  seen?: (url: string) => void
): Promise<void> {
  await context.route("**/*", (r) => {
    seen?.(r.request().url());
    const url = new URL(r.request().url());
    if (["http:", "https:", "ws:", "wss:"].includes(url.protocol) && url.hostname !== "127.0.0.1") {
      blocked(url.href);
      return r.abort("blockedbyclient");
    }
    return r.continue();
  });
}
