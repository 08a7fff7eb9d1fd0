import {toCsv} from "./csv.js";
import {csvRows} from "./value-labels.js";
import {saveBlob} from "./save-blob.js";
import {exportSvg, svgToPng} from "./export-svg.js";
import {buildId} from "./build-id.js";
import {embedSnippet} from "./embed-snippet.js";
import {t} from "./lang.js";
import {markQuotes, type MarkQuotesOptions} from "./mark-quotes.js";
import {sourceTable, type SourceTableOptions} from "./source-table.js";

export interface ChartCardOptions {
  /** Stable id: the card's element id, file names, and the embed target (?embed=<id>). */
  id: string;
  title: string;
  subtitle?: string;
  chart: Element;
  /** Exactly the rows the chart shows, for the CSV download (coded values in Chinese words on a Chinese page: csvRows). */
  rows: readonly Record<string, unknown>[];
  columns: readonly string[];
  /** CSV header labels per column (already in the current language). */
  headers?: Record<string, string>;
  /** The citation line shown under the chart and carried by downloads and embeds. */
  source: string;
  /** URL of the full Parquet table behind the chart. */
  table?: string;
  /** The interface language of the toolbar. */
  lang: "zh" | "en";
  /** The page's current URL, read when a download is named or the embed snippet opened (the page passes
   * `() => location.href`), so they carry the view state as it is then. */
  url: () => string;
  /** The Table view's columns; `columns` by default. */
  tableColumns?: readonly string[];
  /** Rows the Table view lists after `rows`, e.g. notReportedRows (the documents of the selection without a value). */
  extraRows?: readonly Record<string, unknown>[];
  /** Table view: columns shown as a link to their source (see sourceTable). */
  links?: SourceTableOptions["links"];
  /** Table view: cell formats per column (see Inputs.table). */
  format?: SourceTableOptions["format"];
  /** The quotes behind a mark drawn with tagRows, shown beside it on a click (markQuotes). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  quotes?: MarkQuotesOptions<any>["quotes"];
  /** Reads the card's URL state (the page passes readState): `<id>-view` ("table" or none) and `<id>-q` (the search). */
  state?: (key: string) => string | null;
  /** Writes it (the page passes writeState); null removes a key. */
  onState?: (state: Record<string, string | null>) => void;
}

function button(label: string, action: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.dataset.action = action;
  b.addEventListener("click", onClick);
  return b;
}

/** The toolbar options: what chartCard takes (the subtitle goes into the exported images). */
export type ChartToolsOptions = ChartCardOptions;

/**
 * A chart's toolbar: CSV of exactly the rows shown, SVG (self-contained) and print-size PNG with the title,
 * subtitle, legends, source line and a site line (site name, build id, URL of the view), the full Parquet table,
 * and an embed snippet plus a link to the current view, both read from the URL when opened so they carry the view
 * state as it is then. The page turns on embed mode for ?embed= (src/page/embed-mode.ts). Hidden when printing.
 */
export function chartTools({
  id,
  title,
  subtitle,
  chart,
  rows,
  columns,
  headers = {},
  source,
  table,
  lang,
  url
}: ChartToolsOptions): HTMLElement {
  const base = () =>
    `${id}${
      new URL(url()).search
        ? "-" +
          new URLSearchParams(new URL(url()).search)
            .toString()
            .replace(/[^\w=-]+/g, "_")
            .slice(0, 60)
        : ""
    }`;
  const viewUrl = () => {
    const view = new URL(url());
    view.searchParams.delete("embed");
    view.hash = id;
    return view.href;
  };
  const image = () =>
    exportSvg(chart, {
      title,
      subtitle,
      source,
      credit: `法治政府建设文件比较 · fazhi-compare · ${t("构建版本", "build", lang)} ${buildId() ?? t("预览", "preview", lang)} · ${viewUrl()}`
    });
  const tools = document.createElement("div");
  tools.className = "chart-tools";
  tools.setAttribute("role", "toolbar");
  tools.setAttribute("aria-label", t("图表工具", "Chart tools", lang));
  tools.append(
    button("CSV", "csv", () =>
      saveBlob(
        new Blob(["\ufeff" + toCsv(csvRows(rows, columns, lang), columns, headers)], {
          type: "text/csv;charset=utf-8"
        }),
        `${base()}.csv`
      )
    ),
    button("SVG", "svg", () => {
      const svg = image();
      if (svg) saveBlob(new Blob([svg], {type: "image/svg+xml"}), `${base()}.svg`);
    }),
    button("PNG", "png", async () => {
      const svg = image();
      if (svg) saveBlob(await svgToPng(svg), `${base()}.png`);
    })
  );
  if (table) {
    const a = document.createElement("a");
    a.href = table;
    a.download = table
      .split("/")
      .pop()!
      .replace(/\.[0-9a-f]{8}\.parquet$/, ".parquet");
    a.textContent = t("完整数据 Parquet", "Full table (Parquet)", lang);
    a.dataset.action = "parquet";
    tools.append(a);
  }
  const embed = document.createElement("details");
  embed.className = "chart-embed";
  const summary = document.createElement("summary");
  summary.textContent = t("嵌入与链接", "Embed and link", lang);
  const code = document.createElement("textarea");
  code.readOnly = true;
  code.rows = 4;
  code.setAttribute("aria-label", t("嵌入代码", "Embed code", lang));
  const link = document.createElement("a");
  link.dataset.action = "link";
  link.textContent = t("本视图的链接", "Link to this view", lang);
  embed.addEventListener("toggle", () => {
    const view = viewUrl();
    link.href = view;
    const height = Math.round((chart as HTMLElement).getBoundingClientRect?.().height || 480) + 120;
    const openLabel = t("在网站上打开", "Open on the site", lang);
    code.value = embedSnippet({id, view, title, source, height, openLabel});
  });
  embed.append(summary, code, link);
  tools.append(embed);
  return tools;
}

/**
 * A chart with its title, source line and toolbar (see chartTools): CSV of exactly the rows shown, the full
 * Parquet table, PNG and self-contained SVG, an embed snippet and a link to the current view. A Chart | Table toggle
 * shows instead of the chart its rows (and `extraRows`) in a table searched by substring (sourceTable); the view and
 * the search are kept in the URL as `<id>-view` and `<id>-q`. With `quotes`, a click on a tagged mark shows its
 * quotes (markQuotes).
 */
export function chartCard(options: ChartCardOptions): HTMLElement {
  const {id, title, subtitle, chart, source, lang, quotes, state = () => null, onState = () => {}} = options;
  const card = document.createElement("figure");
  card.className = "card chart-card";
  card.id = id;
  const h2 = document.createElement("h2");
  h2.textContent = title;
  card.append(h2);
  if (subtitle) {
    const h3 = document.createElement("h3");
    h3.textContent = subtitle;
    card.append(h3);
  }
  const shownChart = quotes ? markQuotes(chart, {quotes, lang}) : document.createElement("div");
  if (!quotes) shownChart.append(chart);
  shownChart.classList.add("chart-body");
  const tableView = document.createElement("div");
  tableView.className = "chart-table";
  const viewKey = `${id}-view`;
  const queryKey = `${id}-q`;
  const toggle = document.createElement("div");
  toggle.className = "chart-view-toggle";
  toggle.setAttribute("role", "group");
  toggle.setAttribute("aria-label", t("视图", "View", lang));
  const show = (view: "chart" | "table") => {
    if (view === "table" && !tableView.firstChild)
      tableView.append(
        sourceTable([...options.rows, ...(options.extraRows ?? [])], {
          columns: options.tableColumns ?? options.columns,
          header: options.headers,
          format: options.format,
          links: options.links,
          query: state(queryKey),
          onQuery: (q) => onState({[queryKey]: q || null}),
          lang
        })
      );
    shownChart.hidden = view === "table";
    tableView.hidden = view !== "table";
    for (const b of toggle.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.view === view));
  };
  for (const [view, label] of [
    ["chart", t("图表", "Chart", lang)],
    ["table", t("表格", "Table", lang)]
  ] as const) {
    const b = button(label, `view-${view}`, () => {
      show(view);
      onState({[viewKey]: view === "table" ? "table" : null});
    });
    b.dataset.view = view;
    toggle.append(b);
  }
  card.append(toggle, shownChart, tableView);
  show(state(viewKey) === "table" ? "table" : "chart");
  const caption = document.createElement("figcaption");
  caption.className = "chart-source";
  caption.textContent = source;
  card.append(caption, chartTools(options));
  return card;
}
