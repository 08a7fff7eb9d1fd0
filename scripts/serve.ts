/**
 * Serves the built site (dist/) on 127.0.0.1 and prints its URL. Clean URLs: /coverage → coverage.html.
 * Usage: npx tsx scripts/serve.ts [--port 3000] [--dir dist]
 */
import {parseArgs} from "node:util";
import {serveStatic} from "./static-server.ts";

const {values} = parseArgs({
  options: {port: {type: "string", default: "3000"}, dir: {type: "string", default: "dist"}}
});
const server = await serveStatic(values.dir!, Number(values.port));
const {port} = server.address() as {port: number};
console.log(`\n  Dashboard: http://127.0.0.1:${port}/\n  (Ctrl-C to stop)\n`);
