import {plural} from "./plural.js";

/** Inputs.search's result count in the page's language: "178 条结果" or "178 results" / "1 result". */
export function resultCount(lang: "zh" | "en"): (n: number) => string {
  return (n) => (lang === "en" ? plural(n, "result") : `${n.toLocaleString("en-US")} 条结果`);
}
