import type {Item, ItemTopic} from "../types.ts";
import type {TokenRun} from "../text/token-vocabulary.ts";
import {matchLexicon} from "./match-lexicon.ts";
import {topicLexicon, type LexiconTerm} from "./topic-lexicon.ts";

/** Topic scores of one piece of text: each topic's summed lexicon weight and its matched terms in text order. */
interface TopicScore {
  topic_id: string;
  score: number;
  terms: string[];
}

/** The topic an item gets, before it becomes an ItemTopic row. */
interface Choice {
  topic_id: string;
  source: string;
  score: number;
  evidence: string;
}

/** What a precedence step sees: the item's heading and text scores (best first) and its parent's choice. */
interface Context {
  heading: TopicScore[];
  text: TopicScore[];
  parent: Choice | null;
}

/** Longest heading (in characters) read as a section title; a longer "heading" is a sentence and counts as text. */
export const MAX_HEADING_CHARS = 40;

/**
 * The precedence rule, tried in order; the first step that picks a topic wins, and an item no step places gets
 * "other" with source "none".
 * 1. own heading: the item's heading (its title before the first 。, at most 40 characters) names one topic more
 *    strongly than any other (highest lexicon weight, no tie);
 * 2. own text, decisive: the lexicon terms in the item's own text (tokens from nodejieba) give the best topic a
 *    weight of at least 3 and at least twice the weight of the runner-up;
 * 3. inherited: the parent's topic when it is not "other", so tasks take their chapter's topic (recursively, from the
 *    nearest ancestor whose heading or text was decisive);
 * 4. own text, plurality: the item's own text still has a single best topic (any weight, no tie).
 */
const PRECEDENCE: {name: string; source: string; pick: (context: Context) => Choice | null}[] = [
  {name: "own heading", source: "heading", pick: ({heading}) => decisive(heading, 1, 1)},
  {name: "own text, decisive", source: "lexicon", pick: ({text}) => decisive(text, 3, 2)},
  {name: "inherited", source: "inherited", pick: ({parent}) => (parent?.topic_id === "other" ? null : parent)},
  {name: "own text, plurality", source: "lexicon", pick: ({text}) => decisive(text, 0, 1)}
];

/**
 * Gives every item (headings and tasks) one topic with the terms that decided it, by the precedence rule above:
 * own heading, else own decisive text, else the parent's topic, else own text plurality, else "other";
 * headings are matched against the lexicon character by character, text through the tokens `tokensOf` returns.
 * Returns one row per item in input order; empty or null items return [].
 */
export function assignTopics(
  items: Item[],
  tokensOf: (item: Item) => readonly string[] | TokenRun,
  lexicon: LexiconTerm[] = topicLexicon()
): ItemTopic[] {
  if (items == null) return [];
  const byId = new Map(items.map((item) => [item.item_id, item]));
  const chosen = new Map<string, Choice>();
  const choose = (item: Item, visiting: Set<string>): Choice => {
    const known = chosen.get(item.item_id);
    if (known) return known;
    visiting.add(item.item_id);
    const parentItem = item.parent_id == null ? undefined : byId.get(item.parent_id);
    const parent = parentItem && !visiting.has(parentItem.item_id) ? choose(parentItem, visiting) : null;
    const heading = item.heading != null && item.heading.length <= MAX_HEADING_CHARS ? [...item.heading] : [];
    const context = {
      heading: scoreTopics(matchLexicon(heading, lexicon)),
      text: scoreTopics(matchLexicon(tokensOf(item) ?? [], lexicon)),
      parent
    };
    const choice = pickTopic(context);
    chosen.set(item.item_id, choice);
    return choice;
  };
  return items.map((item) => {
    const {topic_id, source, score, evidence} = choose(item, new Set());
    return {doc_id: item.doc_id, item_id: item.item_id, topic_id, evidence, source, score};
  });
}

function pickTopic(context: Context): Choice {
  for (const step of PRECEDENCE) {
    const choice = step.pick(context);
    if (choice) return {...choice, source: step.source};
  }
  return {topic_id: "other", source: "none", score: 0, evidence: ""};
}

/** The best topic when its score reaches `min` and is at least `ratio` times the runner-up (and strictly above it). */
function decisive(scores: TopicScore[], min: number, ratio: number): Choice | null {
  const [best, second] = scores;
  if (best == null || best.score <= 0 || best.score < min) return null;
  if (second != null && (best.score <= second.score || best.score < ratio * second.score)) return null;
  return {topic_id: best.topic_id, source: "", score: round(best.score), evidence: best.terms.join("|")};
}

/** Sums matched weights per topic, best first (score desc, topic_id asc); distinct terms keep first-seen order. */
function scoreTopics(matches: LexiconTerm[]): TopicScore[] {
  const byTopic = new Map<string, TopicScore>();
  for (const {term, topic_id, weight} of matches) {
    let entry = byTopic.get(topic_id);
    if (entry == null) byTopic.set(topic_id, (entry = {topic_id, score: 0, terms: []}));
    entry.score += weight;
    if (!entry.terms.includes(term)) entry.terms.push(term);
  }
  return [...byTopic.values()].sort(
    (a, b) => b.score - a.score || (a.topic_id < b.topic_id ? -1 : a.topic_id > b.topic_id ? 1 : 0)
  );
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
