import {textWidth} from "./text-width.js";
import {wrapText} from "./wrap-text.js";

/** Where a heatmap's labels go and how big it is drawn: what heatmapLayout gives Plot. */
export interface HeatmapLayout {
  width: number;
  height: number;
  marginTop: number;
  marginLeft: number;
  marginRight: number;
  marginBottom: number;
  /** Row label → the label as drawn, lines joined by "\n" (never shortened). */
  rowLabel: (label: string) => string;
  /** Column label → the label as drawn, lines joined by "\n": wrapped to the column when upright. */
  columnLabel: (label: string) => string;
  /** 0 (upright, wrapped) or -90 (turned, when columns are too narrow to hold a word). */
  tickRotate: number;
}

const LINE = 1.2; // line height in em, as Plot sets multi-line text

/** The widest word of `text` (a Han character breaks anywhere, so it counts as one character). */
function longestWord(text: string, size: number): number {
  return Math.max(...text.split(" ").map((w) => (/[\u2e80-\u9fff]/.test(w) ? size : textWidth(w, size))));
}

/** A line width that breaks `text` into at most two lines: half of it plus its longest word. */
function halfLine(text: string, size: number): number {
  return textWidth(text, size) / 2 + longestWord(text, size);
}

/**
 * The size and margins of a row × column heatmap whose labels all show in full, at most `width` px wide: row labels
 * wrapped into up to `rowLabelWidth` px (the left margin fits the widest line), every row as tall as the label with
 * the most lines (at least `rowHeight`); column labels upright and wrapped to the column when a column is at least
 * `minColumn` px wide, else turned 90° (in two lines when a column holds two and the label is longer than
 * `turnedWidth` px), with a bottom margin for the longest line. Labels are measured by textWidth at `fontSize`.
 * No rows or columns give the frame of a one-cell chart.
 */
export function heatmapLayout(
  rows: readonly string[],
  columns: readonly string[],
  {
    width = 640,
    fontSize = 10,
    rowHeight = 26,
    columnWidth = 90,
    rowLabelWidth = Math.max(100, Math.min(220, width * 0.45)),
    minColumn = 56,
    turnedWidth = 160
  }: {
    width?: number;
    fontSize?: number;
    rowHeight?: number;
    /** The widest a column is drawn. */
    columnWidth?: number;
    rowLabelWidth?: number;
    minColumn?: number;
    /** A turned column label longer than this takes two lines, when a column holds two. */
    turnedWidth?: number;
  } = {}
): HeatmapLayout {
  const lineHeight = fontSize * LINE;
  const rowLines = new Map(rows.map((r) => [r, wrapText(r, rowLabelWidth, fontSize)]));
  const marginLeft = Math.ceil(
    // The tick (6 px), its padding (3 px) and a tenth for a line wider than estimated.
    9 + 1.1 * Math.max(0, ...[...rowLines.values()].flat().map((line) => textWidth(line, fontSize)))
  );
  const marginRight = 10;
  const chartWidth = Math.round(
    Math.max(320, Math.min(width, marginLeft + marginRight + Math.max(1, columns.length) * columnWidth))
  );
  const column = (chartWidth - marginLeft - marginRight) / Math.max(1, columns.length);
  const upright = column >= minColumn;
  // Turned labels take two lines (of at least `turnedWidth` px) when a column is wide enough for two.
  const turned = column >= 2 * lineHeight + 4 ? turnedWidth : Infinity;
  const columnLines = new Map(
    columns.map((c) => [
      c,
      wrapText(
        c,
        // Upright: a word is never broken ("Autonomou-s"), even when it is a little wider than the column.
        upright ? Math.max(column - 8, longestWord(c, fontSize)) : Math.max(turned, halfLine(c, fontSize)),
        fontSize
      )
    ])
  );
  const marginBottom = Math.ceil(
    upright
      ? 14 + lineHeight * Math.max(1, ...[...columnLines.values()].map((l) => l.length))
      : 16 + Math.max(0, ...[...columnLines.values()].flat().map((line) => textWidth(line, fontSize)))
  );
  const marginTop = 10;
  // A band scale draws every row alike: each as tall as the row label with the most lines.
  const band = Math.max(rowHeight, lineHeight * Math.max(1, ...[...rowLines.values()].map((l) => l.length)) + 8);
  const rowsHeight = band * Math.max(1, rows.length);
  return {
    width: chartWidth,
    height: Math.ceil(marginTop + rowsHeight + marginBottom),
    marginTop,
    marginLeft,
    marginRight,
    marginBottom,
    rowLabel: (label) => (rowLines.get(label) ?? [label]).join("\n"),
    columnLabel: (label) => (columnLines.get(label) ?? [label]).join("\n"),
    tickRotate: upright ? 0 : -90
  };
}

/** The frame options of Plot.plot that a heatmap's layout sets: its size and margins, to spread into the plot. */
export function heatmapFrame({width, height, marginTop, marginLeft, marginRight, marginBottom}: HeatmapLayout) {
  return {width, height, marginTop, marginLeft, marginRight, marginBottom};
}

/** The narrowest column (px) that holds a cell's value as text ("100%" at 10 px, with room on both sides). */
export const CELL_TEXT_MIN = 28;

/**
 * Whether a layout's columns, `columns` of them, are wide enough to write each cell's value inside (CELL_TEXT_MIN);
 * when not, the values stay in the tips and the Table view instead of running into each other.
 */
export function cellText({width, marginLeft, marginRight}: HeatmapLayout, columns: number): boolean {
  return (width - marginLeft - marginRight) / Math.max(1, columns) >= CELL_TEXT_MIN;
}
