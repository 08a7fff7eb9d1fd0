/** A span of the text to mark: [start, end) in JavaScript string indices. */
export interface Annotation {
  start: number;
  end: number;
  /** CSS class suffix: "item", "lead", "support", "actual", "target"… */
  kind: string;
  /** Element id for a URL fragment (placed on the first piece of the span). */
  id?: string;
  title?: string;
}

/**
 * Renders text with its annotations as nested-free inline spans: the text is cut at every annotation
 * boundary and each piece gets the classes of the annotations covering it. Text is inserted as text nodes,
 * never as HTML, so a document containing <script> shows it as text. No annotations gives the plain text.
 */
export function annotatedText(text: string, annotations: Annotation[]): HTMLElement {
  const root = document.createElement("div");
  root.className = "annotated-text";
  const cuts = new Set<number>([0, text.length]);
  for (const a of annotations) {
    cuts.add(Math.max(0, Math.min(text.length, a.start)));
    cuts.add(Math.max(0, Math.min(text.length, a.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map<number, Annotation[]>();
  for (const a of annotations) starts.set(a.start, [...(starts.get(a.start) ?? []), a]);
  const open: Annotation[] = [];
  for (let k = 0; k < points.length - 1; ++k) {
    const [from, to] = [points[k], points[k + 1]];
    for (const a of starts.get(from) ?? []) {
      open.push(a);
      if (a.id) {
        const anchor = document.createElement("a");
        anchor.id = a.id;
        anchor.className = `anchor anchor-${a.kind}`;
        root.append(anchor);
      }
    }
    for (let i = open.length - 1; i >= 0; --i) if (open[i].end <= from) open.splice(i, 1);
    const piece = text.slice(from, to);
    const covering = open.filter((a) => a.start <= from && a.end >= to && a.kind !== "item");
    if (covering.length === 0) {
      root.append(document.createTextNode(piece));
    } else {
      const span = document.createElement("mark");
      span.className = covering.map((a) => `hl hl-${a.kind}`).join(" ");
      const title = covering
        .map((a) => a.title)
        .filter(Boolean)
        .join("\n");
      if (title) span.title = title;
      span.textContent = piece;
      root.append(span);
    }
  }
  return root;
}
