import {descending, greatest, rollup} from "d3";
import type {Indicator} from "../types.ts";

/** The columns of an indicator value the rule reads. */
export type DefaultIndicatorRow = Pick<Indicator, "indicator_id" | "unit" | "flag"> & {jurisdiction: string | null};

/** How one indicator fares under the rule. */
export interface IndicatorComparability {
  indicator_id: string;
  /** The unit most of its plausible values are in (ties go to the unit first in code-point order). */
  main_unit: string;
  /** Share of its plausible values in the main unit. */
  unit_share: number;
  /** Jurisdictions with a plausible value in the main unit. */
  jurisdictions: number;
  /** Plausible values in the main unit. */
  values: number;
}

/** An indicator whose main unit holds less than this share of its values is a catch-all, never the default. */
export const MIN_UNIT_SHARE = 2 / 3;

/** Each classified indicator's main unit, its share and how many jurisdictions report in it (flagged values left out); [] for no rows. */
export function indicatorComparability(rows: DefaultIndicatorRow[]): IndicatorComparability[] {
  const plausible = rows.filter((r) => r.indicator_id != null && r.flag == null);
  const byIndicator = rollup(
    plausible,
    (v) => {
      const units = rollup(
        v,
        (u) => u,
        (r) => r.unit
      );
      const [main_unit, inMain] = greatest(units, (a, b) => a[1].length - b[1].length || descending(a[0], b[0]))!;
      return {
        main_unit,
        unit_share: inMain.length / v.length,
        jurisdictions: new Set(inMain.map((r) => r.jurisdiction)).size,
        values: inMain.length
      };
    },
    (r) => r.indicator_id!
  );
  return [...byIndicator].map(([indicator_id, c]) => ({indicator_id, ...c}));
}

/**
 * The indicator /indicators opens on, chosen by a rule from the data: among indicators whose main unit holds at
 * least MIN_UNIT_SHARE of their plausible values (a catch-all spread over many units never qualifies), the one
 * reported in that unit by the most jurisdictions, then with the larger unit share, then with more values, then the
 * first in `order` (catalogue order). Null when no indicator qualifies or there are no rows.
 */
export function defaultIndicator(rows: DefaultIndicatorRow[], order: string[] = []): string | null {
  const rank = new Map(order.map((id, i) => [id, i]));
  const at = (id: string) => rank.get(id) ?? order.length;
  const candidates = indicatorComparability(rows).filter((c) => c.unit_share >= MIN_UNIT_SHARE);
  const best = greatest(
    candidates,
    (a, b) =>
      a.jurisdictions - b.jurisdictions ||
      a.unit_share - b.unit_share ||
      a.values - b.values ||
      at(b.indicator_id) - at(a.indicator_id) ||
      descending(a.indicator_id, b.indicator_id)
  );
  return best?.indicator_id ?? null;
}
