// Observable Framework configuration. Everything the site needs is served from this build:
// no CDN (npm: imports are vendored by scripts/vendor-npm.ts), no web fonts, no DuckDB extension downloads.
export default {
  title: "法治政府建设 · Rule-of-law government compared",
  root: "src",
  // scripts/build.ts builds into a temporary folder and replaces dist/ only when every step succeeded.
  output: process.env.FAZHI_BUILD_OUTPUT ?? "dist",
  pages: [
    {name: "Coverage 覆盖", path: "/coverage"},
    {name: "Indicators 指标", path: "/indicators"},
    {name: "Agencies 部门", path: "/agencies"},
    {name: "Compare 对比", path: "/compare"},
    {name: "Follow-through 落实", path: "/follow"},
    {name: "Search 检索", path: "/search"},
    {name: "Terms 词语", path: "/terms"},
    {name: "Briefs 简报", path: "/brief/"},
    {name: "Explore 探索", path: "/explore"},
    {name: "About 关于", path: "/about"}
  ],
  // The default theme loads a web font from Google Fonts: blocked on government intranets and slow in
  // mainland China. style.css uses a CJK-capable system font stack instead.
  globalStylesheets: [],
  style: "style.css",
  // The language toggle: keeps the view state in the URL and flips ?lang= (pages read it via components/lang.ts).
  head: `<link rel="icon" href="data:,"><script>
addEventListener("DOMContentLoaded", () => {
  const a = document.querySelector("a[data-lang-toggle]"); if (!a) return;
  const url = new URL(location.href); let lang = url.searchParams.get("lang");
  try { lang = lang || localStorage.getItem("fazhi-lang"); } catch {}
  const next = lang === "en" ? "zh" : "en"; url.searchParams.set("lang", next);
  a.href = url.href; a.textContent = next === "en" ? "English" : "中文";
  a.addEventListener("click", () => { try { localStorage.setItem("fazhi-lang", next); } catch {} });
});
</script>`,
  header:
    '<div class="site-header"><span>法治政府建设文件比较 · Rule-of-law government documents compared</span><a data-lang-toggle class="lang-toggle">English</a></div>',
  // A fixed footer keeps the build reproducible (the default one stamps today's date).
  footer:
    "法治政府建设文件比较 · Rule-of-law government documents compared. Data: the documents in seeds/, each figure cited to its source text.",
  // json and parquet are not downloaded at build time; Parquet is read with parquet-wasm into Arrow and
  // handed to DuckDB-Wasm, which answers SQL without fetching extensions.
  duckdb: {extensions: {json: null, parquet: null}},
  // Documents and briefs are one page each (/document?id=<doc_id>, /brief/view?j=<slug>) that fetch their own
  // JSON: Framework would otherwise build a page and run a loader per document, which does not scale to 10,000.
  search: false
};
