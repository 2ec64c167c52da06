import type { TFunction } from 'i18next';
import { formatDate, formatDateTime } from '../../shared/i18n/dates.ts';
import type { Language } from '../../shared/i18n/languages.ts';
import type { HeatCell } from './speed-charts.ts';
import type { HeatMapWords, TimelineWords } from './speed-svg.ts';
import { clockTime } from './pattern-words.ts';

/**
 * The words of the speed charts in the reader's language, for the app and the
 * reports alike: a heat map's day and hour labels and what each cell says, and the
 * timeline's title, unit and time labels.
 */

export function dayName(t: TFunction, row: number, weekGrid: boolean): string {
  return weekGrid ? t(`pattern.day.${row}`) : '';
}

/** "Mon 18:00: slowed down, 0.1× normal speed, 4 samples". */
export function cellWords(t: TFunction, cell: HeatCell, slotMinutes: number, weekGrid: boolean): string {
  const day = dayName(t, cell.row, weekGrid);
  const time = clockTime(cell.column * slotMinutes);
  if (cell.relativeSpeed === null) return t('pattern-ui.cell.none', { day, time });
  const state = t(`pattern-ui.state.${cell.state}`);
  return t('pattern-ui.cell', { day, time, state, speed: cell.relativeSpeed, samples: cell.samples });
}

export function heatMapWords(t: TFunction, title: string, slotMinutes: number, weekGrid: boolean): HeatMapWords {
  return {
    title,
    row: (row) => dayName(t, row, weekGrid),
    column: (minute) => clockTime(minute),
    cell: (cell) => cellWords(t, cell, slotMinutes, weekGrid),
  };
}

export function timelineWords(t: TFunction, site: string, language: Language): TimelineWords {
  return {
    title: t('pattern-ui.timeline.title', { site }),
    unit: t('pattern-ui.timeline.unit'),
    speed: (value) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value),
    time: (iso) => formatDateTime(iso, language),
    tick: (iso) => formatDate(iso, language),
    site,
    controls: t('pattern-ui.timeline.controls'),
  };
}
