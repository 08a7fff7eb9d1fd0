import {describe, expect, test} from "vitest";
import {releaseCitation} from "../../../loaders/site/release/release-citation.ts";
import {releaseManifest} from "../../../loaders/site/release/release-manifest.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const documents = [
  {doc_id: "liaoyang-2015-opinion", source_file: "seeds/liaoyang-2015-opinion.txt", sha256: "ab".repeat(32)},
  {doc_id: "dongsheng-2022-plan", source_file: "seeds/dongsheng-2022-plan.txt", sha256: "cd".repeat(32)}
];
const tables = [
  {name: "items", bytes: bytes("PAR1 items PAR1"), rows: 300},
  {name: "documents", bytes: bytes("PAR1 documents PAR1"), rows: 2}
];

describe("releaseManifest(tables, documents)", () => {
  test("gives a 12-hex build id that is stable for identical input and independent of table order", () => {
    const a = releaseManifest(tables, documents);
    expect(a.build_id).toMatch(/^[0-9a-f]{12}$/);
    expect(releaseManifest(tables, documents).build_id).toBe(a.build_id);
    expect(releaseManifest([...tables].reverse(), documents).build_id).toBe(a.build_id);
  });

  test("changes the build id when one table's bytes change, or a table is added", () => {
    const a = releaseManifest(tables, documents).build_id;
    const changed = [tables[0], {...tables[1], bytes: bytes("PAR1 documents! PAR1")}];
    expect(releaseManifest(changed, documents).build_id).not.toBe(a);
    const added = [...tables, {name: "topics", bytes: bytes("PAR1 topics PAR1"), rows: 10}];
    expect(releaseManifest(added, documents).build_id).not.toBe(a);
  });

  test("lists each table by name with its file, rows, size and sha256, and each document with its sha256", () => {
    const m = releaseManifest(tables, documents);
    expect(m.tables).toEqual([
      {
        name: "documents",
        file: "documents.parquet",
        rows: 2,
        bytes: 19,
        sha256: "a589b2be0c39a94c3cd212359c50d25c54935ef9b02a1936045084311b645df2"
      },
      {
        name: "items",
        file: "items.parquet",
        rows: 300,
        bytes: 15,
        sha256: "1442c3d604e85c949906d3ff7f6da1532c040591bde38131d6bcf0e62cfc90be"
      }
    ]);
    expect(m.documents.map((d) => d.doc_id)).toEqual(["dongsheng-2022-plan", "liaoyang-2015-opinion"]);
    expect(m.documents[0]).toEqual(documents[1]);
  });

  test("throws on a table given twice", () => {
    expect(() => releaseManifest([tables[0], tables[0]], [])).toThrow("invalid table: items");
  });
});

describe("releaseCitation(manifest)", () => {
  test("names the build and gives the per-figure citation form", () => {
    const m = releaseManifest(tables, documents);
    const text = releaseCitation(m);
    expect(text).toContain(`dataset build ${m.build_id}.`);
    expect(text).toContain("2 public government documents, 2 Parquet tables");
    expect(text).toContain(
      `<jurisdiction> <title>, <doc_number>, quoted at chars <char_start>–<char_end>; dataset fazhi-compare build ${m.build_id}.`
    );
  });
});
