import * as Arrow from "npm:apache-arrow";
import * as Parquet from "npm:parquet-wasm";
import {toCsv} from "./csv.js";
import {saveBlob} from "./save-blob.js";
import type {QueryResult} from "./run-query.js";

let parquetReady: Promise<unknown> | undefined;

/** Encodes an Arrow table as Parquet in the browser with parquet-wasm (the wasm file is served by this site). */
export async function arrowToParquet(table: unknown): Promise<Uint8Array> {
  await (parquetReady ??= Parquet.default(import.meta.resolve("npm:parquet-wasm/esm/parquet_wasm_bg.wasm")));
  return Parquet.writeParquet(Parquet.Table.fromIPCStream(Arrow.tableToIPC(table as Arrow.Table, "stream")));
}

/**
 * Download buttons for a query result: CSV of exactly its rows (UTF-8 with BOM, for Excel) and Parquet of its Arrow
 * table; a failure to encode is shown beside the buttons. A result without a table gives disabled buttons.
 */
export function resultDownloads(
  result: Pick<QueryResult, "table" | "rows" | "columns">,
  {name = "query", lang = "zh"}: {name?: string; lang?: "zh" | "en"} = {}
): HTMLElement {
  const t = (zh: string, en: string) => (lang === "en" ? en : zh);
  const root = document.createElement("div");
  root.className = "chart-tools result-downloads";
  root.setAttribute("role", "toolbar");
  root.setAttribute("aria-label", t("下载结果", "Download the result"));
  const status = document.createElement("span");
  status.className = "small-note";
  const button = (label: string, action: string, onClick: () => Promise<void> | void) => {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = label;
    b.dataset.action = action;
    b.disabled = result.table == null;
    b.addEventListener("click", async () => {
      try {
        status.textContent = "";
        await onClick();
      } catch (error) {
        status.textContent = `${label}: ${error instanceof Error ? error.message : String(error)}`;
      }
    });
    return b;
  };
  root.append(
    button(t("下载 CSV", "Download CSV"), "csv", () =>
      saveBlob(
        new Blob(["\ufeff" + toCsv(result.rows, result.columns)], {type: "text/csv;charset=utf-8"}),
        `${name}.csv`
      )
    ),
    button(t("下载 Parquet", "Download Parquet"), "parquet", async () =>
      saveBlob(
        new Blob([(await arrowToParquet(result.table)) as Uint8Array<ArrayBuffer>], {
          type: "application/vnd.apache.parquet"
        }),
        `${name}.parquet`
      )
    ),
    status
  );
  return root;
}
