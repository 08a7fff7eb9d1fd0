import {defineConfig} from "vitest/config";

export default defineConfig({
  // Components import d3 as the browser does (Framework's npm: protocol); in node the same package comes from node_modules.
  resolve: {alias: [{find: /^npm:d3$/, replacement: "d3"}]},
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    pool: "forks",
    env: {TZ: "Asia/Shanghai"}
  }
});
