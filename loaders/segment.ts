import {createRequire} from "node:module";
import {dataPath} from "./read-data-file.ts";

interface Jieba {
  load(options: {userDict?: string}): void;
  cut(sentence: string, useHMM?: boolean): string[];
}

let jieba: Jieba | null = null;

/** Loads nodejieba once per process, with the domain user dictionary `data/jieba-user-dict.txt`. */
function loadJieba(): Jieba {
  if (jieba == null) {
    const require = createRequire(import.meta.url);
    const module = require("nodejieba") as Jieba;
    module.load({userDict: dataPath("jieba-user-dict.txt")});
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
  return loadJieba()
    .cut(text, true)
    .filter((token) => /\S/.test(token));
}
