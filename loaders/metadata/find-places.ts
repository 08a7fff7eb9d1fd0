import {divisionIndex, type Division} from "./divisions.ts";

/** A division name found in a text: [start, end) and every division the name may denote. */
export interface PlaceMention {
  name: string;
  start: number;
  end: number;
  divisions: Division[];
}

/**
 * Finds division names (official names and short forms such as 巴州) in a text, scanning left to right and taking
 * the longest name at each position, so 巴州区 is not read as 巴州 and 辽阳市 not as 辽阳县. Empty input returns [].
 */
export function findPlaces(text: string): PlaceMention[] {
  if (text == null || text === "") return [];
  const {names, byFirstChar} = divisionIndex();
  const found: PlaceMention[] = [];
  for (let i = 0; i < text.length;) {
    const name = byFirstChar.get(text[i])?.find((n) => text.startsWith(n, i));
    if (name) {
      found.push({name, start: i, end: i + name.length, divisions: names.get(name)!});
      i += name.length;
    } else ++i;
  }
  return found;
}
