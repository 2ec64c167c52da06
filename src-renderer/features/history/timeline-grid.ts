import type { Timeline } from '../../../src-main/shared/ipc/history.ts';
import { BLOCKING_STATUSES, isBlocking, type BlockingStatus } from '../../../src-main/shared/verdict.ts';

/** Which blocking a grid counts: one kind, or any of them. */
export type GridKind = BlockingStatus | 'any';

/** One hour of one day: how many runs started in it, and how often the kind was seen (targets × runs). */
export interface HourCell {
  runs: number;
  seen: number;
}

export interface GridDay {
  /** The local date, `2025-03-05`. */
  key: string;
  /** Noon of that day, local time: for writing the date. */
  date: Date;
  /** 24 hours, local time; null: no run started in that hour. */
  hours: (HourCell | null)[];
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

function dayKey(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/**
 * When blocking appears, day by day and hour by hour in the computer's time: per
 * cell, the runs that started in that hour and how many times (targets over those
 * runs) the kind was the direct verdict. Days without a run are left out.
 */
export function dayHourGrid(timeline: Timeline, kind: GridKind): GridDay[] {
  const days = new Map<string, GridDay>();
  timeline.runs.forEach((run, index) => {
    const started = new Date(run.startedAt);
    if (Number.isNaN(started.getTime())) return;
    const key = dayKey(started);
    let day = days.get(key);
    if (day === undefined) {
      const date = new Date(started.getFullYear(), started.getMonth(), started.getDate(), 12);
      day = { key, date, hours: Array.from({ length: 24 }, () => null) };
      days.set(key, day);
    }
    const hour = started.getHours();
    const cell = day.hours[hour] ?? { runs: 0, seen: 0 };
    cell.runs += 1;
    for (const target of timeline.targets) {
      const status = target.statuses[index];
      if (status === null || status === undefined) continue;
      if (kind === 'any' ? isBlocking(status) : status === kind) cell.seen += 1;
    }
    day.hours[hour] = cell;
  });
  return [...days.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** The kinds of blocking the timeline holds, in the vocabulary's order. */
export function blockingKinds(timeline: Timeline): BlockingStatus[] {
  const seen = new Set(timeline.targets.flatMap((target) => target.statuses));
  return BLOCKING_STATUSES.filter((status) => seen.has(status));
}
