import {normaliseTerm} from "../text/normalise-term.ts";
import {readDataCsv} from "../read/read-data-csv.ts";

/** One row of `data/topic-lexicon.csv`: a term that is evidence for a topic, with a weight (1 weak … 3 specific). */
export interface LexiconTerm {
  term: string;
  topic_id: string;
  weight: number;
}

let cache: LexiconTerm[] | null = null;

/** Returns the topic lexicon from `data/topic-lexicon.csv`, terms normalised; rows without a term or weight are skipped. */
export function topicLexicon(): LexiconTerm[] {
  cache ??= readDataCsv("topic-lexicon.csv")
    .map((row) => ({term: normaliseTerm(row.term), topic_id: row.topic_id, weight: Number(row.weight)}))
    .filter((row) => row.term !== "" && row.topic_id !== "" && Number.isFinite(row.weight) && row.weight > 0);
  return cache;
}
