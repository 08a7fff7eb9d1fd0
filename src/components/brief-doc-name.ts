import type {Brief} from "../../loaders/site/brief-data.ts";
import {docTypeLabel} from "./doc-types.js";

/**
 * A document as a brief names it: its title, else jurisdiction, year and type ("东胜区2022年任务分解方案",
 * "Dongsheng District2022 Task plan" in English).
 */
export function briefDocName(
  b: Pick<Brief, "jurisdiction">,
  d: {
    title?: string | null;
    doc_title?: string | null;
    year?: number | null;
    doc_year?: number | null;
    doc_type: string;
  },
  lang: "zh" | "en" = "zh"
): string {
  const year = d.year ?? d.doc_year ?? "";
  return (
    d.title ??
    d.doc_title ??
    `${b.jurisdiction ?? ""}${year}${lang === "en" ? " " : "年"}${docTypeLabel(d.doc_type, lang)}`
  );
}
