import {execFile} from "node:child_process";
import {promisify} from "node:util";

const run = promisify(execFile);

/** Runs the extraction CLI as users do (`npm run extract -- …` runs `tsx loaders/cli.ts …`): exit code and output. */
export async function runCli(args: string[]): Promise<{code: number; stdout: string; stderr: string}> {
  try {
    const {stdout, stderr} = await run("npx", ["tsx", "loaders/cli.ts", ...args], {maxBuffer: 1 << 26});
    return {code: 0, stdout, stderr};
  } catch (error: any) {
    return {code: error.code, stdout: error.stdout, stderr: error.stderr};
  }
}
