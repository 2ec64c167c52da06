import type { TFunction } from 'i18next';
import type { PathOutcome, RouteCheck } from '../../shared/events.ts';
import { isBlocking, type PathVerdict, type VerdictStatus } from '../../shared/verdict.ts';

/**
 * How a verdict reads without colour, the same in the terminal, the app and every
 * export: a tone (the style sheets colour it), a mark beside the word, and the word.
 * Colour never stands alone: the mark tells the tones apart in black and white, and
 * the word is always there.
 */
export const TONES = ['ok', 'blocked', 'refused', 'down', 'broken', 'unclear', 'none'] as const;
export type Tone = (typeof TONES)[number];

/**
 * The one table of marks. ✓ works; ✗ blocked (any of the ways); ⊝ the site itself
 * turns this network away; ○ nothing there: down everywhere; ⊘ the route itself does
 * not work; ? unclear; — no verdict (not measured, not judged, not tested).
 */
export const MARKS: Readonly<Record<Tone, string>> = {
  ok: '✓',
  blocked: '✗',
  refused: '⊝',
  down: '○',
  broken: '⊘',
  unclear: '?',
  none: '—',
};

export function toneOf(status: VerdictStatus | undefined): Tone {
  if (status === undefined) return 'none';
  if (status === 'ok') return 'ok';
  if (isBlocking(status)) return 'blocked';
  if (status === 'site-refuses') return 'refused';
  if (status === 'down') return 'down';
  if (status === 'path-failed') return 'broken';
  return 'unclear';
}

/** One verdict, or the lack of one, as every view shows it. */
export interface Look {
  tone: Tone;
  mark: string;
  word: string;
}

/** A verdict status in the reader's language, with its tone and mark. */
export function statusLook(t: TFunction, status: VerdictStatus): Look {
  const tone = toneOf(status);
  return { tone, mark: MARKS[tone], word: t(`status.${status}`) };
}

/**
 * One verdict as every view shows it: its status's look, except where the reason
 * changes what a person should read. An error page over plain HTTP is `inconclusive`
 * to the engine, but it is blocking or the site's refusal that cannot be told apart,
 * not a bare "unclear" (the mark stays the status's: one table of marks).
 */
export function verdictLook(t: TFunction, verdict: Pick<PathVerdict, 'status' | 'reason'>): Look {
  const look = statusLook(t, verdict.status);
  if (verdict.reason === 'refused-or-blocked-unencrypted') {
    return { ...look, word: t('ui.verdict.refused-or-blocked-unencrypted') };
  }
  return look;
}

/** No verdict to show, and why (`report.cell.not-judged`, `report.merge.not-tested`…). */
export function noVerdictLook(t: TFunction, why: string): Look {
  return { tone: 'none', mark: MARKS.none, word: t(why) };
}

/**
 * One target on one route: its verdict, else whether it was measured at all (a
 * target measured but not judged is one whose run stopped before it was judged).
 */
export function cellLook(t: TFunction, verdict: PathVerdict | undefined, outcome: PathOutcome | undefined): Look {
  if (verdict !== undefined) return verdictLook(t, verdict);
  const measured = outcome !== undefined && outcome.status !== 'not-measured';
  return noVerdictLook(t, measured ? 'report.cell.not-judged' : 'report.cell.not-measured');
}

/** A look as one line of text: the mark, then the word. */
export function lookText(look: Look): string {
  return `${look.mark} ${look.word}`;
}

/** A route's check before use: works (✓), does not work (⊘), not proven (?), or not checked (—). */
export function routeCheckTone(status: RouteCheck['status'] | undefined): Tone {
  switch (status) {
    case undefined:
      return 'none';
    case 'usable':
      return 'ok';
    case 'unverified':
      return 'unclear';
    case 'failed':
      return 'broken';
  }
}

/** A route's check in the exports' words (`report.routes.*`), with its tone and mark. */
export function routeCheckLook(t: TFunction, check: Pick<RouteCheck, 'status'> | undefined): Look {
  const tone = routeCheckTone(check?.status);
  return { tone, mark: MARKS[tone], word: t(`report.routes.${check?.status ?? 'not-checked'}`) };
}
