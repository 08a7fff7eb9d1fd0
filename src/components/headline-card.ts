import {html} from "npm:htl";
import type {HeadlineFact} from "../../loaders/site/headline-facts.ts";
import {translator} from "./lang.js";

/** At most this many tied leaders are named on a card; the rest are counted. */
const NAMED = 3;

/**
 * One headline fact of the overview as a card linking into its view (keeping ?lang=en): the topic with the most tasks
 * in the most jurisdictions, the agency leading the most tasks in the most jurisdictions, the indicator reported in
 * the most jurisdictions; entries tied for first are all named (up to three, then counted), each with "N of M
 * jurisdictions".
 */
export function headlineCard(f: HeadlineFact, {lang = "zh"}: {lang?: "zh" | "en"} = {}) {
  const t = translator(lang);
  const names = f.leaders.slice(0, NAMED).map((l) => (lang === "en" ? l.name_en : l.name_zh));
  const more = f.leaders.length - names.length;
  const name = t(
    names.map((n) => `“${n}”`).join("、") + (more ? `等${f.leaders.length}项` : ""),
    names.join(", ") + (more ? ` and ${more} more` : "")
  );
  const tie = f.leaders.length > 1;
  const nOfM = t(`${f.of}个地区中的${f.jurisdictions}个`, `${f.jurisdictions} of ${f.of} jurisdictions`);
  const [title, text] = {
    topic: [
      t("覆盖 →", "Coverage →"),
      t(
        `${name}${tie ? "并列" : ""}是任务最多的主题，见于${nOfM}。`,
        `${tie ? "Tied: " : ""}${name} ${tie ? "are" : "is"} the topic with the most tasks in ${nOfM}.`
      )
    ],
    agency: [
      t("部门 →", "Agencies →"),
      t(
        `${name}${tie ? "并列" : ""}牵头任务最多，见于${nOfM}(有分工的地区)。`,
        `${tie ? "Tied: " : ""}${name} ${tie ? "lead" : "leads"} the most tasks in ${nOfM} that name units.`
      )
    ],
    indicator: [
      t("指标 →", "Indicators →"),
      t(
        `${name}${tie ? "并列" : ""}是报告最多的指标，见于${nOfM}。`,
        `${tie ? "Tied: " : ""}${name} ${tie ? "are" : "is"} the figure most often reported: ${nOfM}.`
      )
    ]
  }[f.kind] ?? ["", ""];
  return html`<a
    class="card"
    data-headline="${f.kind}"
    data-leaders="${f.leaders.length}"
    href="./${f.href}${lang === "en" ? "&lang=en" : ""}"
    ><h2>${title}</h2>
    ${text}</a
  >`;
}
