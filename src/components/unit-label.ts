import {indicatorUnitNames, unitNames} from "./unit-names.js";

const byUnit = new Map(unitNames.map(([unit, singular, plural]) => [unit, [singular, plural] as const]));

/**
 * A measure word in the language given: Chinese as written (件, 人次); English from the units table, singular for a
 * value of exactly 1, and the indicator's own words where the table has them (件 of admin_penalty_cases → "cases",
 * 件 elsewhere → "items"). A unit the table lacks is returned as written; null gives "".
 */
export function unitLabel(
  unit: string | null | undefined,
  {lang, value, indicator}: {lang: "zh" | "en"; value?: number | null; indicator?: string | null}
): string {
  if (unit == null) return "";
  if (lang === "zh") return unit;
  const words = (byUnit.has(unit) && indicator != null && indicatorUnitNames[indicator]) || byUnit.get(unit);
  if (!words) return unit;
  return value === 1 ? words[0] : words[1];
}
