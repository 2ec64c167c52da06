import type { TFunction } from 'i18next';
import type { Failure } from '../../src-main/shared/failure.ts';
import type { PathVerdict, VerdictStatus } from '../../src-main/shared/verdict.ts';
import { isBlocking } from '../../src-main/shared/verdict.ts';
import type { Tone } from '../components/StatusBadge.tsx';

/** A failure in plain words: what went wrong, and at which step. */
export function failureText(t: TFunction, failure: Failure): string {
  return t('ui.failure.at', { failure: t(`ui.failure.${failure.class}`), stage: t(`ui.stage.${failure.stage}`) });
}

/** How a verdict looks: a symbol and a tone beside its word, so colour never stands alone. */
export function statusLook(status: VerdictStatus): { icon: string; tone: Tone } {
  if (status === 'ok') return { icon: '✓', tone: 'ok' };
  if (status === 'throttled') return { icon: '◔', tone: 'blocked' };
  if (isBlocking(status)) return { icon: '✕', tone: 'blocked' };
  if (status === 'site-refuses') return { icon: '⊝', tone: 'warn' };
  if (status === 'path-failed') return { icon: '⚠', tone: 'warn' };
  if (status === 'down') return { icon: '○', tone: 'neutral' };
  return { icon: '?', tone: 'neutral' };
}

/**
 * How one verdict reads where its reason is known: its symbol, tone and word. An error
 * page over plain HTTP is `inconclusive` to the engine, but the person should read
 * that it is blocking or the site's refusal that cannot be told apart, not a bare "unclear".
 */
export function verdictLook(
  t: TFunction,
  verdict: Pick<PathVerdict, 'status' | 'reason'>,
): { icon: string; tone: Tone; label: string } {
  if (verdict.reason === 'refused-or-blocked-unencrypted') {
    return { icon: '⊝?', tone: 'warn', label: t('ui.verdict.refused-or-blocked-unencrypted') };
  }
  return { ...statusLook(verdict.status), label: t(`status.${verdict.status}`) };
}

/** A figure in milliseconds, rounded for reading. */
export function milliseconds(t: TFunction, ms: number): string {
  return t('ui.unit.ms', { value: Math.round(ms) });
}
