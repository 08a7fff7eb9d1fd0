/** The site's jurisdiction palette (Tableau 10), in the order the domain takes it; the 11th jurisdiction starts again. */
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
  "#bab0ab"
];

/**
 * One colour per jurisdiction for the whole site: `domain` is every jurisdiction id of the corpus in a fixed order
 * (data/indicator-summary.json's `jurisdictions`), so a jurisdiction keeps its colour whatever a page filters or
 * which language it shows. Gives the colour of an id, grey for an id outside the domain; an empty domain colours
 * everything grey. `scale` is the same mapping as a Plot color scale (domain and range).
 */
export function jurisdictionColor(domain: readonly string[]) {
  const index = new Map(domain.map((id, i) => [id, i]));
  const color = (id: string | null | undefined) => {
    const i = id == null ? undefined : index.get(id);
    return i == null ? "#999" : JURISDICTION_PALETTE[i % JURISDICTION_PALETTE.length];
  };
  return Object.assign(color, {scale: {domain: [...domain], range: domain.map((id) => color(id))}});
}
