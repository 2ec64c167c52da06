import { MINUTES_PER_DAY, MINUTES_PER_WEEK, type PatternWindow, type SlotGrid } from '../../shared/time-pattern.ts';
import type { Confidence } from '../../shared/verdict.ts';

/** Slot arithmetic and the joining of slow slots into windows, for the time-pattern judge. */

const MINUTE_MS = 60_000;
/** 1970-01-05, the first Monday after the epoch: cycles start on a Monday at 00:00, as ISO 8601 weeks do. */
const FIRST_MONDAY_MINUTES = 4 * MINUTES_PER_DAY;

export function slotCount(grid: SlotGrid): number {
  return grid.cycleMinutes / grid.slotMinutes;
}

/** The slot of the cycle a wall-clock time (ms since the epoch) falls in, in the user's local time. */
export function slotOf(grid: SlotGrid, timeMs: number): number {
  const localMinutes = Math.floor(timeMs / MINUTE_MS) + grid.utcOffsetMinutes - FIRST_MONDAY_MINUTES;
  const minuteOfCycle = ((localMinutes % grid.cycleMinutes) + grid.cycleMinutes) % grid.cycleMinutes;
  return Math.floor(minuteOfCycle / grid.slotMinutes);
}

/** A week whose slots fit a day evenly: its windows are told by day and hour. */
export function isWeekGrid(grid: SlotGrid): boolean {
  return grid.cycleMinutes === MINUTES_PER_WEEK && MINUTES_PER_DAY % grid.slotMinutes === 0;
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Linear interpolation between the closest ranks; NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = sorted[Math.floor(position)] as number;
  const above = sorted[Math.ceil(position)] as number;
  return below + (above - below) * (position - Math.floor(position));
}

/** What a slow slot holds: each sample's speed against the site's normal, and how many of them were slow. */
export interface SlowSlot {
  slot: number;
  relatives: readonly number[];
  slow: number;
  /** The controls in the same slot. */
  controls: PatternWindow['controls'];
}

/**
 * Joins slow slots that follow each other into windows; on a week grid a window ends
 * at midnight, and the same hours slow on several days become one window with those
 * days ("weekdays 18:00–23:00"), which is how people remember a jam.
 */
export function joinWindows(grid: SlotGrid, slots: readonly SlowSlot[], minSamples: number): PatternWindow[] {
  const week = isWeekGrid(grid);
  const perDay = week ? MINUTES_PER_DAY / grid.slotMinutes : slotCount(grid);
  const runs: SlowSlot[][] = [];
  for (const slot of [...slots].sort((a, b) => a.slot - b.slot)) {
    const last = runs.at(-1);
    const previous = last?.at(-1);
    const follows = previous !== undefined && previous.slot + 1 === slot.slot && slot.slot % perDay !== 0;
    if (last !== undefined && follows) last.push(slot);
    else runs.push([slot]);
  }
  const byHours = new Map<string, { days: number[]; slots: SlowSlot[] }>();
  for (const run of runs) {
    const first = (run[0] as SlowSlot).slot;
    const day = Math.floor(first / perDay);
    const fromMinute = (first % perDay) * grid.slotMinutes;
    const key = `${fromMinute}-${fromMinute + run.length * grid.slotMinutes}`;
    const group = byHours.get(key) ?? { days: [], slots: [] };
    if (week) group.days.push(day);
    group.slots.push(...run);
    byHours.set(key, group);
  }
  return [...byHours].map(([key, { days, slots: joined }]) => {
    const [fromMinute, toMinute] = key.split('-').map(Number) as [number, number];
    const relatives = joined.flatMap((slot) => slot.relatives);
    const slowSamples = joined.reduce((sum, slot) => sum + slot.slow, 0);
    const controls = joined.some((slot) => slot.controls === 'slow')
      ? 'slow'
      : joined.every((slot) => slot.controls === 'unknown')
        ? 'unknown'
        : 'normal';
    return {
      days,
      fromMinute,
      toMinute,
      relativeSpeed: roundTo(median(relatives), 3),
      slowSamples,
      samples: relatives.length,
      confidence: windowConfidence(slowSamples, relatives.length, minSamples),
      controls,
    };
  });
}

/**
 * More samples, and a larger share of them slow, make a window surer: a slot needs
 * most of its samples slow to be flagged at all (time-pattern.ts), so what is left
 * to weigh is how often the pattern was seen.
 */
function windowConfidence(slow: number, samples: number, minSamples: number): Confidence {
  const share = slow / samples;
  if (samples >= 3 * minSamples && share >= 0.85) return 'high';
  if (samples >= 2 * minSamples && share >= 0.75) return 'medium';
  return 'low';
}

export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
