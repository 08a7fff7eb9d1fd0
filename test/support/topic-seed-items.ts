/**
 * A deliberately simple outline builder for the topic and coverage tests only (the real one is parseOutline):
 * one item per line that starts with a label (一、 / (一) / 1. / 1) / (1)), nested by first-seen label style ("15)" and "(15)" share a level).
 */
import {readFileSync} from "node:fs";
import type {Item} from "../../loaders/types.ts";

const CN = "一二三四五六七八九十";
const STYLES: {style: string; pattern: RegExp}[] = [
  {style: "cn-dun", pattern: new RegExp(`^[${CN}]+、`)},
  {style: "cn-paren", pattern: new RegExp(`^[(（][${CN}]+[)）]`)},
  {style: "arabic-dot", pattern: /^\d+[.．](?!\d)/},
  {style: "arabic-half-paren", pattern: /^\d+[)）]/},
  {style: "arabic-paren", pattern: /^[(（]\d+[)）]/}
];

/** Reads seeds/<name>.txt. */
export function readSeed(name: string): string {
  return readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), "utf8");
}

/** Builds items from a text; items at the deepest style level are tasks. */
export function seedItems(doc_id: string, text: string): Item[] {
  const order: string[] = [];
  const starts: {start: number; style: string; label: string}[] = [];
  for (let offset = 0, i = 0; offset < text.length; offset += lines(text)[i++].length + 1) {
    const line = lines(text)[i];
    const indent = line.length - line.trimStart().length;
    const rule = STYLES.find((s) => s.pattern.test(line.trimStart()));
    if (!rule) continue;
    const level = rule.style === "arabic-paren" ? "arabic-half-paren" : rule.style;
    if (!order.includes(level)) order.push(level);
    starts.push({start: offset + indent, style: level, label: line.trimStart().match(rule.pattern)![0]});
  }
  const items: Item[] = [];
  const stack: Item[] = [];
  const counters: number[] = [];
  starts.forEach(({start, style, label}, k) => {
    const depth = order.indexOf(style) + 1;
    while (stack.length && stack[stack.length - 1].depth >= depth) stack.pop();
    counters.length = depth;
    counters[depth - 1] = (counters[depth - 1] ?? 0) + 1;
    const end = k + 1 < starts.length ? starts[k + 1].start : text.length;
    const own = text.slice(start, end);
    const body = own.slice(label.length);
    const firstLine = body.split("\n")[0];
    const heading = firstLine.split("。")[0].trim() || null;
    const item: Item = {
      doc_id,
      item_id: `${doc_id}:${counters.map((n) => n ?? 0).join(".")}`,
      parent_id: stack.length ? stack[stack.length - 1].item_id : null,
      depth,
      label,
      style,
      ordinal: counters[depth - 1],
      heading,
      text: own,
      is_task: depth === order.length,
      topic_id: null,
      char_start: start,
      char_end: end
    };
    items.push(item);
    stack.push(item);
  });
  return items;
}

const cache = new Map<string, string[]>();
function lines(text: string): string[] {
  if (!cache.has(text)) cache.set(text, text.split("\n"));
  return cache.get(text)!;
}
