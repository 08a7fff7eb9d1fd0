import * as Plot from "npm:@observablehq/plot";

export interface BriefTopic {
  topic_id: string;
  name_zh: string;
  name_en: string;
  /** Task items on the topic: the bar's label shows it out of `tasks`. */
  items: number;
  share: number;
  others: number | null;
}

/**
 * A print-friendly chart of a brief: one grey bar per topic for the jurisdiction's share of tasks and a black
 * tick for the mean share of the other jurisdictions, in black and grey so it reads on a monochrome printout. Each
 * bar is labelled with its count out of `tasks` ("2/18"), not a bare percentage, and the caption ends with `caveat`
 * (the genre caveat when the comparison crosses genres). Empty input gives an empty frame.
 */
export function briefTopicChart(
  topics: BriefTopic[],
  {
    width = 640,
    lang = "zh",
    name = "",
    tasks,
    caveat = ""
  }: {width?: number; lang?: "zh" | "en"; name?: string; tasks: number; caveat?: string}
) {
  const label = (d: BriefTopic) => (lang === "en" ? d.name_en : d.name_zh);
  const ticks = topics.filter((d) => d.others != null);
  return Plot.plot({
    width,
    height: 36 + topics.length * 19,
    marginLeft: lang === "en" ? 290 : 130,
    marginRight: 36,
    style: {fontSize: "11px", color: "#000", background: "#fff"},
    x: {
      label: null,
      tickFormat: "%",
      grid: true,
      domain: [0, Math.max(0.1, ...topics.map((d) => Math.max(d.share, d.others ?? 0))) + 0.04],
      nice: true
    },
    y: {domain: topics.map(label), label: null, tickSize: 0},
    marks: [
      Plot.barX(topics, {
        x: "share",
        y: label,
        fill: "#9a9a9a",
        insetTop: 3,
        insetBottom: 3,
        title: (d: BriefTopic) => `${label(d)}: ${d.items}/${tasks} (${Math.round(d.share * 100)}%)`
      }),
      Plot.text(topics, {
        x: (d: BriefTopic) => Math.max(d.share, d.others ?? 0),
        y: label,
        text: (d: BriefTopic) => `${d.items}/${tasks}`,
        textAnchor: "start",
        dx: 4,
        fill: "#000"
      }),
      Plot.tickX(ticks, {x: "others", y: label, stroke: "#000", strokeWidth: 2}),
      Plot.ruleX([0], {stroke: "#000"})
    ],
    caption:
      lang === "en"
        ? `Grey bar: ${name}'s share of its ${tasks} items (count on the bar); black tick: mean of the other jurisdictions. ${caveat}`
        : `灰色条：${name}各主题占 ${tasks} 项的比例（条上为条目数）；黑色刻度：其他地区平均。${caveat}`
  });
}
