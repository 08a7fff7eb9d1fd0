import {unitLabel} from "./unit-label.js";

/**
 * A figure as a brief prints it: "435 件", "≈400 场次" (approx, written with 余/多/近/约), "84.3%"; in English the
 * unit in words ("435 cases", unitLabel); a missing value gives "–".
 */
export function figureValue(
  d:
    | {value: number | null | undefined; unit?: string | null; approx?: boolean | null; indicator_id?: string | null}
    | null
    | undefined,
  lang: "zh" | "en" = "zh"
): string {
  if (d?.value == null || !Number.isFinite(d.value)) return "–";
  const number = d.value.toLocaleString(lang === "en" ? "en-US" : "zh-CN", {maximumFractionDigits: 2});
  const unit = unitLabel(d.unit, {lang, value: d.value, indicator: d.indicator_id});
  return `${d.approx ? "≈" : ""}${number}${unit === "%" || unit === "" ? unit : ` ${unit}`}`;
}
