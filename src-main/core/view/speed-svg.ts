import { CELL, type HeatCell, type HeatMapLayout, type TimelineLayout } from './speed-charts.ts';

/**
 * The speed charts (speed-charts.ts) as SVG text, for the HTML and PDF reports:
 * drawn once, readable offline and in print, with no script. The words come in
 * already translated, so this knows no language.
 */

export interface HeatMapWords {
  title: string;
  row: (row: number) => string;
  column: (minute: number) => string;
  /** What one cell says, for its tooltip and a screen reader. */
  cell: (cell: HeatCell) => string;
}

export interface TimelineWords {
  title: string;
  /** The unit of the speed axis ("Mbit/s"). */
  unit: string;
  /** A speed on the axis, as the reader writes numbers ("3,75" in az and ru). */
  speed: (megabitsPerSecond: number) => string;
  time: (iso: string) => string;
  /** A time on the axis: short, the date alone, so four fit side by side. */
  tick: (iso: string) => string;
  site: string;
  controls: string;
}

// Words, grid and axis take the colour of the text around them (currentColor): the same
// SVG then reads in the app's light and dark looks and on paper. The lines keep colours
// that show on both.
const SITE_STROKE = 'stroke="#b2182b" stroke-width="2.5"';
const CONTROL_STROKE = 'stroke="#888" stroke-width="1.5" stroke-dasharray="5 4"';
const MAX_MARKED_POINTS = 100;

/** A point's mark: a round one for the site, a square for a neutral site, so the two differ without colour. */
function mark(control: boolean, x: number, y: number): string {
  return control
    ? `<rect x="${x - 2.5}" y="${y - 2.5}" width="5" height="5" fill="#888"/>`
    : `<circle cx="${x}" cy="${y}" r="3" fill="#b2182b"/>`;
}

/** Text safe inside SVG (XML) content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function heatMapSvg(layout: HeatMapLayout, words: HeatMapWords): string {
  const rows = layout.rows.map(
    ({ y, row }) =>
      `<text x="0" y="${y + CELL / 2 + 4}" font-size="11" fill="currentColor">${escapeXml(words.row(row))}</text>`,
  );
  const columns = layout.columns.map(
    ({ x, minute }) =>
      `<text x="${x}" y="12" font-size="10" fill="currentColor">${escapeXml(words.column(minute))}</text>`,
  );
  const cells = layout.cells.map(
    (cell) =>
      `<g><title>${escapeXml(words.cell(cell))}</title>` +
      `<rect x="${cell.x}" y="${cell.y}" width="${CELL - 2}" height="${CELL - 2}" rx="2" fill="${cell.fill}"/>` +
      `<text x="${cell.x + (CELL - 2) / 2}" y="${cell.y + CELL / 2 + 3}" text-anchor="middle" font-size="11" font-family="monospace" fill="${cell.ink}">${escapeXml(cell.symbol)}</text></g>`,
  );
  return svg(layout.width, layout.height, words.title, 'speed-heatmap', [...columns, ...rows, ...cells]);
}

export function timelineSvg(layout: TimelineLayout, words: TimelineWords): string {
  const { plot } = layout;
  const grid = layout.yTicks.map(
    ({ y, megabitsPerSecond }) =>
      `<line x1="${plot.left}" x2="${plot.right}" y1="${y}" y2="${y}" stroke="currentColor" stroke-opacity="0.2"/>` +
      `<text x="${plot.left - 6}" y="${y + 4}" text-anchor="end" font-size="10" fill="currentColor">${escapeXml(words.speed(megabitsPerSecond))}</text>`,
  );
  const times = layout.xTicks.map(
    ({ x, at }, index) =>
      `<text x="${x}" y="${plot.bottom + 16}" text-anchor="${anchorOf(index, layout.xTicks.length)}" font-size="10" fill="currentColor">${escapeXml(words.tick(at))}</text>`,
  );
  const lines = layout.lines.map((line) => {
    const look = line.control ? CONTROL_STROKE : SITE_STROKE;
    // Past a hundred points the marks would only blur the line into a band.
    const marks = line.points.length > MAX_MARKED_POINTS ? [] : line.points.map((p) => mark(line.control, p.x, p.y));
    return `<g><title>${escapeXml(line.control ? `${words.controls}: ${line.site}` : line.site)}</title><path d="${line.path}" fill="none" ${look}/>${marks.join('')}</g>`;
  });
  const legendY = plot.bottom + 28;
  const legendEntry = (x: number, control: boolean, text: string): string =>
    `<line x1="${x}" x2="${x + 24}" y1="${legendY - 4}" y2="${legendY - 4}" ${control ? CONTROL_STROKE : SITE_STROKE}/>` +
    `${mark(control, x + 12, legendY - 4)}<text x="${x + 30}" y="${legendY}" font-size="11" fill="currentColor">${escapeXml(text)}</text>`;
  const legend = legendEntry(plot.left, false, words.site) + legendEntry(plot.left + 300, true, words.controls);
  const unit = `<text x="4" y="${plot.top - 2}" font-size="10" fill="currentColor">${escapeXml(words.unit)}</text>`;
  const axis = `<line x1="${plot.left}" x2="${plot.left}" y1="${plot.top}" y2="${plot.bottom}" stroke="currentColor" stroke-opacity="0.5"/>`;
  return svg(layout.width, layout.height + 12, words.title, 'speed-timeline', [
    ...grid,
    axis,
    unit,
    ...times,
    ...lines,
    legend,
  ]);
}

/** The first time label starts at its tick, the last ends there, the others are centred. */
export function anchorOf(index: number, count: number): 'start' | 'middle' | 'end' {
  if (index === 0 && count > 1) return 'start';
  return index === count - 1 && count > 1 ? 'end' : 'middle';
}

function svg(width: number, height: number, title: string, className: string, parts: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" role="img" aria-label="${escapeXml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">` +
    `<title>${escapeXml(title)}</title>${parts.join('')}</svg>`
  );
}
