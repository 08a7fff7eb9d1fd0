import type {CatalogueIndicator} from "../indicators/indicator-catalogue.ts";
import type {Indicator} from "../types.ts";

type Figure = Pick<Indicator, "subject">;
type Named = Pick<CatalogueIndicator, "name_zh">;

/** The longest run of characters two strings share ("行政执法主体" in 审核确认行政执法主体 and 行政执法主体数); "" gives 0. */
export function commonRun(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) if (a[i - 1] === b[j - 1]) best = Math.max(best, (row[j] = prev[j - 1] + 1));
    prev = row;
  }
  return best;
}

/**
 * How a brief's key figure is chosen among the figures of one indicator and kind, tried in order: the first rule
 * that scores two figures differently decides, and text order breaks a full tie. A new preference is one entry here
 * plus one test line (test/site/key-figure.test.ts).
 */
export const KEY_FIGURE_RULES: {name: string; score: (figure: Figure, indicator: Named) => number}[] = [
  // What the figure counts, as written, shares the most with the indicator's name: 审核确认行政执法主体27个 over
  // 17个行政执法单位(参加法治创建活动) for 行政执法主体数.
  {name: "subject", score: (f, c) => commonRun(f.subject, c.name_zh)}
];

/** The key figure of one indicator among its figures in text order (KEY_FIGURE_RULES); undefined for none. */
export function keyFigure<F extends Figure>(figures: F[], indicator: Named): F | undefined {
  let best: F | undefined;
  for (const f of figures) if (best === undefined || prefer(f, best, indicator) > 0) best = f;
  return best;
}

/** > 0 when the first rule that tells them apart prefers `a`; 0 when none does. */
function prefer(a: Figure, b: Figure, indicator: Named): number {
  for (const rule of KEY_FIGURE_RULES) {
    const d = rule.score(a, indicator) - rule.score(b, indicator);
    if (d) return d;
  }
  return 0;
}
