import type { TFunction } from 'i18next';
import { fractionOf } from '../judge/time-pattern.ts';
import { isWeekGrid } from '../judge/time-slots.ts';
import {
  MINUTES_PER_DAY,
  type ConnectionPattern,
  type PatternWindow,
  type SitePattern,
  type SlotGrid,
  type SlotState,
} from '../../shared/time-pattern.ts';

/**
 * The words and symbols of a time pattern (core/judge/time-pattern.ts), for every
 * view: the CLI's `history pattern`, the app's heat map and the reports. Only the
 * words are chosen here; what they say was decided by the judge.
 */

/** A symbol per heat-map state, so a cell is told by its mark, never by colour alone. */
export const SLOT_SYMBOLS: Readonly<Record<SlotState, string>> = {
  normal: 'o',
  slower: '~',
  slowed: 'X',
  busy: 'B',
  'no-data': '.',
};

/** The legend of the symbols, in the reader's language. */
export function slotLegend(t: TFunction): string {
  const { normal, slower, slowed, busy } = SLOT_SYMBOLS;
  return t('pattern.map.legend', { normal, slower, slowed, busy, none: SLOT_SYMBOLS['no-data'] });
}

/** `18:00` for minutes after midnight. */
export function clockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "weekdays", "Sat, Sun", "Mon–Thu": days as people group them. */
export function daysText(t: TFunction, days: readonly number[]): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const key = sorted.join(',');
  if (key === '0,1,2,3,4,5,6') return t('pattern.days.every');
  if (key === '0,1,2,3,4') return t('pattern.days.weekdays');
  if (key === '5,6') return t('pattern.days.weekend');
  const first = sorted[0];
  const last = sorted.at(-1);
  const consecutive = first !== undefined && last !== undefined && last - first === sorted.length - 1;
  if (consecutive && sorted.length >= 3) return `${t(`pattern.day.${first}`)}–${t(`pattern.day.${last}`)}`;
  return sorted.map((day) => t(`pattern.day.${day}`)).join(', ');
}

/** When a window is: "weekdays 18:00–23:00", or "minutes 1–2 of every 2 minutes". */
export function windowWhen(t: TFunction, grid: SlotGrid, window: PatternWindow): string {
  if (isWeekGrid(grid)) {
    const to = window.toMinute === MINUTES_PER_DAY ? '24:00' : clockTime(window.toMinute);
    return t('pattern.when', { days: daysText(t, window.days), from: clockTime(window.fromMinute), to });
  }
  return t('pattern.when.cycle', { from: window.fromMinute, to: window.toMinute, cycle: grid.cycleMinutes });
}

/** "about a tenth": a fraction the judge rounded to one people say (fractionOf), in words. */
function fractionWords(t: TFunction, fraction: number): string {
  return t(`pattern.fraction.${fraction}`);
}

/** One line per slow window of a site. */
export function siteWindowLines(t: TFunction, grid: SlotGrid, site: SitePattern): string[] {
  return site.windows.map((window) =>
    t(`pattern.window.controls-${window.controls}`, {
      fraction: fractionWords(t, fractionOf(window.relativeSpeed)),
      when: windowWhen(t, grid, window),
      slow: window.slowSamples,
      total: window.samples,
      confidence: t(`confidence.${window.confidence}`),
    }),
  );
}

/** The judge's message of a site or of the connection, with its fraction in words. */
export function patternMessage(t: TFunction, message: SitePattern['message']): string {
  const { fraction, ...rest } = message.params;
  return t(message.key, fraction === undefined ? rest : { ...rest, fraction: fractionWords(t, Number(fraction)) });
}

/** One line per busy window of the connection. */
export function busyWindowLines(t: TFunction, grid: SlotGrid, connection: ConnectionPattern): string[] {
  return connection.busyWindows.map((window) =>
    t('pattern.busy-window', {
      when: windowWhen(t, grid, window),
      fraction: fractionWords(t, fractionOf(window.relativeSpeed)),
      slow: window.slowSamples,
      total: window.samples,
    }),
  );
}
