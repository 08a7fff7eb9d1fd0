import type {Brief} from "../../loaders/site/brief-data.ts";
import {docTypeLabel} from "./doc-types.js";

/** What a document type writes: "results" for annual reports, "goals" (targets and who does what) for the others. */
export function genreOf(docType: string | null | undefined): "results" | "goals" {
  return docType === "annual_report" ? "results" : "goals";
}

/** True when a brief's documents and the other jurisdictions' documents are not all of one genre (genreOf). */
export function crossGenre(b: Pick<Brief, "documents" | "others">): boolean {
  const own = new Set(b.documents.map((d) => genreOf(d.doc_type)));
  const others = new Set(b.others.doc_types.map(genreOf));
  return others.size > 0 && [...own, ...others].some((g) => !(own.has(g) && others.has(g)));
}

/**
 * The genre caveat a brief puts next to a comparison with the other jurisdictions: which genres meet and that shares
 * show what a document writes about; "" when the comparison stays within one genre (crossGenre).
 */
export function genreCaveat(b: Pick<Brief, "documents" | "others">, lang: "zh" | "en" = "zh"): string {
  if (!crossGenre(b)) return "";
  const en = lang === "en";
  const types = (ids: string[]) => {
    const genres = new Set(ids.map(genreOf));
    const names = [...new Set(ids)].map((d) => docTypeLabel(d, lang)).join(en ? ", " : "、");
    const says =
      genres.size > 1
        ? en
          ? "goals and results"
          : "目标和结果"
        : genres.has("results")
          ? en
            ? "results"
            : "结果"
          : en
            ? "goals"
            : "目标";
    return en ? `${names} (${says})` : `${names}（写${says}）`;
  };
  const own = types(b.documents.map((d) => d.doc_type));
  const others = types(b.others.doc_types.filter((d) => !b.documents.some((o) => o.doc_type === d)));
  return en
    ? `Note: this rests on ${own}, the others also on ${others}: shares show what each document writes about and are not directly comparable.`
    : `注意：本地区依据${own}，其他地区还有${others}；占比只说明文件写了什么，不宜直接比较。`;
}

/** "2 of 18 items" / "18 项中 2 项": a count out of a total, as the brief shows small counts. */
export function countOf(n: number, total: number, lang: "zh" | "en" = "zh"): string {
  return lang === "en" ? `${n} of ${total} item${total === 1 ? "" : "s"}` : `${total} 项中的 ${n} 项`;
}
