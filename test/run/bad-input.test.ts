// The bad-input battery of issue 10: every row is a real corpus made on disk, a real CLI run, and what must come of it
// — the exit code, one clear line per problem naming the document, the documents that still come out and the user's
// files that are still there. The next bad case is one more row.
import {spawn, spawnSync} from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync
} from "node:fs";
import {symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterAll, describe, expect, test} from "vitest";
import iconv from "iconv-lite";
import {MANIFEST_COLUMNS} from "../../loaders/metadata/read-manifest.ts";
import {docxBomb} from "../support/docx-fixture.ts";
import {query} from "../support/duckdb.ts";
import {NOBODY, runCli} from "../support/run-cli.ts";

const GOOD = "seeds/ordos-2023-report.txt";
/** A process id that no longer exists: a child that has run and exited. */
const DEAD = spawnSync("true").pid!;
const isRoot = process.getuid?.() === 0;

interface Case {
  name: string;
  /** Writes the inputs under `dir` (the corpus is `dir/in`, the output `dir/out` unless args say otherwise). */
  make: (dir: string) => void;
  args?: (dir: string) => string[];
  /** Run as `nobody`: needed when the case relies on permissions, which root ignores. */
  nobody?: boolean;
  /** Skip the row (with this reason) when the machine cannot make its input. */
  skip?: () => string | null;
  code: number;
  /** Each must match a line of the output (stdout and stderr). */
  messages: RegExp[];
  /** Base names of documents that must come out with their text. */
  documents: string[];
  /** Paths under `dir` that must still exist afterwards (lstat: a link counts, not its target). */
  files: string[];
  /** Paths under `dir` that must not exist afterwards. */
  gone?: string[];
  /** Check of a file's content afterwards: [path under dir, expected text]. */
  content?: [string, string];
}

/** Unreadable entries of every kind, and docx bombs, in one corpus next to one good document. */
function unreadableEntries(dir: string): void {
  const input = join(dir, "in");
  mkdirSync(input);
  copyFileSync(GOOD, join(input, "good.txt"));
  copyFileSync(GOOD, join(input, "line\nbreak.txt"));
  writeFileSync(Buffer.from(`${input}/\xb7\xa8\xd6\xce.txt`, "latin1"), "GBK-named file");
  writeFileSync(Buffer.from(`${input}/caf\xe9.txt`, "latin1"), "Latin-1-named file");
  symlinkSync("missing.txt", join(input, "dangling.txt"));
  symlinkSync("loop2.txt", join(input, "loop1.txt"));
  symlinkSync("loop1.txt", join(input, "loop2.txt"));
  mkdirSync(join(input, "up"));
  symlinkSync("..", join(input, "up", "again"));
  symlinkSync("/etc/passwd", join(input, "passwd.txt"));
  writeFileSync(join(input, "locked.txt"), "no one may read this");
  chmodSync(join(input, "locked.txt"), 0o000);
  mkdirSync(join(input, "closed"));
  writeFileSync(join(input, "closed", "inside.txt"), "behind a closed folder");
  chmodSync(join(input, "closed"), 0o000);
  writeFileSync(join(input, "tags.html"), "<a ".repeat(300_000)); // took 51 s when html-to-text was quadratic; now text
  const seed = readFileSync(GOOD);
  writeFileSync(join(input, "truncated.txt"), seed.subarray(0, seed.length - 1)); // cut inside the last character
  // eslint-disable-next-line no-control-regex -- all ASCII, NUL included, is dropped
  writeFileSync(join(input, "utf16.txt"), iconv.encode(seed.toString("utf8").replace(/[\x00-\x7f]/g, ""), "utf-16le"));
  writeFileSync(join(input, "bomb.docx"), docxBomb("<w:p/>", 3_000_000));
  writeFileSync(join(input, "liar.docx"), docxBomb("<w:p/>", 500_000, 1000));
}

const unreadableMessages = [
  /^extract: \d+\/16 docs .*\/in\/line\\nbreak\.txt$/,
  /^warning tags: no numbered outline found/,
  /^warning truncated: invalid UTF-8 at byte \d+; decoded as UTF-8 with U\+FFFD in their place/,
  /^warning utf16: decoded as UTF-16LE \(no byte-order mark\)$/,
  /^ERROR .*\/in\/\\xb7\\xa8\\xd6\\xce\.txt: file name is not valid UTF-8 \(shown with \\x escapes\); rename it$/,
  /^ERROR .*\/in\/caf\\xe9\.txt: file name is not valid UTF-8/,
  /^ERROR .*\/in\/dangling\.txt: dangling symbolic link \(→ missing\.txt\)$/,
  /^ERROR .*\/in\/loop1\.txt: symbolic link loop$/,
  /^ERROR .*\/in\/up\/again: symbolic link loop \(a folder already read\); not followed$/,
  /^ERROR .*\/in\/passwd\.txt: symbolic link leads out of .*\/in \(→ \/etc\/passwd\); not followed$/,
  /^ERROR .*\/in\/locked\.txt: cannot read file: permission denied \(EACCES\)$/,
  /^ERROR .*\/in\/closed: cannot read folder: permission denied \(EACCES\)$/,
  /^ERROR .*\/in\/bomb\.docx: \.docx not inflated: word\/document\.xml would expand \d+× \(18\.\d MB from 0\.0 MB; limit 100×\): a zip bomb\?$/,
  /^ERROR .*\/in\/liar\.docx: \.docx not inflated: word\/document\.xml inflates past its declared 0\.0 MB: a zip bomb\?$/
];
const unreadableFiles = [
  "in/good.txt",
  "in/dangling.txt",
  "in/loop1.txt",
  "in/up/again",
  "in/passwd.txt",
  "in/locked.txt",
  "in/closed",
  "in/tags.html",
  "in/bomb.docx",
  "in/liar.docx"
];

/** A corpus of the good document and one more made by `extra`. */
const withGood =
  (extra: (input: string) => void) =>
  (dir: string): void => {
    const input = join(dir, "in");
    mkdirSync(input);
    copyFileSync(GOOD, join(input, "good.txt"));
    extra(input);
  };

const seedTimes = (n: number) => readFileSync("seeds/dongsheng-2022-plan.txt", "utf8").repeat(n);

const cases: Case[] = [
  {
    name: "unreadable entries and docx bombs, in memory: each an error row, the good document out",
    make: unreadableEntries,
    nobody: true,
    code: 1,
    messages: unreadableMessages,
    documents: ["good.txt", "line\nbreak.txt", "tags.html", "truncated.txt", "utf16.txt"],
    files: unreadableFiles
  },
  {
    name: "the same corpus with --workers 2",
    make: unreadableEntries,
    args: (dir) => [join(dir, "in"), "--out", join(dir, "out"), "--workers", "2"],
    nobody: true,
    code: 1,
    messages: unreadableMessages,
    documents: ["good.txt", "line\nbreak.txt", "tags.html", "truncated.txt", "utf16.txt"],
    files: unreadableFiles
  },
  {
    name: "a document over its time budget on a worker thread is stopped; the rest come out (--workers 1000 capped)",
    make: withGood((input) => writeFileSync(join(input, "slow.txt"), seedTimes(60))),
    args: (dir) => [join(dir, "in"), "--out", join(dir, "out"), "--workers", "1000", "--time-budget", "1"],
    code: 1,
    messages: [
      /^ERROR .*\/in\/slow\.txt: took longer than 1 s \(time budget\); stopped$/,
      /^wrote 2 documents as 12 tables/
    ],
    documents: ["good.txt"],
    files: ["in/slow.txt"]
  },
  {
    name: "the default run (a few files, no --workers) holds the time budget too: the slow document is stopped",
    make: withGood((input) => writeFileSync(join(input, "slow.txt"), seedTimes(60))),
    args: (dir) => [join(dir, "in"), "--out", join(dir, "out"), "--time-budget", "1"],
    code: 1,
    messages: [
      /^ERROR .*\/in\/slow\.txt: took longer than 1 s \(time budget\); stopped$/,
      /^wrote 2 documents as 12 tables/
    ],
    documents: ["good.txt"],
    files: ["in/slow.txt"]
  },
  {
    name: "the default run holds the memory budget too: the document over it is an error row, the rest come out",
    make: withGood((input) => writeFileSync(join(input, "huge.txt"), seedTimes(200))),
    args: (dir) => [join(dir, "in"), "--out", join(dir, "out"), "--memory-budget", "32", "--max-mb", "50"],
    code: 1,
    messages: [/^ERROR .*\/in\/huge\.txt: worker ran out of memory \(budget 32 MB\); skipped$/],
    documents: ["good.txt"],
    files: ["in/huge.txt"]
  },
  {
    name: "a worker running out of its memory budget becomes an error row naming the document",
    make: withGood((input) => writeFileSync(join(input, "huge.txt"), seedTimes(200))),
    args: (dir) => [
      join(dir, "in"),
      "--out",
      join(dir, "out"),
      "--workers",
      "2",
      "--memory-budget",
      "32",
      "--max-mb",
      "50"
    ],
    code: 1,
    messages: [/^ERROR .*\/in\/huge\.txt: worker ran out of memory \(budget 32 MB\); skipped$/],
    documents: ["good.txt"],
    files: ["in/huge.txt"]
  },
  {
    name: "a GBK manifest: rows match on the path relative to it; a row for a missing file is a warning",
    make: withGood((input) => {
      mkdirSync(join(input, "a"));
      mkdirSync(join(input, "b"));
      copyFileSync(GOOD, join(input, "a", "x.txt"));
      copyFileSync(GOOD, join(input, "b", "x.txt"));
      const columns = MANIFEST_COLUMNS.map((c) => `"${c}"`).join(",");
      const row = (id: string, file: string) =>
        MANIFEST_COLUMNS.map((c) =>
          c === "doc_id" ? id : c === "file" ? file : c === "doc_type" ? "annual_report" : c === "title" ? "报告" : ""
        ).join(",");
      const csv = [columns, row("ax", "a/x.txt"), row("gone", "old/gone.txt")].join("\r\n");
      writeFileSync(join(input, "manifest.csv"), iconv.encode(csv, "gbk"));
    }),
    code: 0,
    messages: [
      /^extract: warning: .*\/in\/manifest\.csv row 2 \(gone\): file old\/gone\.txt is not among the inputs$/,
      /^ax\s+\d+/
    ],
    documents: ["x.txt", "x.txt", "good.txt"],
    files: ["in/manifest.csv"]
  },
  {
    name: "--out locked by a live run: refused with exit 2, nothing touched",
    make: withGood(() => {}),
    args: (dir) => (
      writeFileSync(join(dir, ".out.lock"), `${process.pid}\n`),
      [join(dir, "in"), "--out", join(dir, "out")]
    ),
    code: 2,
    messages: [/^extract: refusing --out .*\/out: another extract \(process \d+\) is writing it; wait for it$/],
    documents: [],
    files: ["in/good.txt", ".out.lock"],
    gone: ["out"]
  },
  {
    name: "leftovers of a run killed between its renames: the previous output is put back, then replaced; no leftovers",
    make: withGood(() => {}),
    args: (dir) => {
      mkdirSync(join(dir, `.out.old-${DEAD}`));
      writeFileSync(join(dir, `.out.old-${DEAD}`, ".fazhi-extract-output"), "");
      mkdirSync(join(dir, `.out.tmp-${DEAD}`));
      writeFileSync(join(dir, `.out.tmp-${DEAD}`, "items.parquet"), "half-written");
      writeFileSync(join(dir, ".out.lock"), `${DEAD}\n`);
      return [join(dir, "in"), "--out", join(dir, "out")];
    },
    code: 0,
    messages: [/^wrote 1 document as 12 tables to /],
    documents: ["good.txt"],
    files: ["in/good.txt", "out/.fazhi-extract-output"],
    gone: [`.out.old-${DEAD}`, `.out.tmp-${DEAD}`, ".out.lock"]
  },
  {
    name: "--out under a file (ENOTDIR): one line, exit 3",
    make: withGood(() => {}),
    args: (dir) => (
      writeFileSync(join(dir, "notes.txt"), "mine"),
      [join(dir, "in"), "--out", join(dir, "notes.txt", "out")]
    ),
    code: 3,
    messages: [
      /^extract: cannot write --out .*\/notes\.txt\/out: a part of the path is a file, not a folder \(ENOTDIR\); the previous output, if any, is unchanged$/
    ],
    documents: [],
    files: ["notes.txt"],
    content: ["notes.txt", "mine"]
  },
  {
    name: "--out in a folder the user may not write (EACCES): one line, exit 3",
    make: withGood(() => {}),
    nobody: true,
    args: (dir) => {
      mkdirSync(join(dir, "root-only"));
      chmodSync(join(dir, "root-only"), 0o755);
      return [join(dir, "in"), "--out", join(dir, "root-only", "out")];
    },
    code: 3,
    messages: [/^extract: cannot write --out .*\/root-only\/out: permission denied \(EACCES\)/],
    documents: [],
    files: ["in/good.txt", "root-only"],
    gone: ["root-only/out"]
  },
  {
    name: "a full disk (ENOSPC): one line, exit 3, the previous output still there",
    skip: () => (mountTmpfs(join(probe, "fs")) ? null : "cannot mount a small tmpfs here"),
    make: (dir) => {
      withGood(() => {})(dir);
      mkdirSync(join(dir, "disk"));
      if (!mountTmpfs(join(dir, "disk"))) throw new Error("mount failed");
      mounted.push(join(dir, "disk"));
      mkdirSync(join(dir, "disk", "out"));
      writeFileSync(join(dir, "disk", "out", ".fazhi-extract-output"), "");
      writeFileSync(join(dir, "disk", "out", "documents.parquet"), "previous");
    },
    args: (dir) => [join(dir, "in"), "--out", join(dir, "disk", "out")],
    code: 3,
    messages: [/^extract: cannot write --out .*\/disk\/out: no space left on the device \(ENOSPC\)/],
    documents: [],
    files: ["in/good.txt", "disk/out/documents.parquet"],
    content: ["disk/out/documents.parquet", "previous"]
  }
];

const base = mkdtempSync(join(tmpdir(), "bad-input-"));
chmodSync(base, 0o777);
const probe = mkdtempSync(join(tmpdir(), "bad-input-probe-"));
const mounted: string[] = [];
afterAll(() => {
  for (const dir of mounted) spawnSync("umount", [dir]);
  spawnSync("umount", [join(probe, "fs")]);
  spawnSync("chmod", ["-R", "u+rwx", base]);
  rmSync(base, {recursive: true, force: true});
  rmSync(probe, {recursive: true, force: true});
});

/** Mounts a 24 KB tmpfs at `dir` (root only): a disk that fills up. */
function mountTmpfs(dir: string): boolean {
  mkdirSync(dir, {recursive: true});
  return isRoot && spawnSync("mount", ["-t", "tmpfs", "-o", "size=24k", "tmpfs", dir]).status === 0;
}

describe("npm run extract on bad input: one clear line per problem, the other documents out, no user file lost", () => {
  test.each(cases.map((c, i) => [c.name, i] as const))(
    "%s",
    async (_, i) => {
      const c = cases[i];
      const reason = c.skip?.();
      if (reason) return void console.warn(`skipped: ${c.name}: ${reason}`);
      if (c.nobody && !isRoot) return void console.warn(`skipped: ${c.name}: needs root to run as nobody`);
      const dir = join(base, `case-${i}`);
      mkdirSync(dir);
      chmodSync(dir, 0o777);
      c.make(dir);
      const args = c.args?.(dir) ?? [join(dir, "in"), "--out", join(dir, "out")];
      const r = await runCli(args, c.nobody && isRoot ? {uid: NOBODY} : {});
      const lines = `${r.stdout}\n${r.stderr}`.split("\n");
      for (const message of c.messages)
        expect(
          lines.some((line) => message.test(line)),
          `${message}\n${lines.join("\n")}`
        ).toBe(true);
      expect(r.code).toBe(c.code);
      if (c.documents.length) {
        const out = args[args.indexOf("--out") + 1];
        const rows = await query(
          `select source_file, chars from '${join(out, "documents.parquet")}' where chars > 0 order by source_file`
        );
        expect(rows.map((row) => String(row.source_file).split("/").pop())).toEqual(c.documents);
      }
      for (const file of c.files) expect(() => lstatSync(join(dir, file)), file).not.toThrow();
      for (const file of c.gone ?? []) expect(existsSync(join(dir, file)), file).toBe(false);
      if (c.content) expect(readFileSync(join(dir, c.content[0]), "utf8")).toBe(c.content[1]);
    },
    120_000
  );
});

/**
 * Runs of `tsx loaders/cli.ts` stopped by a signal to the tsx parent once the first document is done. tsx relays
 * SIGTERM to the extractor and SIGKILLs it when it does not answer within 60 ms (it is busy extracting), so a SIGTERM
 * may leave a lock and a temporary folder of a dead process, which the next run removes (the leftovers row above).
 */
const signals: {name: string; signal: NodeJS.Signals; message: RegExp | null}[] = [
  {
    name: "SIGKILL to the tsx parent: the orphaned extractor stops without replacing the output, leaving nothing",
    signal: "SIGKILL",
    message: /^extract: the process that started this run has gone; .*\/out left as it was$/
  },
  {
    name: "SIGTERM to the tsx parent: the output is not replaced",
    signal: "SIGTERM",
    message: null
  }
];

describe("npm run extract stopped midway leaves the previous output whole and nothing behind", () => {
  test.each(signals.map((s, i) => [s.name, i] as const))(
    "%s",
    async (_, i) => {
      const {signal, message} = signals[i];
      const dir = join(base, `signal-${i}`);
      mkdirSync(join(dir, "in"), {recursive: true});
      for (let k = 0; k < 8; ++k) copyFileSync("seeds/dongsheng-2022-plan.txt", join(dir, "in", `doc-${k}.txt`));
      mkdirSync(join(dir, "out"));
      writeFileSync(join(dir, "out", ".fazhi-extract-output"), "");
      writeFileSync(join(dir, "out", "documents.parquet"), "previous");
      const child = spawn("node_modules/.bin/tsx", ["loaders/cli.ts", join(dir, "in"), "--out", join(dir, "out")]);
      let stderr = "";
      const ended = new Promise<void>((resolve) => child.stderr.on("end", resolve));
      await new Promise<void>((resolve) =>
        child.stderr.on("data", (chunk) => {
          stderr += chunk;
          if (/extract: 1\/8/.test(stderr)) resolve();
        })
      );
      child.kill(signal);
      await ended; // every writer of the pipe, the extractor too, has exited
      if (message)
        expect(
          stderr.split("\n").some((line) => message.test(line)),
          stderr
        ).toBe(true);
      expect(readFileSync(join(dir, "out", "documents.parquet"), "utf8")).toBe("previous");
      const leftovers = message ? /^$/ : /^\.out\.(lock|tmp-\d+)$/;
      expect(
        readdirSync(dir)
          .filter((name) => !leftovers.test(name))
          .sort()
      ).toEqual(["in", "out"]);
    },
    120_000
  );
});
