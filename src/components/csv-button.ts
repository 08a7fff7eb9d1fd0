import {toCsv} from "./csv.js";
import {csvRows} from "./value-labels.js";
import {saveBlob} from "./save-blob.js";

/**
 * A button that downloads `rows` as CSV (UTF-8 with BOM, for Excel; written by toCsv) with the given columns and
 * header labels, named `filename`. Rows are read when clicked; no rows give the header line alone.
 */
export function csvButton({
  label,
  filename,
  rows,
  columns,
  headers = {},
  lang = "en"
}: {
  label: string;
  filename: string;
  rows: readonly Record<string, unknown>[];
  columns: readonly string[];
  headers?: Record<string, string>;
  /** The page's language: a Chinese CSV has Chinese coded values (csvRows); English keeps the codes. */
  lang?: "zh" | "en";
}): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.dataset.action = "csv";
  b.addEventListener("click", () =>
    saveBlob(
      new Blob(["\ufeff" + toCsv(csvRows(rows, columns, lang), columns, headers)], {type: "text/csv;charset=utf-8"}),
      filename
    )
  );
  return b;
}
