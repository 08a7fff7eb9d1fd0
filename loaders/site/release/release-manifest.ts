import {createHash} from "node:crypto";

/** One Parquet table of a release: its name, file bytes and row count. */
export interface ReleaseTableInput {
  name: string;
  bytes: Uint8Array;
  rows: number;
}

/** One source document of a release, as the documents table cites it. */
export interface ReleaseDocument {
  doc_id: string;
  source_file: string;
  sha256: string;
}

/** What a data release holds: its build id, each table's file with rows and sha256, and each source document. */
export interface ReleaseManifest {
  dataset: "fazhi-compare";
  /** First 12 hex digits of a sha256 over every table's name and Parquet bytes, in name order. */
  build_id: string;
  documents: ReleaseDocument[];
  tables: {name: string; file: string; rows: number; bytes: number; sha256: string}[];
}

const sha256 = (bytes: Uint8Array | string) => createHash("sha256").update(bytes).digest("hex");

/**
 * Describes a data release: the build id changes exactly when some table's bytes (or the set of tables)
 * change, and does not depend on the order the tables are given in. No tables give the build id of
 * empty input and empty lists. Throws `invalid table: <name>` for a name given twice.
 */
export function releaseManifest(
  tables: readonly ReleaseTableInput[],
  documents: readonly ReleaseDocument[]
): ReleaseManifest {
  const sorted = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (let k = 1; k < sorted.length; ++k)
    if (sorted[k].name === sorted[k - 1].name) throw new Error(`invalid table: ${sorted[k].name}`);
  const build = createHash("sha256");
  for (const {name, bytes} of sorted) build.update(name).update("\0").update(bytes).update("\0");
  return {
    dataset: "fazhi-compare",
    build_id: build.digest("hex").slice(0, 12),
    documents: [...documents]
      .sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : 0))
      .map(({doc_id, source_file, sha256}) => ({doc_id, source_file, sha256})),
    tables: sorted.map(({name, bytes, rows}) => ({
      name,
      file: `${name}.parquet`,
      rows,
      bytes: bytes.length,
      sha256: sha256(bytes)
    }))
  };
}
