import type {ManifestRow} from "./read-manifest.ts";
import type {DocMeta, DocType, Level} from "../types.ts";

/** Converts a (validated) manifest row to DocMeta with metadata_source "manifest"; blank cells become null and a blank doc_type "other". */
export function metaFromManifest(row: ManifestRow): DocMeta {
  const v = (value: string | undefined) => (value == null || value.trim() === "" ? null : value.trim());
  return {
    title: v(row?.title),
    jurisdiction: v(row?.jurisdiction),
    jurisdiction_en: v(row?.jurisdiction_en),
    level: v(row?.level) as Level | null,
    parent_jurisdiction: v(row?.parent_jurisdiction),
    province: v(row?.province),
    adcode: v(row?.adcode),
    doc_type: (v(row?.doc_type) ?? "other") as DocType,
    issuer: v(row?.issuer),
    doc_number: v(row?.doc_number),
    issued_date: v(row?.issued_date),
    year: v(row?.year) == null ? null : Number(row.year),
    metadata_source: "manifest",
    warnings: []
  };
}
