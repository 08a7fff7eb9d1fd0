import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {request, type Server} from "node:http";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, beforeAll, describe, expect, test} from "vitest";
import {resolveFile, serveStatic} from "../../scripts/static-server.ts";

/** Sends one raw request (the path is sent as written, not re-encoded) and returns status, headers and body. */
function send(
  port: number,
  path: string,
  method = "GET"
): Promise<{status: number; headers: Record<string, unknown>; body: string}> {
  return new Promise((ok, fail) => {
    const req = request({host: "127.0.0.1", port, path, method}, (res) => {
      let body = "";
      res.setEncoding("utf-8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => ok({status: res.statusCode!, headers: res.headers, body}));
    });
    req.on("error", fail);
    req.end();
  });
}

describe("serveStatic(dir, port)", () => {
  let dir: string;
  let server: Server;
  let port: number;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "fazhi-serve-"));
    writeFileSync(join(dir, "index.html"), "<p>home</p>");
    writeFileSync(join(dir, "404.html"), "<p>missing</p>");
    writeFileSync(join(dir, "coverage.html"), "<p>coverage</p>");
    mkdirSync(join(dir, "_file", "data", "briefs"), {recursive: true});
    mkdirSync(join(dir, "_file", "data", "documents"));
    writeFileSync(join(dir, "_file", "data", "briefs", "liaoyang-city.json"), "{}");
    server = await serveStatic(dir, 0);
    port = (server.address() as {port: number}).port;
  });
  afterAll(async () => {
    await new Promise((ok) => server?.close(ok));
    rmSync(dir, {recursive: true, force: true});
  });

  test("answers 400 to a malformed percent-encoding and keeps serving", async () => {
    for (const path of ["/%", "/%E4%B8", "/coverage%zz"]) {
      const res = await send(port, path);
      expect([path, res.status, res.body]).toEqual([
        path,
        400,
        "bad request: malformed percent-encoding in the path\n"
      ]);
    }
    expect((await send(port, "/coverage")).body).toBe("<p>coverage</p>");
    expect((await send(port, "/_file/data/briefs/liaoyang-city.json")).body).toBe("{}");
  });

  test("answers 405 with Allow: GET, HEAD to other methods", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) {
      const res = await send(port, "/", method);
      expect([res.status, res.headers.allow, res.body]).toEqual([405, "GET, HEAD", `method not allowed: ${method}\n`]);
    }
  });

  test("HEAD gives the status and length without a body", async () => {
    const res = await send(port, "/coverage", "HEAD");
    expect([res.status, res.headers["content-length"], res.body]).toEqual([200, "15", ""]);
  });

  test("a missing file, a .. segment, an encoded slash or a NUL byte gives 404 with the site's 404.html", async () => {
    for (const path of [
      "/nothing",
      "/%2e%2e/etc/passwd",
      "/index%00.html",
      "/_file/data/documents/..%2Fbriefs%2Fliaoyang-city.json",
      "/_file/data/documents/%2E%2E/briefs/liaoyang-city.json"
    ]) {
      const res = await send(port, path);
      expect([path, res.status, res.body]).toEqual([path, 404, "<p>missing</p>"]);
    }
  });

  test("throws one line naming the folder when it has no index.html", () => {
    expect(() => serveStatic(join(dir, "nope"))).toThrow(
      /^invalid site folder: .*nope has no index.html; run npm run build$/
    );
  });

  test("rejects with EADDRINUSE when the port is taken", async () => {
    await expect(serveStatic(dir, port)).rejects.toMatchObject({code: "EADDRINUSE"});
  });
});

describe("resolveFile(root, urlPath)", () => {
  test("maps clean URLs to .html and folder index files, and throws URIError on bad encoding", () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-resolve-"));
    writeFileSync(join(dir, "index.html"), "");
    writeFileSync(join(dir, "about.html"), "");
    expect(resolveFile(dir, "/about?lang=en#x")).toBe(join(dir, "about.html"));
    expect(resolveFile(dir, "/")).toBe(join(dir, "index.html"));
    expect(resolveFile(dir, "/missing")).toBe(null);
    expect(() => resolveFile(dir, "/%")).toThrow(URIError);
    rmSync(dir, {recursive: true, force: true});
  });
});
