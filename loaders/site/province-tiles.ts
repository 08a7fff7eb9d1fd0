import {parseCsv} from "../read/read-data-csv.ts";
import {readDataFile} from "../read/read-data-file.ts";
import {stripCommentLines} from "../read/strip-comment-lines.ts";

/** One provincial-level unit's tile on the province tile map: its grid cell, GB/T 2260 prefix and names. */
export interface ProvinceTile {
  /** The 2-digit GB/T 2260 prefix (11 北京市 … 82 澳门特别行政区). */
  adcode: string;
  row: number;
  col: number;
  /** As documents.province spells it. */
  name_zh: string;
  name_en: string;
  short_zh: string;
  short_en: string;
}

/**
 * Parses the tile grid (the CSV of data/province-tiles.csv, "#" comment lines allowed) and checks it: throws
 * `invalid province tiles: <what>` for a row without a 2-digit adcode, names or whole-number position, and for an
 * adcode, name or cell used twice. Text with only the header gives [].
 */
export function parseProvinceTiles(text: string): ProvinceTile[] {
  const tiles = parseCsv(stripCommentLines(text)).map((r) => ({
    adcode: r.adcode,
    row: Number(r.row),
    col: Number(r.col),
    name_zh: r.name_zh,
    name_en: r.name_en,
    short_zh: r.short_zh,
    short_en: r.short_en
  }));
  const seen = new Set<string>();
  for (const t of tiles) {
    const ok =
      /^\d\d$/.test(t.adcode) &&
      [t.row, t.col].every((v) => Number.isInteger(v) && v >= 0) &&
      [t.name_zh, t.name_en, t.short_zh, t.short_en].every(Boolean);
    if (!ok) throw new Error(`invalid province tiles: ${JSON.stringify(t)}`);
    for (const key of [`adcode ${t.adcode}`, `name ${t.name_zh}`, `cell ${t.row},${t.col}`]) {
      if (seen.has(key)) throw new Error(`invalid province tiles: ${key} used twice`);
      seen.add(key);
    }
  }
  return tiles;
}

/** The tile grid of data/province-tiles.csv (34 provincial-level units; never empty: the file ships with the repo). */
export function provinceTiles(): ProvinceTile[] {
  return parseProvinceTiles(readDataFile("province-tiles.csv"));
}
