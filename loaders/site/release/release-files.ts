import {parquetRowCount} from "../../tables/parquet-row-count.ts";
import {readParquetRows} from "../../tables/read-parquet.ts";
import {releaseCitation} from "./release-citation.ts";
import {releaseManifest, type ReleaseDocument, type ReleaseManifest} from "./release-manifest.ts";
import {releaseTableSchemas} from "../../tables/table-schemas.ts";

/** One file of a release: its name inside the zip and its bytes or UTF-8 text (a ZipEntry of src/components/write-zip.ts). */
export interface ReleaseFile {
  name: string;
  data: Uint8Array | string;
}

/**
 * The files of a versioned data release from the Parquet bytes of each table: every `<table>.parquet`,
 * `data-dictionary.json` (the table schemas), `manifest.json` and `CITATION.txt`, in a fixed order.
 * The source documents are read from the documents table; without one the manifest lists none.
 */
export function releaseFiles(tables: readonly {name: string; bytes: Uint8Array}[]): {
  manifest: ReleaseManifest;
  files: ReleaseFile[];
} {
  const documents = tables.find((t) => t.name === "documents");
  const manifest = releaseManifest(
    tables.map(({name, bytes}) => ({name, bytes, rows: parquetRowCount(bytes)})),
    documents ? readParquetRows<ReleaseDocument>(documents.bytes) : []
  );
  const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";
  const files: ReleaseFile[] = [
    {name: "CITATION.txt", data: releaseCitation(manifest)},
    {name: "manifest.json", data: json(manifest)},
    {name: "data-dictionary.json", data: json(releaseTableSchemas)},
    ...manifest.tables.map(({name, file}) => ({name: file, data: tables.find((t) => t.name === name)!.bytes}))
  ];
  return {manifest, files};
}
