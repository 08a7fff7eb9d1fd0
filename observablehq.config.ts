import {siteDocIds} from "./loaders/site-table.ts";

// Observable Framework configuration. Everything the site needs is served from this build:
// no CDN (npm: imports are vendored by scripts/vendor-npm.ts), no web fonts, no DuckDB extension downloads.
export default {
  title: "法治政府建设 · Rule-of-law government compared",
  root: "src",
  output: "dist",
  pages: [
    {name: "Coverage 覆盖", path: "/coverage"},
    {name: "Indicators 指标", path: "/indicators"},
    {name: "Agencies 部门", path: "/agencies"},
    {name: "Compare 对比", path: "/compare"}
  ],
  // The default theme loads a web font from Google Fonts: blocked on government intranets and slow in
  // mainland China. style.css uses a CJK-capable system font stack instead.
  globalStylesheets: [],
  style: "style.css",
  head: '<link rel="icon" href="data:,">',
  // A fixed footer keeps the build reproducible (the default one stamps today's date).
  footer:
    "法治政府建设文件比较 · Rule-of-law government documents compared. Data: the documents in seeds/, each figure cited to its source text.",
  // json and parquet are not downloaded at build time; Parquet is read with parquet-wasm into Arrow and
  // handed to DuckDB-Wasm, which answers SQL without fetching extensions.
  duckdb: {extensions: {json: null, parquet: null}},
  // One page per document of the corpus: /documents/<doc_id>.
  async *dynamicPaths() {
    for (const id of await siteDocIds()) yield `/documents/${id}`;
  },
  search: false,
  cleanUrls: true
};
