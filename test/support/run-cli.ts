import {execFile} from "node:child_process";
import {promisify} from "node:util";

const run = promisify(execFile);

/** The user id of `nobody`, for runs that must not have root's rights (chmod 000 means nothing to root). */
export const NOBODY = 65534;

/**
 * Runs the extraction CLI as users do (`npm run extract -- …` runs `tsx loaders/cli.ts …`): exit code and output.
 * With `uid`, the CLI runs as that user (`node --import tsx loaders/cli.ts`, so that npx needs no cache of its own).
 */
export async function runCli(
  args: string[],
  {uid}: {uid?: number} = {}
): Promise<{code: number; stdout: string; stderr: string}> {
  const [command, prefix] =
    uid === undefined ? ["npx", ["tsx", "loaders/cli.ts"]] : [process.execPath, ["--import", "tsx", "loaders/cli.ts"]];
  const options = uid === undefined ? {} : {uid, gid: uid, env: {...process.env, HOME: "/tmp"}};
  try {
    const {stdout, stderr} = await run(command, [...prefix, ...args], {maxBuffer: 1 << 26, ...options});
    return {code: 0, stdout, stderr};
  } catch (error: any) {
    return {code: error.code, stdout: error.stdout, stderr: error.stderr};
  }
}
