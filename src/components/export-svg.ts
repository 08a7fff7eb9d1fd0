/** The main <svg> of a chart (a Plot figure may wrap it with legends); null when there is none. */
export function chartSvg(chart: Element): SVGSVGElement | null {
  if (chart instanceof SVGSVGElement) return chart;
  const svgs = [...chart.querySelectorAll("svg")].filter(
    (s) => !s.closest("[class*=-swatches]") && !s.closest("[class*=-ramp]")
  );
  return (
    (svgs.sort((a, b) => b.clientWidth * b.clientHeight - a.clientWidth * a.clientHeight)[0] as SVGSVGElement) ?? null
  );
}

/**
 * Serialises a chart as a self-contained SVG: title and source as text elements, the chart's own styles kept,
 * fonts named by family only (system CJK fonts), and every external reference (href to http, url(), @import)
 * removed. Null chart gives null.
 */
export function exportSvg(chart: Element, {title = "", source = ""} = {}): string | null {
  const svg = chartSvg(chart);
  if (!svg) return null;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const width = svg.width.baseVal.value || svg.clientWidth || 640;
  const height = svg.height.baseVal.value || svg.clientHeight || 400;
  const ns = "http://www.w3.org/2000/svg";
  const out = document.createElementNS(ns, "svg");
  out.setAttribute("xmlns", ns);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(height + 60));
  out.setAttribute("viewBox", `0 0 ${width} ${height + 60}`);
  out.setAttribute("font-family", '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif');
  const text = (y: number, s: string, size: number, weight = "normal") => {
    const el = document.createElementNS(ns, "text");
    el.setAttribute("x", "8");
    el.setAttribute("y", String(y));
    el.setAttribute("font-size", String(size));
    el.setAttribute("font-weight", weight);
    el.textContent = s;
    return el;
  };
  const bg = document.createElementNS(ns, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "white");
  out.append(bg, text(22, title, 16, "bold"));
  const g = document.createElementNS(ns, "g");
  g.setAttribute("transform", "translate(0,34)");
  clone.setAttribute("x", "0");
  clone.setAttribute("y", "0");
  g.append(clone);
  out.append(g, text(height + 52, source, 11));
  for (const a of out.querySelectorAll("a")) {
    a.removeAttribute("href");
    a.removeAttributeNS("http://www.w3.org/1999/xlink", "href");
  }
  let markup = new XMLSerializer().serializeToString(out);
  markup = markup.replace(/@import[^;]+;/g, "").replace(/url\((['"]?)(?!#)[^)]*\1\)/g, "none");
  return markup;
}

/** Renders an SVG string to a PNG blob at the given pixel ratio (2 by default). */
export async function svgToPng(markup: string, ratio = 2): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([markup], {type: "image/svg+xml"}));
  try {
    await new Promise((ok, fail) => ((img.onload = ok), (img.onerror = fail), (img.src = url)));
    const canvas = document.createElement("canvas");
    canvas.width = img.width * ratio;
    canvas.height = img.height * ratio;
    const ctx = canvas.getContext("2d")!;
    ctx.scale(ratio, ratio);
    ctx.drawImage(img, 0, 0);
    return await new Promise((ok) => canvas.toBlob((b) => ok(b!), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
