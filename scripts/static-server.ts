import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer, type Server} from "node:http";
import {extname, join, resolve} from "node:path";

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

/**
 * Resolves a URL path to a file in root the way Framework's clean URLs expect; null when none exists. Each path
 * segment is decoded on its own: a `..` segment, or one that decodes to a slash, backslash or NUL
 * (`documents/..%2Fbriefs%2Fx.json`), gives null. Throws a URIError when the percent-encoding is malformed (`/%`).
 */
export function resolveFile(root: string, urlPath: string): string | null {
  const segments = urlPath.split("?")[0].split("#")[0].split("/").map(decodeURIComponent);
  if (segments.some((s) => s === ".." || /[/\\\0]/.test(s))) return null;
  const base = join(root, ...segments);
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Ends a response with a one-line plain-text message (no body for HEAD). */
function answer(res: import("node:http").ServerResponse, status: number, message: string, headers = {}): void {
  res.writeHead(status, {"content-type": types[".txt"], ...headers});
  res.end(res.req.method === "HEAD" ? undefined : `${message}\n`);
}

/**
 * Starts a static file server for `dir` on 127.0.0.1 (port 0 picks a free port); resolves once listening.
 * Answers GET and HEAD only (405 otherwise), 400 for a malformed percent-encoded path, 404 with dist's
 * 404.html for a missing file. Throws `invalid site folder: …` when dir has no index.html; rejects with the
 * listen error (EADDRINUSE, EACCES) when the port cannot be opened.
 */
export function serveStatic(dir: string, port = 0): Promise<Server> {
  const root = resolve(dir);
  if (!existsSync(join(root, "index.html")))
    throw new Error(`invalid site folder: ${dir} has no index.html; run npm run build`);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      answer(res, 405, `method not allowed: ${req.method}`, {allow: "GET, HEAD"});
      return;
    }
    let file: string | null;
    try {
      file = resolveFile(root, req.url ?? "/");
    } catch {
      answer(res, 400, "bad request: malformed percent-encoding in the path");
      return;
    }
    if (!file) {
      const notFound = join(root, "404.html");
      if (!existsSync(notFound)) return answer(res, 404, "not found");
      res.writeHead(404, {"content-type": types[".html"]});
      if (req.method === "HEAD") res.end();
      else createReadStream(notFound).pipe(res);
      return;
    }
    res.writeHead(200, {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "content-length": statSync(file).size,
      "cache-control": "no-cache"
    });
    if (req.method === "HEAD") return void res.end();
    createReadStream(file)
      .on("error", () => res.destroy())
      .pipe(res);
  });
  return new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", () => ok(server)));
}
