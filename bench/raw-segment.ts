// The reference: nodejieba's own `cut` (precise mode, HMM, the same user dictionary) on one thread, on the
// concatenated text of the corpus's documents (an even sample of at most `maxMb` MB): tsx bench/raw-segment.ts <corpus> [maxMb]
import {readdirSync, readFileSync, statSync} from "node:fs";
import {createRequire} from "node:module";
import {join} from "node:path";
import {dataPath} from "../loaders/read/read-data-file.ts";
import {decodeText} from "../loaders/read/decode-text.ts";
import {listSources} from "../loaders/read/list-sources.ts";

const [corpus, maxMb = "24"] = process.argv.slice(2);
const files = listSources([corpus]);
let total = 0;
for (const f of files.slice(0, 50)) total += statSync(f).size;
const perDoc = total / Math.min(50, files.length);
const take = Math.max(1, Math.min(files.length, Math.floor((Number(maxMb) * 1e6) / perDoc)));
const step = files.length / take;
const chunks: string[] = [];
let bytes = 0;
let chunk = "";
for (let i = 0; i < take; ++i) {
  const raw = readFileSync(files[Math.floor(i * step)]);
  bytes += raw.length;
  chunk += decodeText(new Uint8Array(raw)).text + "\n";
  if (chunk.length > 300_000) (chunks.push(chunk), (chunk = ""));
}
if (chunk) chunks.push(chunk);
const jieba = createRequire(import.meta.url)("nodejieba");
const l0 = performance.now();
jieba.load({userDict: dataPath("jieba-user-dict.txt")});
const loadSeconds = (performance.now() - l0) / 1000;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let tokens = 0;
for (const text of chunks) tokens += jieba.cut(text, true).length;
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
process.stdout.write(
  JSON.stringify({
    docs: take,
    bytes,
    seconds,
    cpu_seconds: cpuSeconds,
    tokens,
    load_seconds: loadSeconds,
    mb_s: bytes / 1e6 / seconds,
    cpu_mb_s: bytes / 1e6 / cpuSeconds
  })
);
void readdirSync;
void join;
