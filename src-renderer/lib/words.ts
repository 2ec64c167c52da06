import type { TFunction } from 'i18next';
import type { Failure } from '../../src-main/shared/failure.ts';

/** A failure in plain words: what went wrong, and at which step. */
export function failureText(t: TFunction, failure: Failure): string {
  return t('ui.failure.at', { failure: t(`ui.failure.${failure.class}`), stage: t(`ui.stage.${failure.stage}`) });
}

/** A figure in milliseconds, rounded for reading. */
export function milliseconds(t: TFunction, ms: number): string {
  return t('ui.unit.ms', { value: Math.round(ms) });
}
