import {createRequire} from "node:module";
import {dataPath} from "../read/read-data-file.ts";
import {checkInterrupt} from "./interrupt.ts";

interface Jieba {
  load(options: {userDict?: string; idfDict?: string; stopWordDict?: string}): void;
  cut(sentence: string, useHMM?: boolean): string[];
}

let jieba: Jieba | null = null;

/**
 * Loads nodejieba once per thread, with the domain user dictionary `data/jieba-user-dict.txt`. Its keyword
 * extractor's IDF table and stop words are never used here, so a one-line stub stands for both: about 20 MB less
 * per thread, the same cuts.
 */
function loadJieba(): Jieba {
  if (jieba == null) {
    const require = createRequire(import.meta.url);
    const module = require("nodejieba") as Jieba;
    const stub = dataPath("jieba-idf-stub.txt");
    module.load({userDict: dataPath("jieba-user-dict.txt"), idfDict: stub, stopWordDict: stub});
    jieba = module;
  }
  return jieba;
}

/**
 * Splits Chinese text into words with nodejieba (precise mode, HMM for unknown words) and the domain user
 * dictionary, dropping whitespace-only tokens; empty or null text returns [] without loading nodejieba.
 */
export function segment(text: string): string[] {
  if (text == null || !/\S/.test(text)) return [];
  checkInterrupt();
  const tokens = loadJieba().cut(text, true);
  checkInterrupt();
  const kept: string[] = [];
  for (const token of tokens) if (token !== "" && (!isSpace(token.charCodeAt(0)) || /\S/.test(token))) kept.push(token);
  return kept;
}

/** Whether a UTF-16 code unit is one /\s/ matches: a cheap first look, so most tokens skip the regex (issue 6). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
