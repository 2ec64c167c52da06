import type { SpeedLine } from '../../shared/ipc/pattern.ts';
import { MINUTES_PER_DAY, type SlotCell, type SlotGrid, type SlotState } from '../../shared/time-pattern.ts';
import { isWeekGrid } from '../judge/time-slots.ts';
import { SLOT_SYMBOLS } from './pattern-words.ts';

/**
 * Where everything of the two speed charts goes (a week heat map per site, a timeline
 * of a site's speed beside the neutral controls), as plain numbers: the app draws
 * them in React, the HTML report as SVG text (speed-svg.ts), so both show the same
 * picture. No DOM and no Node here.
 */

/** Fill and ink of a heat-map cell; the symbol (SLOT_SYMBOLS) says the same, so colour is never alone. */
export const SLOT_LOOK: Readonly<Record<SlotState, { fill: string; ink: string }>> = {
  normal: { fill: '#d9f0d3', ink: '#1b4d1b' },
  slower: { fill: '#fee08b', ink: '#5c4400' },
  slowed: { fill: '#b2182b', ink: '#ffffff' },
  busy: { fill: '#c6dbef', ink: '#08306b' },
  'no-data': { fill: '#f2f2f2', ink: '#595959' },
};

export const CELL = 22;
const ROW_LABEL = 44;
const COLUMN_LABEL = 18;

export interface HeatCell {
  x: number;
  y: number;
  state: SlotState;
  symbol: string;
  fill: string;
  ink: string;
  /** Median speed against normal (1 normal); null without samples. */
  relativeSpeed: number | null;
  samples: number;
  /** Row (day, or 0 on another cycle) and column (slot of the row). */
  row: number;
  column: number;
}

export interface HeatMapLayout {
  width: number;
  height: number;
  cells: HeatCell[];
  rows: { y: number; row: number }[];
  /** Columns whose start is labelled: every third hour on a week grid. */
  columns: { x: number; column: number; minute: number }[];
  /** Slots per row. */
  perRow: number;
}

/** A row per day on a week grid (Monday first), one row on any other cycle. */
export function heatMapLayout(grid: SlotGrid, cells: readonly SlotCell[]): HeatMapLayout {
  const perRow = isWeekGrid(grid) ? MINUTES_PER_DAY / grid.slotMinutes : cells.length;
  const rowCount = Math.max(1, Math.ceil(cells.length / Math.max(perRow, 1)));
  const placed = cells.map((cell, index): HeatCell => {
    const row = Math.floor(index / perRow);
    const column = index % perRow;
    return {
      x: ROW_LABEL + column * CELL,
      y: COLUMN_LABEL + row * CELL,
      state: cell.state,
      symbol: SLOT_SYMBOLS[cell.state],
      ...SLOT_LOOK[cell.state],
      relativeSpeed: cell.relativeSpeed,
      samples: cell.samples,
      row,
      column,
    };
  });
  const labelEvery = Math.max(1, Math.round(180 / grid.slotMinutes));
  const columns = Array.from({ length: perRow }, (_, column) => column)
    .filter((column) => column % labelEvery === 0)
    .map((column) => ({ x: ROW_LABEL + column * CELL, column, minute: column * grid.slotMinutes }));
  return {
    width: ROW_LABEL + perRow * CELL,
    height: COLUMN_LABEL + rowCount * CELL,
    cells: placed,
    rows: Array.from({ length: rowCount }, (_, row) => ({ y: COLUMN_LABEL + row * CELL, row })),
    columns,
    perRow,
  };
}

export const TIMELINE = { width: 640, height: 240, left: 56, right: 16, top: 12, bottom: 32 } as const;

export interface PlottedLine {
  site: string;
  control: boolean;
  /** SVG path data (M … L …) through the points. */
  path: string;
  points: { x: number; y: number; at: string; megabitsPerSecond: number }[];
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  lines: PlottedLine[];
  yTicks: { y: number; megabitsPerSecond: number }[];
  xTicks: { x: number; at: string }[];
}

/** Bytes per second as megabits per second, as connection speeds are told. */
export function megabits(bytesPerSecond: number): number {
  return Math.round((bytesPerSecond * 8) / 10_000) / 100;
}

/**
 * A site's speed over time and the neutral controls over the same route beside it:
 * time across, megabits per second up, the axis from zero so a drop looks its size.
 */
export function timelineLayout(lines: readonly SpeedLine[], site: string, route: string): TimelineLayout {
  const drawn = lines.filter((line) => line.route === route && (line.control || line.site === site));
  const times = drawn.flatMap((line) => line.points.map((p) => Date.parse(p.at)));
  const speeds = drawn.flatMap((line) => line.points.map((p) => megabits(p.bytesPerSecond)));
  const first = Math.min(...times);
  const last = Math.max(...times);
  const top = niceCeiling(Math.max(0, ...speeds));
  const plot = {
    left: TIMELINE.left,
    top: TIMELINE.top,
    right: TIMELINE.width - TIMELINE.right,
    bottom: TIMELINE.height - TIMELINE.bottom,
  };
  const xOf = (time: number): number =>
    last === first
      ? (plot.left + plot.right) / 2
      : plot.left + ((time - first) / (last - first)) * (plot.right - plot.left);
  const yOf = (speed: number): number => plot.bottom - (speed / top) * (plot.bottom - plot.top);
  const plotted = drawn.map((line): PlottedLine => {
    const points = line.points.map((p) => {
      const speed = megabits(p.bytesPerSecond);
      return { x: round(xOf(Date.parse(p.at))), y: round(yOf(speed)), at: p.at, megabitsPerSecond: speed };
    });
    const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ');
    return { site: line.site, control: line.control, path, points };
  });
  // Controls first, so the site is drawn over them.
  plotted.sort((a, b) => Number(b.control) - Number(a.control));
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({
    y: round(yOf(top * share)),
    megabitsPerSecond: round(top * share),
  }));
  const xTicks =
    times.length === 0
      ? []
      : (last === first ? [first] : [0, 1 / 3, 2 / 3, 1].map((share) => first + share * (last - first))).map(
          (time) => ({ x: round(xOf(time)), at: new Date(time).toISOString() }),
        );
  return { width: TIMELINE.width, height: TIMELINE.height, plot, lines: plotted, yTicks, xTicks };
}

/** The next of 1, 2, 5 × 10ⁿ at or above a value, so the axis ticks are round; 1 for nothing. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((n) => n * power >= value) ?? 10;
  return step * power;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
