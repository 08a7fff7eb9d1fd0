import {readFileSync} from "node:fs";

/** The parent process when this module was loaded (for `npm run extract`: tsx, which runs the CLI as its child). */
const parent = process.ppid;

/**
 * Whether the process that started this one has gone (killed with SIGKILL, say), so that nobody waits for this
 * process's output any more: on Linux the parent in /proc/self/stat is no longer the one at start, elsewhere the
 * start parent no longer answers signal 0. A process whose parent was already init (1) is never orphaned.
 */
export function orphaned(): boolean {
  if (parent <= 1) return false;
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) !== parent;
  } catch {
    try {
      process.kill(parent, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ESRCH";
    }
  }
}
