import type { TFunction } from 'i18next';
import { isWeekGrid } from '../core/judge/time-slots.ts';
import { SLOT_SYMBOLS } from '../core/view/pattern-words.ts';
import { MINUTES_PER_DAY, type SlotCell, type SlotGrid } from '../shared/time-pattern.ts';

/**
 * A heat map in text, a symbol per slot (SLOT_SYMBOLS), so it reads in any terminal
 * and in a screen reader's letters alike: on a week grid a row per day and a column
 * per slot of the day, with the hours marked above; on any other cycle one row.
 */
export function heatMap(t: TFunction, grid: SlotGrid, cells: readonly SlotCell[]): string[] {
  const symbols = cells.map((cell) => SLOT_SYMBOLS[cell.state]);
  if (!isWeekGrid(grid)) {
    const label = t('pattern.map.cycle');
    return [`${label} ${symbols.join('')}`];
  }
  const perDay = MINUTES_PER_DAY / grid.slotMinutes;
  const labels = Array.from({ length: 7 }, (_, day) => t(`pattern.day.${day}`));
  const width = Math.max(...labels.map((label) => label.length), t('pattern.map.hour').length);
  const rows = labels.map(
    (label, day) => `${label.padEnd(width)} ${symbols.slice(day * perDay, (day + 1) * perDay).join('')}`,
  );
  return [`${t('pattern.map.hour').padEnd(width)} ${hourRuler(grid.slotMinutes, perDay)}`, ...rows];
}

/** Hour numbers every six hours over the columns of a day: `0     6     12    18`. */
function hourRuler(slotMinutes: number, perDay: number): string {
  const ruler = Array.from({ length: perDay }, () => ' ');
  for (const hour of [0, 6, 12, 18]) {
    const column = (hour * 60) / slotMinutes;
    if (!Number.isInteger(column)) continue;
    [...String(hour)].forEach((digit, i) => {
      if (column + i < perDay) ruler[column + i] = digit;
    });
  }
  return ruler.join('').trimEnd();
}
