import {closeSync, openSync, readSync, rmSync, writeSync} from "node:fs";
import {logLikelihood} from "./log-likelihood.ts";
import {rankKeywords, roundScore, type ScoredTerm} from "./rank-keywords.ts";
import type {Keyword} from "../types.ts";

/** Collects documents' keyword term counts one at a time, then ranks them as `keywords()` does. */
export interface KeywordAccumulator {
  /** Adds one document's distinct keyword terms, their counts and the number of keyword tokens. */
  add(docId: string, terms: readonly string[], counts: readonly number[], length: number): void;
  /** Keyword rows for every document added, in the order added (tfidf then keyness, ranked from 1). */
  rows(): Generator<Keyword[]>;
  /** Closes and removes the spill file; a second call does nothing (a failed run's cleanup may call it again). */
  dispose(): void;
}

/**
 * The streaming form of `keywords()` (same scores, same rows, same order): document frequencies and corpus totals are
 * kept per term id, each document's (term id, count) pairs go to a spill file, and `rows()` reads them back once the
 * totals are known — so memory grows with the vocabulary, not the corpus, and the cost is linear in the pairs.
 * No documents yields nothing.
 */
export function keywordAccumulator(spillFile: string, {top = 20, minCount = 3} = {}): KeywordAccumulator {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  let df = new Uint32Array(1024);
  let corpus = new Float64Array(1024);
  let corpusLength = 0;
  const docIds: string[] = [];
  const fd = openSync(spillFile, "w+");
  let buffer = new Uint32Array(1 << 16);
  let used = 0;
  let written = 0;
  let disposed = false;
  const flush = () => {
    if (used > 0) writeSync(fd, buffer, 0, used * 4, written);
    written += used * 4;
    used = 0;
  };
  return {
    add(docId, docTerms, counts, length) {
      docIds.push(docId);
      corpusLength += length;
      const need = 2 + 2 * docTerms.length;
      if (used + need > buffer.length) flush();
      if (need > buffer.length) buffer = new Uint32Array(need);
      buffer[used++] = length;
      buffer[used++] = docTerms.length;
      for (let i = 0; i < docTerms.length; ++i) {
        let id = ids.get(docTerms[i]);
        if (id === undefined) {
          ids.set(docTerms[i], (id = terms.length));
          terms.push(docTerms[i]);
          if (id >= df.length) {
            df = grow(df, new Uint32Array(df.length * 2));
            corpus = grow(corpus, new Float64Array(corpus.length * 2));
          }
        }
        df[id] += 1;
        corpus[id] += counts[i];
        buffer[used++] = id;
        buffer[used++] = counts[i];
      }
    },
    *rows() {
      flush();
      const n = docIds.length;
      let at = 0;
      const header = new Uint32Array(2);
      for (const doc_id of docIds) {
        at += readSync(fd, header, 0, 8, at);
        const [length, size] = header;
        const pairs = new Uint32Array(size * 2);
        if (size > 0) at += readSync(fd, pairs, 0, size * 8, at);
        const tfidf: ScoredTerm[] = [];
        const keyness: ScoredTerm[] = [];
        const restLength = corpusLength - length;
        for (let i = 0; i < size; ++i) {
          const id = pairs[2 * i];
          const count = pairs[2 * i + 1];
          const term = terms[id];
          const idf = Math.log((1 + n) / (1 + df[id])) + 1;
          tfidf.push({term, count, score: roundScore((count / length) * idf)});
          if (restLength <= 0) continue;
          const rest = corpus[id] - count;
          if (count < minCount || count / length <= rest / restLength) continue;
          keyness.push({term, count, score: roundScore(logLikelihood(count, rest, length, restLength))});
        }
        yield [...rankKeywords(doc_id, "tfidf", tfidf, top), ...rankKeywords(doc_id, "keyness", keyness, top)];
      }
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      closeSync(fd);
      rmSync(spillFile, {force: true});
    }
  };
}

function grow<T extends Uint32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}
