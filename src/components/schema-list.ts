import {descriptionText} from "./description-text.js";

/** One table of the data dictionary (src/data/schema.json, from loaders/tables/table-schemas.ts). */
export interface SchemaTable {
  name: string;
  description: string;
  description_zh: string;
  columns: {name: string; type: string; description: string; description_zh: string}[];
}

/** How DuckDB names the Parquet column types, as written in SQL. */
const sqlTypes: Record<string, string> = {utf8: "VARCHAR", int32: "INTEGER", float64: "DOUBLE", bool: "BOOLEAN"};

/**
 * The data dictionary: per table its name, row count, description and columns (name, SQL type, description; the
 * descriptions in `lang`),
 * each table a <details> (open when `open`), with a preview button when `onPreview` is given. No tables give an
 * empty list.
 */
export function schemaList(
  tables: readonly SchemaTable[],
  {
    rows = {},
    open = false,
    onPreview,
    lang = "zh"
  }: {rows?: Record<string, number>; open?: boolean; onPreview?: (table: string) => void; lang?: "zh" | "en"} = {}
): HTMLElement {
  const t = (zh: string, en: string) => (lang === "en" ? en : zh);
  const root = document.createElement("div");
  root.className = "schema-list";
  for (const table of tables) {
    const details = document.createElement("details");
    details.open = open;
    details.dataset.table = table.name;
    details.id = `table-${table.name}`;
    const summary = document.createElement("summary");
    const name = document.createElement("code");
    name.textContent = table.name;
    summary.append(name);
    if (rows[table.name] != null) {
      const n = document.createElement("span");
      n.className = "small-note";
      n.textContent = ` ${rows[table.name].toLocaleString("en-US")} ${t("行", "rows")}`;
      summary.append(n);
    }
    const description = document.createElement("p");
    description.append(descriptionText(lang === "en" ? table.description : table.description_zh, lang));
    details.append(summary, description);
    if (onPreview) {
      const b = document.createElement("button");
      b.type = "button";
      b.dataset.preview = table.name;
      b.textContent = t(`查询前 20 行`, `Query the first 20 rows`);
      b.addEventListener("click", () => onPreview(table.name));
      details.append(b);
    }
    const grid = document.createElement("table");
    grid.className = "schema-columns";
    const head = grid.createTHead().insertRow();
    for (const label of [t("列", "Column"), t("类型", "Type"), t("说明", "Description")]) {
      const th = document.createElement("th");
      th.textContent = label;
      head.append(th);
    }
    const body = grid.createTBody();
    for (const column of table.columns) {
      const tr = body.insertRow();
      const cells = [
        column.name,
        sqlTypes[column.type] ?? column.type,
        lang === "en" ? column.description : column.description_zh
      ];
      cells.forEach((text, k) => {
        const td = tr.insertCell();
        if (k === 0) {
          const code = document.createElement("code");
          code.textContent = text;
          td.append(code);
        } else if (k === 2) td.append(descriptionText(text, lang));
        else td.textContent = text;
      });
    }
    details.append(grid);
    root.append(details);
  }
  return root;
}
