/**
 * The site's jurisdiction palette: 20 categorical colours, each at least ΔE 15 (CIELAB) from every other and from the
 * grey of OTHER_JURISDICTIONS (test/components/jurisdiction-color.test.ts measures it). The first nine are Tableau
 * 10's; the rest are darker and brighter hues picked to stay apart from them. More than 20 colours cannot be told
 * apart at a glance, so the 21st jurisdiction on is grey (charts name every row, so a grey point still has its label).
 */
export const JURISDICTION_PALETTE = [
  "#4e79a7",
  "#f28e2c",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc949",
  "#af7aa1",
  "#ff9da7",
  "#9c755f",
  "#ffbe7d",
  "#2f4b7c",
  "#17becf",
  "#bcbd22",
  "#7f3c8d",
  "#006d2c",
  "#e7298a",
  "#b15928",
  "#8b0000",
  "#a6d854",
  "#3b3b3b"
];

/** The colour of a jurisdiction past the palette, or outside the domain. */
export const OTHER_JURISDICTIONS = "#999";

/**
 * One colour per jurisdiction for the whole site: `domain` is every jurisdiction id of the corpus in a fixed order
 * (data/indicator-summary.json's `jurisdictions`), so a jurisdiction keeps its colour whatever a page filters or
 * which language it shows. The first 20 of the domain get a palette colour each (never repeated); the rest, an id
 * outside the domain and null are grey (OTHER_JURISDICTIONS); an empty domain colours everything grey. `scale` is
 * the same mapping as a Plot color scale (domain and range).
 */
export function jurisdictionColor(domain: readonly string[]) {
  const index = new Map(domain.map((id, i) => [id, i]));
  const color = (id: string | null | undefined) => {
    const i = id == null ? undefined : index.get(id);
    return i == null ? OTHER_JURISDICTIONS : (JURISDICTION_PALETTE[i] ?? OTHER_JURISDICTIONS);
  };
  return Object.assign(color, {scale: {domain: [...domain], range: domain.map((id) => color(id))}});
}
