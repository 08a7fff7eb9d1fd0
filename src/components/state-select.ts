import * as Inputs from "npm:@observablehq/inputs";
import {stateOption} from "./state-option.js";

export interface StateSelectOptions<T> {
  /** The value read from the URL by the page (readState), or null. */
  state: string | null | undefined;
  /** Turns the URL's string into an option, e.g. Number for years; by default the string itself. */
  parse?: (raw: string) => T;
  /** The value when the URL names no option; null (the "all" entry) by default. */
  fallback?: T | null;
  /** Label of a leading null entry meaning "all" ("全部省份"); without it there is none. */
  all?: string;
  label: string;
  format?: (option: T) => string;
}

/**
 * A select over `options` for view state kept in the URL: its value is the option the URL's value names
 * (stateOption), else `fallback`. The page reads the URL and writes the value back (readState, writeState).
 */
export function stateSelect<T>(
  options: readonly T[],
  {state, parse, fallback = null, all, label, format = String}: StateSelectOptions<T>
) {
  return Inputs.select(all == null ? options : [null, ...options], {
    label,
    format: (o: T | null) => (o == null ? all : format(o)),
    value: stateOption(options, state, {parse, fallback})
  });
}
