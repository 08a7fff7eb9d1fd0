import type {MatrixDoc, MatrixTopic} from "./coverage-view.js";
import {provinceValues, type ProvinceValue} from "./province-values.js";

/**
 * One topic's mean share per province (the /coverage tile map): the mean over each province's documents of the
 * year (all years for null) of their `metric` share on the topic, with the documents counted as n. An unknown topic
 * or no documents give [].
 */
export function topicProvinceShares(
  matrix: {topics: readonly Pick<MatrixTopic, "topic_id">[]; documents: readonly MatrixDoc[]},
  topicId: string | null | undefined,
  {year = null, metric = "share_items"}: {year?: number | null; metric?: "share_items" | "share_chars"} = {}
): ProvinceValue[] {
  const k = matrix.topics.findIndex((t) => t.topic_id === topicId);
  if (k < 0) return [];
  const ofYear = matrix.documents.filter((d) => year == null || d.year === year);
  return provinceValues(ofYear, (d) => d[metric][k], {reduce: "mean"});
}
