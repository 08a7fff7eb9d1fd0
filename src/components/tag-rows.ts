import type {RenderFunction} from "npm:@observablehq/plot";

/** An element a mark drew, carrying the row it stands for (set by tagRows). */
export type TaggedElement = Element & {__row?: unknown};

/**
 * A Plot mark option (a render transform) that gives every element the mark draws its row (`element.__row`, read by
 * markQuotes on a click) and, with `key`, a `data-key` attribute naming it; spread it into the mark's options:
 * `Plot.dot(data, {x, y, ...tagRows((d) => d.id)})`. A mark that draws nothing is left as it is.
 */
export function tagRows<T>(key?: (row: T) => string): {render: RenderFunction} {
  return {
    render(this: {data?: ArrayLike<T> | null}, index, scales, values, dimensions, context, next) {
      const g = next?.(index, scales, values, dimensions, context) ?? null;
      const data = this.data;
      if (g == null || data == null) return g;
      for (const element of g.querySelectorAll("*")) {
        const i = (element as Element & {__data__?: unknown}).__data__;
        if (typeof i !== "number") continue;
        (element as TaggedElement).__row = data[i];
        if (key) element.setAttribute("data-key", key(data[i]));
      }
      return g;
    }
  };
}
