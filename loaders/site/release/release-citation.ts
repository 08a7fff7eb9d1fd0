import type {ReleaseManifest} from "./release-manifest.ts";

/**
 * The citation text of a data release (CITATION.txt): how to cite the dataset build and how to cite one
 * figure by its quote. A manifest without documents still names its build.
 */
export function releaseCitation(manifest: ReleaseManifest): string {
  const {build_id, documents, tables} = manifest;
  return [
    `法治政府建设文件比较 · Rule-of-law government documents compared (fazhi-compare), dataset build ${build_id}.`,
    `${documents.length} public government documents, ${tables.length} Parquet tables (see manifest.json for the sha256 of every source file and table).`,
    "",
    "Cite the dataset:",
    `  fazhi-compare, rule-of-law government documents dataset, build ${build_id}.`,
    "",
    "Cite a figure or assignment by its quote (every row of items, assignments and indicators has char_start and char_end",
    "into texts.text; the documents table has the jurisdiction, title and document number):",
    `  <jurisdiction> <title>, <doc_number>, quoted at chars <char_start>–<char_end>; dataset fazhi-compare build ${build_id}.`,
    "",
    "Code: MIT licence. The documents are public government documents; the tables are derived from them.",
    ""
  ].join("\n");
}
