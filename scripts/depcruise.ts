// Checks the import boundaries of .dependency-cruiser.mjs (npm run lint). dependency-cruiser's own CLI refuses Node 20
// (its engines say ^22||^24||>=26) while its API runs on it, so this calls the API with the same configuration: on
// Node 22 or later, `npx depcruise loaders src scripts bench test` reports the same.
import {cruise, format} from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";

const options = await extractDepcruiseOptions("./.dependency-cruiser.mjs");
const cruised = await cruise(["loaders", "src", "scripts", "bench", "test"], options, undefined, {
  tsConfig: extractTSConfig("tsconfig.json")
});
if (typeof cruised.output === "string") throw new Error("dependency-cruiser returned a report instead of a result");
const report = await format(cruised.output, {outputType: "err"});
process.stdout.write(String(report.output));
process.exitCode = report.exitCode;
