import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, normalize, resolve} from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".zip": "application/zip"
};

/** Resolves a URL path to a file in root the way Framework's clean URLs expect; null when none exists. */
export function resolveFile(root: string, urlPath: string): string | null {
  const path = normalize(decodeURIComponent(urlPath.split("?")[0].split("#")[0]));
  if (path.includes("..")) return null;
  const base = join(root, path);
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Starts a static file server for `dir` on 127.0.0.1 (port 0 picks a free port); resolves once listening. */
export function serveStatic(dir: string, port = 0): Promise<Server> {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html")))
    throw new Error(`invalid site folder: ${dir} has no index.html; run npm run build`);
  const server = createServer((req, res) => {
    const file = resolveFile(root, req.url ?? "/");
    if (!file) {
      const notFound = join(root, "404.html");
      res.writeHead(404, {"content-type": types[".html"]});
      if (existsSync(notFound)) createReadStream(notFound).pipe(res);
      else res.end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache"
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", () => ok(server)));
}
