import type {DocumentRow} from "../../loaders/extract-document.ts";
import type {SelfCheckTotals} from "../../loaders/site/overview-summary.ts";

/** The self-check counts of a documents row (absent in outputs written before they existed). */
export type SelfCheckRow = Partial<
  Pick<DocumentRow, "unit_markers" | "unit_markers_assigned" | "numbered_lines" | "numbered_items">
>;

/** Below these shares the line is marked as a warning (as the extraction's own warnings are: loaders/checks/). */
const LOW_UNITS = 0.8;
const LOW_ITEMS = 0.5;

/**
 * The document page's self-check line: how many of the unit markers in the text ended in assignments and how many
 * numbered lines became items, in zh or en, with `low` set when either share is low; null for a row without counts.
 */
export function selfCheckSummary(doc: SelfCheckRow, lang: "zh" | "en"): {text: string; low: boolean} | null {
  const {unit_markers: markers, unit_markers_assigned: assigned, numbered_lines: lines, numbered_items: items} = doc;
  if (markers == null || assigned == null || lines == null || items == null) return null;
  const low = (markers > 0 && assigned < LOW_UNITS * markers) || (lines >= 3 && items < LOW_ITEMS * lines);
  const text =
    lang === "en"
      ? `units found for ${assigned} of ${markers} unit ${markers === 1 ? "marker" : "markers"} · ${items} ${
          items === 1 ? "item" : "items"
        } from ${lines} numbered ${lines === 1 ? "line" : "lines"}`
      : `分工标记 ${markers} 处，其中 ${assigned} 处抽出了单位 · 编号行 ${lines} 行，成为条目 ${items} 条`;
  return {text, low};
}

/** The self-check line as an element (a <span>, class "self-check low" when low); an empty span without counts. */
export function selfCheckLine(doc: SelfCheckRow, lang: "zh" | "en"): HTMLElement {
  const span = document.createElement("span");
  const summary = selfCheckSummary(doc, lang);
  span.className = summary?.low ? "self-check low" : "self-check";
  span.textContent = summary?.text ?? "";
  return span;
}

/**
 * A note for the pages that use assignments and items: how many unit markers of the corpus gave units, and the
 * documents flagged (each linked to its page, `root` being the site root from this page), in zh or en.
 */
export function selfCheckNote(
  totals: SelfCheckTotals,
  {lang, root = "./"}: {lang: "zh" | "en"; root?: string}
): HTMLElement {
  const note = document.createElement("p");
  note.className = totals.flagged > 0 ? "self-check-note low" : "self-check-note";
  const {unit_markers: markers, unit_markers_assigned: assigned, flagged} = totals;
  note.append(
    lang === "en"
      ? `Self-check: units found for ${assigned} of ${markers} unit ${markers === 1 ? "marker" : "markers"} in the texts; ${
          flagged === 0
            ? "no document is flagged."
            : `${flagged} ${flagged === 1 ? "document is" : "documents are"} flagged for low coverage: `
        }`
      : `自检：文本中的分工标记 ${markers} 处，其中 ${assigned} 处抽出了单位；${
          flagged === 0 ? "没有文件被标记。" : `${flagged} 份文件覆盖率低，请核对：`
        }`
  );
  totals.flaggedDocs.forEach((d, i) => {
    const a = document.createElement("a");
    a.href = `${root}document?id=${encodeURIComponent(d.doc_id)}`;
    a.textContent = `${d.jurisdiction ?? d.doc_id} (${d.unit_markers_assigned}/${d.unit_markers})`;
    note.append(i > 0 ? (lang === "en" ? ", " : "、") : "", a);
  });
  if (flagged > totals.flaggedDocs.length) note.append(lang === "en" ? " …" : "……");
  return note;
}
