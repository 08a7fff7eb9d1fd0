/**
 * Serves the built site (dist/) on 127.0.0.1 and prints its URL. Clean URLs: /coverage → coverage.html.
 * Usage: npx tsx scripts/serve.ts [--port 3000] [--dir dist]
 * A bad --port, a port in use or a missing dist/ is one line on stderr and exit code 2 (usage) or 1 (port).
 */
import {parseArgs} from "node:util";
import {parsePort} from "./parse-port.ts";
import {serveStatic} from "./static-server.ts";

/** Prints one line on stderr and exits with the given code. */
function fail(message: string, code: number): never {
  console.error(`serve: ${message}`);
  process.exit(code);
}

let values: {port?: string; dir?: string};
try {
  ({values} = parseArgs({options: {port: {type: "string", default: "3000"}, dir: {type: "string", default: "dist"}}}));
} catch (error) {
  fail(`${(error as Error).message.split("\n")[0]} (usage: npm run serve -- [--port N] [--dir dist])`, 2);
}
const port = parsePort(values.port!);
if (port == null) fail(`invalid --port: ${values.port} (expected a whole number from 0 to 65535)`, 2);
let server;
try {
  server = await serveStatic(values.dir!, port);
} catch (caught) {
  const error = caught as NodeJS.ErrnoException;
  if (error.code === "EADDRINUSE")
    fail(`port ${port} on 127.0.0.1 is in use; stop the other server or pass --port N`, 1);
  if (error.code === "EACCES") fail(`no permission to listen on port ${port}; pass --port N above 1023`, 1);
  fail(error.message, 2);
}
const {port: actual} = server.address() as {port: number};
console.log(`\n  Dashboard: http://127.0.0.1:${actual}/\n  (Ctrl-C to stop)\n`);
