import type {Topic} from "../types.ts";
import {readDataCsv} from "../read/read-data-csv.ts";

let cache: Topic[] | null = null;

/** Returns the topic taxonomy from `data/topics.csv` sorted by its order column (never empty: the file ships with the repo). */
export function topicTable(): Topic[] {
  cache ??= readDataCsv("topics.csv")
    .map((row) => ({
      topic_id: row.topic_id,
      name_zh: row.name_zh,
      name_en: row.name_en,
      order: Number(row.order),
      description: row.description,
      description_zh: row.description_zh
    }))
    .sort((a, b) => a.order - b.order);
  return cache.map((topic) => ({...topic}));
}
