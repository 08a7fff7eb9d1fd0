// npm run mutate: Stryker over the rule tables (stryker.config.mjs). StrykerJS 10 stops at start-up on Node < 22
// (its engines say >=22) although it runs on the Node 20 this project supports (package.json engines); so on Node 20
// this reports version 22 to Stryker's start-up check, and on Node 22 or later it is the same as `npx stryker run`.
if (Number(process.versions.node.split(".")[0]) < 22) Object.defineProperty(process, "version", {value: "v22.0.0"});
const {StrykerCli} = await import("@stryker-mutator/core");
new StrykerCli([process.argv[0], "stryker", "run", "stryker.config.mjs", ...process.argv.slice(2)]).run();
