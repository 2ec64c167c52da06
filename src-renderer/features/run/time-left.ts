import type { TFunction } from 'i18next';

/**
 * Finished targets before a guess is shown: the first ones include the route checks
 * and the quick sites, so a guess from one or two jumps about more than it helps.
 */
export const FINISHED_BEFORE_GUESS = 3;

/**
 * The time a run has left, guessed from its pace so far (elapsed per finished
 * target, times the targets still to go); null while too few are finished to guess,
 * and once all are.
 */
export function timeLeftMs(elapsedMs: number, finished: number, total: number): number | null {
  if (finished < FINISHED_BEFORE_GUESS || finished >= total || elapsedMs <= 0) return null;
  return (elapsedMs / finished) * (total - finished);
}

/**
 * "About 4 minutes left" in the UI language: the duration in whole minutes (whole
 * hours and more with a fraction, "1,5 часа"), written by Intl's units so each
 * language's plural and separator are its own.
 */
export function timeLeftText(t: TFunction, language: string, ms: number): string {
  const minutes = Math.ceil(ms / 60_000);
  if (minutes <= 1) return t('display.eta.under-minute');
  const [value, unit] = minutes < 90 ? [minutes, 'minute'] : [Math.round(minutes / 6) / 10, 'hour'];
  const time = new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  return t('display.eta', { time });
}
