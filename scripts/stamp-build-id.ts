/**
 * Writes the site's build id (the data release's, loaders/site/release) into every page as
 * `<meta name="fazhi-build" content="<id>">`, so chart exports can name the build they come from
 * (src/components/build-id.ts reads it). Deterministic: the same corpus gives the same id.
 */
import {existsSync, readdirSync, readFileSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";

/** The page with the build-id meta element added at the end of its <head>; a page without </head> is unchanged. */
export function withBuildId(html: string, buildId: string): string {
  const meta = `<meta name="fazhi-build" content="${buildId.replace(/[^0-9a-z-]/gi, "")}">`;
  return html.includes("</head>") ? html.replace("</head>", `${meta}\n</head>`) : html;
}

/** The build id of a built site: `build_id` of its `_file/data/release.<hash>.json`; null when there is none. */
export function readBuildId(dist: string): string | null {
  const dir = join(dist, "_file", "data");
  const file = existsSync(dir) ? readdirSync(dir).find((name) => /^release\.[0-9a-f]{8}\.json$/.test(name)) : null;
  return file ? (JSON.parse(readFileSync(join(dir, file), "utf-8")).build_id ?? null) : null;
}

/** Adds the build-id meta element to every .html file under dir (recursively); returns how many pages. */
export function stampBuildId(dir: string, buildId: string): number {
  let stamped = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) stamped += stampBuildId(path, buildId);
    else if (name.endsWith(".html")) {
      writeFileSync(path, withBuildId(readFileSync(path, "utf-8"), buildId));
      stamped++;
    }
  }
  return stamped;
}
