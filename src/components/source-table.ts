import * as Inputs from "npm:@observablehq/inputs";
import {t} from "./lang.js";
import {substringFilter} from "./substring-filter.js";

type Format = (value: unknown, i: number, data: readonly Record<string, unknown>[]) => unknown;

export interface SourceTableOptions {
  columns: readonly string[];
  /** Column headers (already in the current language). */
  header?: Record<string, string>;
  format?: Record<string, Format>;
  /** Columns shown as a link to where the row's value was written (quoteHref); null leaves a cell as text. */
  links?: Record<string, (row: Record<string, unknown>) => string | null>;
  width?: Record<string, number>;
  /** The search text the URL gives (readState), and where a change goes (writeState). */
  query?: string | null;
  onQuery?: (query: string) => void;
  /** Rows visible before scrolling. */
  rows?: number;
  lang: "zh" | "en";
}

/**
 * A table with a search box that keeps the rows in which the searched text occurs anywhere in a shown column
 * (substringFilter over the columns as displayed, so 复议, 执法 or 435 match inside words), links per `links`, and a
 * count of the rows found. Its `value` is the rows found and its `query` the search text; it dispatches "input" on
 * each change (for Framework's view). No rows give an empty table.
 */
export function sourceTable(
  data: readonly Record<string, unknown>[],
  {columns, header, format = {}, links = {}, width, query, onQuery, rows = 15, lang}: SourceTableOptions
): HTMLElement & {value: Record<string, unknown>[]; query: string} {
  const root = document.createElement("div") as unknown as HTMLElement & {
    value: Record<string, unknown>[];
    query: string;
  };
  root.className = "source-table";
  const search = document.createElement("input");
  search.type = "search";
  search.placeholder = t("搜索(任意位置)…", "Search (anywhere in a cell)…", lang);
  search.setAttribute("aria-label", t("搜索表格", "Search the table", lang));
  search.value = query ?? "";
  const count = document.createElement("span");
  count.className = "source-table-count";
  const bar = document.createElement("div");
  bar.className = "source-table-search";
  bar.append(search, count);
  const holder = document.createElement("div");
  holder.className = "source-table-body";
  root.append(bar, holder);
  const text = (row: Record<string, unknown>, column: string) => {
    const shown = cellFormat[column]?.(row[column], 0, [row]);
    return typeof shown === "string" || typeof shown === "number"
      ? String(shown)
      : row[column] == null
        ? ""
        : String(row[column]);
  };
  // A year reads 2023, not 2,023 (Inputs.table's number format), unless the page formats it.
  const cellFormat: Record<string, Format> = {year: (y) => (y == null ? "" : String(y)), ...format};
  for (const [column, href] of Object.entries(links)) {
    const inner = format[column];
    cellFormat[column] = (value, i, rowsShown) => {
      const url = href(rowsShown[i]);
      const shown = inner ? inner(value, i, rowsShown) : value;
      if (url == null) return shown;
      const a = document.createElement("a");
      a.href = url;
      if (shown instanceof Node) a.append(shown);
      else a.textContent = shown == null ? "" : String(shown);
      return a;
    };
  }
  const render = () => {
    const found = substringFilter(data, search.value, columns, text);
    count.textContent = t(`${found.length} / ${data.length} 行`, `${found.length} of ${data.length} rows`, lang);
    const table = Inputs.table(found, {
      columns: [...columns],
      header,
      format: cellFormat,
      width,
      rows,
      select: false,
      layout: "auto"
    });
    holder.replaceChildren(table);
    root.value = found;
    root.query = search.value;
  };
  search.addEventListener("input", (event) => {
    event.stopPropagation();
    render();
    onQuery?.(search.value);
    root.dispatchEvent(new Event("input", {bubbles: true}));
  });
  render();
  return root;
}
