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
  // The language toggle: keeps the view state in the URL and flips ?lang= (pages read it via src/page/lang.ts).
  // The same script sets <html lang> at once (style.css then shows only the [data-lang] blocks of that language),
  // and puts the header, footer, sidebar and pager ("Coverage 覆盖") and table of contents into that language.
  head: `<link rel="icon" href="data:,"><script>
(() => {
  let lang = new URLSearchParams(location.search).get("lang");
  try { lang = lang || localStorage.getItem("fazhi-lang"); } catch {}
  lang = lang === "en" ? "en" : "zh";
  document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
  document.documentElement.dataset.lang = lang;
  addEventListener("DOMContentLoaded", () => {
    for (const el of document.querySelectorAll("[data-zh][data-en]")) el.textContent = el.dataset[lang];
    for (const a of document.querySelectorAll("#observablehq-sidebar a, #observablehq-sidebar summary span, #observablehq-footer nav a span")) {
      const text = a.textContent.trim();
      const m = text.includes(" · ") ? text.split(" · ").reverse() : /^(.*?)\\s+(\\p{Script=Han}.*)$/u.exec(text)?.slice(1);
      if (m) a.textContent = lang === "en" ? m[0] : m[1];
    }
    for (const a of document.querySelectorAll("#observablehq-toc a")) {
      const target = document.getElementById(decodeURIComponent(a.hash.slice(1)));
      if (target?.closest("[data-lang]") && target.closest("[data-lang]").dataset.lang !== lang) a.closest("li").hidden = true;
    }
    const toc = document.querySelector("#observablehq-toc nav > div");
    if (toc) toc.textContent = lang === "en" ? "Contents" : "目录";
    const a = document.querySelector("a[data-lang-toggle]"); if (!a) return;
    const url = new URL(location.href);
    const next = lang === "en" ? "zh" : "en"; url.searchParams.set("lang", next);
    a.href = url.href; a.textContent = next === "en" ? "English" : "中文";
    a.addEventListener("click", () => { try { localStorage.setItem("fazhi-lang", next); } catch {} });
  });
})();
</script>`,
  header:
    '<div class="site-header"><span data-zh="法治政府建设文件比较" data-en="Rule-of-law government documents compared">法治政府建设文件比较 · Rule-of-law government documents compared</span><a data-lang-toggle class="lang-toggle">English</a></div>',
  // A fixed footer keeps the build reproducible (the default one stamps today's date).
  footer:
    '<span data-zh="法治政府建设文件比较。数据：seeds/ 中的文件，每个数字都引用其原文。" data-en="Rule-of-law government documents compared. Data: the documents in seeds/, each figure cited to its source text.">法治政府建设文件比较 · Rule-of-law government documents compared. Data: the documents in seeds/, each figure cited to its source text.</span>',
  // json and parquet are not downloaded at build time; Parquet is read with parquet-wasm into Arrow and
  // handed to DuckDB-Wasm, which answers SQL without fetching extensions. Both builds stay in the manifest (Framework
  // 1.13's client fails on a platform turned off here), but `npm run build` removes the `mvp` one from dist/
  // (scripts/prune-duckdb.ts).
  duckdb: {extensions: {json: null, parquet: null}},
  // Documents and briefs are one page each (/document?id=<doc_id>, /brief/view?j=<slug>) that fetch their own
  // JSON: Framework would otherwise build a page and run a loader per document, which does not scale to 10,000.
  search: false
};
