import {setInput} from "./set-input.js";

/**
 * What a click on a province's tile does to the page's province select: chooses the tile's province, or clears the
 * choice (null) when it is the one already chosen, and tells the page with an "input" event as a user's pick would.
 * No tile, or a tile whose province is not among `known` (no documents or values there), changes nothing and gives
 * false; otherwise true.
 */
export function toggleProvince(
  input: EventTarget & {value: string | null},
  tile: {name_zh: string} | null | undefined,
  known: Iterable<string>
): boolean {
  if (!tile || !new Set(known).has(tile.name_zh)) return false;
  setInput(input, tile.name_zh === input.value ? null : tile.name_zh);
  return true;
}
