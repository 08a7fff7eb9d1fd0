/**
 * tsx bench/profile-summary.ts <file.cpuprofile> [--top N (default 30)] [--json]
 *
 * Summarises a V8 CPU profile (`node --cpu-prof`) by function: self time (samples whose top frame is the function)
 * and total time (samples with the function anywhere on the stack, counted once per sample however deep it recurses),
 * in milliseconds and as shares of the busy time (every sample but `(idle)`, `(program)` and `(garbage collector)`
 * are busy; the latter two are listed like functions). Functions are keyed by name, file, line and column, so two closures of
 * the same name stay apart (tsx's code is one line a file, so the column tells them apart).
 */
import {readFileSync} from "node:fs";
import {basename, resolve} from "node:path";
import {fileURLToPath} from "node:url";

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: {functionName: string; url: string; lineNumber: number; columnNumber: number};
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** One function's times in milliseconds. */
export interface FunctionTime {
  name: string;
  where: string;
  self_ms: number;
  total_ms: number;
}

/** The profile's functions, most self time first, with the sampled and idle time; an empty profile gives no rows. */
export function summariseProfile(profile: CpuProfile): {
  functions: FunctionTime[];
  sampled_ms: number;
  idle_ms: number;
} {
  const parent = new Map<number, number>();
  const key = new Map<number, string>();
  const rows = new Map<string, FunctionTime>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    const {functionName, url, lineNumber, columnNumber} = node.callFrame;
    const name = functionName || "(anonymous)";
    const where = url ? `${basename(url)}:${lineNumber + 1}:${columnNumber + 1}` : "";
    const k = `${name} ${where}`;
    key.set(node.id, k);
    if (!rows.has(k)) rows.set(k, {name, where, self_ms: 0, total_ms: 0});
  }
  let sampled = 0;
  let idle = 0;
  // timeDeltas[i] is the time before sample i; the time a sample stands for is the gap to the next one.
  for (let i = 0; i < profile.samples.length; ++i) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    sampled += ms;
    const top = profile.samples[i];
    if (key.get(top)?.startsWith("(idle) ")) idle += ms;
    rows.get(key.get(top)!)!.self_ms += ms;
    const seen = new Set<string>();
    for (let id: number | undefined = top; id != null; id = parent.get(id)) {
      const k = key.get(id)!;
      if (seen.has(k)) continue;
      seen.add(k);
      rows.get(k)!.total_ms += ms;
    }
  }
  const functions = [...rows.values()]
    .filter((r) => r.total_ms > 0 && r.name !== "(root)")
    .sort((a, b) => b.self_ms - a.self_ms || b.total_ms - a.total_ms);
  return {functions, sampled_ms: sampled, idle_ms: idle};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
  if (!file) throw new Error("usage: tsx bench/profile-summary.ts <file.cpuprofile> [--top N] [--json]");
  const top = Number(args[args.indexOf("--top") + 1]) || 30;
  const summary = summariseProfile(JSON.parse(readFileSync(file, "utf8")) as CpuProfile);
  const busy = summary.sampled_ms - summary.idle_ms;
  if (args.includes("--json")) process.stdout.write(JSON.stringify(summary) + "\n");
  else {
    console.log(`sampled ${(summary.sampled_ms / 1000).toFixed(2)} s, busy ${(busy / 1000).toFixed(2)} s`);
    console.log("   self ms  self %   total ms total %  function");
    for (const f of summary.functions.filter((r) => !r.name.startsWith("(idle)")).slice(0, top))
      console.log(
        `${f.self_ms.toFixed(0).padStart(10)} ${((100 * f.self_ms) / busy).toFixed(1).padStart(6)} ` +
          `${f.total_ms.toFixed(0).padStart(10)} ${((100 * f.total_ms) / busy).toFixed(1).padStart(7)}  ${f.name} ${f.where}`
      );
  }
}
