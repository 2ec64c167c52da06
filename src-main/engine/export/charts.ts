import { html, type Html } from './html-template.ts';
import type { Tone } from '../../core/view/verdict-look.ts';

/**
 * Charts as inline SVG: drawn once, readable offline and in print, no script. Each
 * carries its figures as text as well, so a chart is never the only way to read them.
 */

export interface Bar {
  label: string;
  value: number;
  /** What the bar's full length stands for; the longest bar when absent. */
  of?: number;
  /** The words after the bar ("3", "2 / 5"). */
  figure: string;
  tone: Tone;
}

const LABEL_WIDTH = 250;
const BAR_WIDTH = 300;
const FIGURE_WIDTH = 90;
const ROW = 26;

/** Horizontal bars, one per row: label, bar, figure. */
export function barChart(title: string, bars: readonly Bar[]): Html {
  const max = Math.max(1, ...bars.map((bar) => bar.of ?? bar.value));
  const width = LABEL_WIDTH + BAR_WIDTH + FIGURE_WIDTH;
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, index) => {
    const y = index * ROW + 2;
    const scale = bar.of ?? max;
    const length = scale === 0 ? 0 : Math.round((bar.value / scale) * BAR_WIDTH);
    const track =
      bar.of === undefined
        ? []
        : html`<rect
            class="track"
            x="${LABEL_WIDTH}"
            y="${y + 4}"
            width="${BAR_WIDTH}"
            height="${ROW - 10}"
            rx="3"
          ></rect>`;
    return html`<g>
      <text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW / 2 + 4}" text-anchor="end">${clip(bar.label, 38)}</text>
      ${track}<rect
        class="bar tone-${bar.tone}"
        x="${LABEL_WIDTH}"
        y="${y + 4}"
        width="${Math.max(length, bar.value > 0 ? 3 : 0)}"
        height="${ROW - 10}"
        rx="3"
      ></rect>
      <text class="figure" x="${LABEL_WIDTH + BAR_WIDTH + 8}" y="${y + ROW / 2 + 4}">${bar.figure}</text>
    </g>`;
  });
  return html`<svg
    class="chart bars"
    role="img"
    aria-label="${title}"
    viewBox="0 0 ${width} ${height}"
    width="${width}"
    height="${height}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>${title}</title>
    ${rows}
  </svg>`;
}

export interface Point {
  x: number;
  y: number;
}

const SPARK_WIDTH = 220;
const SPARK_HEIGHT = 44;

/** A line of cumulative bytes over time, scaled to fit; a flat end is a stall. */
export function sparkline(title: string, points: readonly Point[], tone: Tone): Html {
  const maxX = Math.max(1, ...points.map((p) => p.x));
  const maxY = Math.max(1, ...points.map((p) => p.y));
  const coordinates = [{ x: 0, y: 0 }, ...points]
    .map(
      (p) =>
        `${round((p.x / maxX) * (SPARK_WIDTH - 4) + 2)},${round(SPARK_HEIGHT - 2 - (p.y / maxY) * (SPARK_HEIGHT - 4))}`,
    )
    .join(' ');
  return html`<svg
    class="chart spark"
    role="img"
    aria-label="${title}"
    viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
    width="${SPARK_WIDTH}"
    height="${SPARK_HEIGHT}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>${title}</title>
    <rect class="track" x="0" y="0" width="${SPARK_WIDTH}" height="${SPARK_HEIGHT}" rx="3"></rect>
    <polyline class="line tone-${tone}" points="${coordinates}"></polyline>
  </svg>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

function clip(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`;
}
