import {mkdtempSync, rmSync, existsSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {rowSpill} from "../../loaders/tables/row-spill.ts";

const dirs: string[] = [];
const spillFile = () => {
  const dir = mkdtempSync(join(tmpdir(), "row-spill-"));
  dirs.push(dir);
  return join(dir, "rows");
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

describe("rowSpill(file)", () => {
  it("reads back nothing when nothing was added", () => {
    const spill = rowSpill(spillFile());
    expect([...spill.rows()]).toEqual([]);
    expect(spill.size).toBe(0);
    spill.dispose();
  });

  it("reads back the rows at given positions in the order given, across buffer flushes", () => {
    const spill = rowSpill<{i: number; text: string}>(spillFile(), {bufferBytes: 64});
    for (let i = 0; i < 50; ++i) spill.add({i, text: "法".repeat(i % 7) + "\n"});
    expect([...spill.rowsAt([49, 0, 17, 17, 3])]).toEqual(
      [49, 0, 17, 17, 3].map((i) => ({i, text: "法".repeat(i % 7) + "\n"}))
    );
    expect(() => [...spill.rowsAt([50])]).toThrow("no row 50");
    spill.dispose();
  });

  it("reads back every row in the order added, equal field by field", () => {
    const rows = [
      {doc_id: "a", title: "东胜区2023年法治政府建设年度报告", year: 2023, chars: 0, adcode: null, ok: true},
      {doc_id: "b", title: 'lone \ud800 surrogate, quote " and newline\n', year: null, chars: 12.5, ok: false},
      {doc_id: "c", warnings: "", n: -7}
    ];
    const spill = rowSpill<object>(spillFile());
    for (const row of rows) spill.add(row);
    expect(spill.size).toBe(3);
    expect([...spill.rows()]).toEqual(rows);
    spill.dispose();
  });

  it("keeps lines and multi-byte characters whole across read chunks smaller than a row", () => {
    const rows = Array.from({length: 300}, (_, i) => ({i, text: "法治政府".repeat(i % 50) + "é😀".repeat(i % 7)}));
    const spill = rowSpill<object>(spillFile(), {bufferBytes: 100});
    for (const row of rows) spill.add(row);
    expect([...spill.rows()]).toEqual(rows);
    spill.dispose();
  });

  it("dispose() removes the file, and a second dispose() does nothing", () => {
    const file = spillFile();
    const spill = rowSpill(file);
    spill.add({a: 1});
    expect(existsSync(file)).toBe(true);
    spill.dispose();
    expect(existsSync(file)).toBe(false);
    expect(() => spill.dispose()).not.toThrow();
  });
});
