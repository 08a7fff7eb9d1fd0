import {execFile, spawn} from "node:child_process";
import {createServer} from "node:net";
import {mkdtempSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {promisify} from "node:util";
import {describe, expect, test} from "vitest";

const run = promisify(execFile);

/** Runs `tsx scripts/serve.ts …` as `npm run serve -- …` does, for a command that must exit: code and output. */
async function serve(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run("npx", ["tsx", "scripts/serve.ts", ...args], {timeout: 30_000});
    return {code: 0, stdout, stderr};
  } catch (error: any) {
    return {code: error.code, stdout: error.stdout, stderr: error.stderr};
  }
}

describe("npm run serve (scripts/serve.ts)", () => {
  test("a bad --port is one line and exit code 2", async () => {
    for (const port of ["abc", "70000", "3000.5"]) {
      const {code, stderr} = await serve(["--port", port, "--dir", "dist"]);
      expect([code, stderr]).toEqual([2, `serve: invalid --port: ${port} (expected a whole number from 0 to 65535)\n`]);
    }
  });

  test("a missing site folder is one line and exit code 2", async () => {
    const {code, stderr} = await serve(["--port", "0", "--dir", "/nonexistent/dist"]);
    expect([code, stderr]).toEqual([
      2,
      "serve: invalid site folder: /nonexistent/dist has no index.html; run npm run build\n"
    ]);
  });

  test("an unknown option is one line and exit code 2", async () => {
    const {code, stderr} = await serve(["--prot", "3000"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^serve: Unknown option '--prot'.*\(usage: npm run serve -- \[--port N\] \[--dir dist\]\)\n$/
    );
  });

  test("a port in use is one line and exit code 1; a free port prints the URL", async () => {
    const dir = mkdtempSync(join(tmpdir(), "fazhi-serve-cli-"));
    writeFileSync(join(dir, "index.html"), "<p>home</p>");
    const blocker = createServer();
    await new Promise<void>((ok) => blocker.listen(0, "127.0.0.1", ok));
    const taken = (blocker.address() as {port: number}).port;
    try {
      const {code, stderr} = await serve(["--port", String(taken), "--dir", dir]);
      expect([code, stderr]).toEqual([
        1,
        `serve: port ${taken} on 127.0.0.1 is in use; stop the other server or pass --port N\n`
      ]);
      const child = spawn("npx", ["tsx", "scripts/serve.ts", "--port", "0", "--dir", dir], {detached: true});
      try {
        const url = await new Promise<string>((ok, fail) => {
          let out = "";
          child.stdout.on("data", (chunk) => {
            out += chunk;
            const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
            if (m) ok(m[0]);
          });
          child.on("exit", (code) => fail(new Error(`serve exited with ${code}`)));
        });
        expect(await (await fetch(url)).text()).toBe("<p>home</p>");
      } finally {
        process.kill(-child.pid!);
      }
    } finally {
      blocker.close();
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
