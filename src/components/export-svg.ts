import {textWidth} from "./text-width.js";
import {wrapText} from "./wrap-text.js";

const ns = "http://www.w3.org/2000/svg";

/** True for a Plot legend element: a colour ramp <svg> or a swatches <div> (class ending in -ramp / -swatches). */
function isLegend(el: Element): boolean {
  return [...el.classList].some((c) => /-(ramp|swatches)$/.test(c));
}

/** The chart's plot <svg>s in document order (small multiples give several), without legends or nested svgs. */
function chartSvgs(chart: Element): SVGSVGElement[] {
  if (chart instanceof SVGSVGElement) return [chart];
  return [...chart.querySelectorAll("svg")].filter(
    (s) => !s.closest("[class*=-swatches]") && !s.closest("[class*=-ramp]") && !s.parentElement?.closest("svg")
  ) as SVGSVGElement[];
}

/** The chart's legends in document order: Plot colour ramps (<svg>) and swatch lists (<div>). */
function chartLegends(chart: Element): Element[] {
  return [...chart.querySelectorAll("[class]")].filter(
    (el) => isLegend(el) && !el.parentElement?.closest("[class*=-swatches]")
  );
}

/**
 * The box an <svg> draws into, in its own px: its width × height widened to take in content that overflows it
 * (long axis labels, a ramp's end labels), measured with getBBox on the rendered chart.
 */
function svgBox(svg: SVGSVGElement): {left: number; top: number; width: number; height: number} {
  const width = svg.width?.baseVal?.value || svg.clientWidth || Number(svg.getAttribute("width")) || 640;
  const height = svg.height?.baseVal?.value || svg.clientHeight || Number(svg.getAttribute("height")) || 400;
  let content = {x: 0, y: 0, width, height};
  try {
    const box = svg.getBBox();
    if (box.width > 0 && box.height > 0) content = box;
  } catch {
    // not rendered (detached or display: none): its own size
  }
  const left = Math.floor(Math.min(0, content.x));
  const top = Math.floor(Math.min(0, content.y));
  const right = Math.ceil(Math.max(width, content.x + content.width));
  const bottom = Math.ceil(Math.max(height, content.y + content.height));
  return {left, top, width: right - left, height: bottom - top};
}

export interface ExportSvgOptions {
  title?: string;
  /** What is measured and in which units. */
  subtitle?: string;
  /** The citation line. */
  source?: string;
  /** The site line: site name, build id and the view's URL. */
  credit?: string;
}

/**
 * Serialises a chart as a self-contained SVG: title, subtitle, the chart's legends (colour ramps as they are,
 * swatches redrawn as SVG), every plot <svg> of the chart stacked (small multiples), then the source and site lines,
 * all inside the image: text wrapped to its width, labels that overflow a plot's box (long English names) taken in; the chart's own styles kept, fonts named by family only (system
 * CJK fonts), and every external reference (href to http, url(), @import) removed. A chart without an <svg> gives
 * null.
 */
export function exportSvg(
  chart: Element,
  {title = "", subtitle = "", source = "", credit = ""}: ExportSvgOptions = {}
) {
  const svgs = chartSvgs(chart);
  if (!svgs.length) return null;
  const legends = chartLegends(chart);
  const ramps = legends.filter((l): l is SVGSVGElement => l instanceof SVGSVGElement);
  const width = Math.max(320, ...[...svgs, ...ramps].map((s) => svgBox(s).width + 16));
  const out = document.createElementNS(ns, "svg");
  const body: Element[] = [];
  let y = 0;
  const lines = (text: string, size: number, gap: number, attrs: Record<string, string> = {}) => {
    for (const line of wrapText(text, width - 16, size)) {
      y += gap;
      const el = document.createElementNS(ns, "text");
      el.setAttribute("x", "8");
      el.setAttribute("y", String(y));
      el.setAttribute("font-size", String(size));
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.textContent = line;
      body.push(el);
    }
  };
  // An <svg> copied whole, shifted so that what overflows its box is inside the image, then the next below it.
  const place = (svg: SVGSVGElement, className = "") => {
    const box = svgBox(svg);
    const clone = svg.cloneNode(true) as SVGSVGElement;
    if (className) clone.setAttribute("class", `${clone.getAttribute("class") ?? ""} ${className}`);
    clone.setAttribute("x", "0");
    clone.setAttribute("y", "0");
    clone.setAttribute("overflow", "visible");
    const g = document.createElementNS(ns, "g");
    g.setAttribute("transform", `translate(${8 - box.left},${y - box.top})`);
    g.append(clone);
    body.push(g);
    y += box.height;
  };
  lines(title, 16, 22, {"font-weight": "bold", class: "export-title"});
  lines(subtitle, 12, 17, {fill: "#555", class: "export-subtitle"});
  y += 8;
  for (const legend of legends) {
    if (legend instanceof SVGSVGElement) {
      place(legend, "export-legend");
      y += 4;
    } else {
      const row = document.createElementNS(ns, "g");
      row.setAttribute("class", "export-legend");
      let x = 8;
      let top = y;
      for (const swatch of legend.querySelectorAll("[class$=-swatch]")) {
        const label = (swatch.textContent ?? "").trim();
        const labelWidth = textWidth(label, 12);
        if (x > 8 && x + 19 + labelWidth > width - 8) ((x = 8), (top += 18));
        const mark = swatch.querySelector("svg")?.cloneNode(true) as SVGSVGElement | undefined;
        if (mark) {
          mark.setAttribute("x", String(x));
          mark.setAttribute("y", String(top + 2));
          mark.setAttribute("width", "12");
          mark.setAttribute("height", "12");
          row.append(mark);
        }
        const text = document.createElementNS(ns, "text");
        text.setAttribute("x", String(x + 16));
        text.setAttribute("y", String(top + 12));
        text.setAttribute("font-size", "12");
        text.textContent = label;
        row.append(text);
        x += 16 + labelWidth + 14;
      }
      body.push(row);
      y = top + 22;
    }
  }
  for (const svg of svgs) place(svg);
  y += 6;
  lines(source, 11, 15, {class: "export-source"});
  lines(credit, 11, 15, {fill: "#555", class: "export-credit"});
  y += 10;
  out.setAttribute("xmlns", ns);
  out.setAttribute("width", String(width));
  out.setAttribute("height", String(y));
  out.setAttribute("viewBox", `0 0 ${width} ${y}`);
  out.setAttribute("font-family", '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif');
  const bg = document.createElementNS(ns, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "white");
  out.append(bg, ...body);
  for (const a of out.querySelectorAll("a")) {
    a.removeAttribute("href");
    a.removeAttributeNS("http://www.w3.org/1999/xlink", "href");
  }
  let markup = new XMLSerializer().serializeToString(out);
  markup = markup.replace(/@import[^;]+;/g, "").replace(/url\((['"]?)(?!#)[^)]*\1\)/g, "none");
  return markup;
}

/**
 * Renders an SVG string to a PNG blob at the given pixel ratio (2 by default), raised so that the image is at least
 * minWidth px wide (2,400 by default: print size at 200 dpi for a 30 cm column).
 */
export async function svgToPng(markup: string, ratio = 2, minWidth = 2400): Promise<Blob> {
  const img = new Image();
  const url = URL.createObjectURL(new Blob([markup], {type: "image/svg+xml"}));
  try {
    await new Promise((ok, fail) => ((img.onload = ok), (img.onerror = fail), (img.src = url)));
    ratio = Math.max(ratio, minWidth / img.width);
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(img.width * ratio);
    canvas.height = Math.round(img.height * ratio);
    const ctx = canvas.getContext("2d")!;
    ctx.scale(ratio, ratio);
    ctx.drawImage(img, 0, 0);
    return await new Promise((ok) => canvas.toBlob((b) => ok(b!), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}
