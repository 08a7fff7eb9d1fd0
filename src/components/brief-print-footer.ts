import type {Brief} from "../../loaders/site/brief-data.ts";
import {translator} from "./lang.js";

/** A string as a CSS string literal: quotes and backslashes escaped, line breaks as \A. */
const cssString = (s: string) => `"${s.replace(/[\\"]/g, "\\$&").replace(/\r?\n/g, "\\A ")}"`;

/** The local date as YYYY-MM-DD. */
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

/**
 * The footer of every printed page of a brief, as a <style> element of CSS page-margin boxes for the brief's page box
 * (`@page brief`, src/style.css), so the browser's own print dialog prints it: the jurisdiction, the print `date`
 * (local day), the build id (`build`, "预览"/"preview" when null) and the page's `url` at the bottom left, and "第 1 / 2
 * 页" ("page 1 of 2") at the bottom right.
 */
export function briefPrintFooter(
  b: Pick<Brief, "slug" | "jurisdiction" | "jurisdiction_en">,
  {lang = "zh", url, build, date}: {lang?: "zh" | "en"; url: string; build: string | null; date: Date}
): HTMLStyleElement {
  const t = translator(lang);
  const left = [
    `${t(b.jurisdiction ?? b.slug, b.jurisdiction_en)} · ${t("法治政府建设简报", "rule-of-law government brief")} · ${t("打印于", "printed")} ${day(date)} · ${t("构建版本", "build")} ${build ?? t("预览", "preview")}`,
    url
  ].join("\n");
  const style = document.createElement("style");
  style.className = "brief-print-footer";
  style.textContent = `@page brief {
  @bottom-left { content: ${cssString(left)}; white-space: pre-wrap; font-family: system-ui, sans-serif; font-size: 7pt; color: #333; vertical-align: top; padding-top: 3mm; }
  @bottom-right { content: ${cssString(t("第 ", "page "))} counter(page) ${cssString(t(" / ", " of "))} counter(pages) ${cssString(lang === "en" ? "" : " 页")}; font-family: system-ui, sans-serif; font-size: 7pt; color: #333; vertical-align: top; padding-top: 3mm; white-space: nowrap; }
}`;
  return style;
}
