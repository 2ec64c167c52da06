import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../src-main/shared/i18n/dates.ts';
import type { Language } from '../../../src-main/shared/i18n/languages.ts';
import type { RunEntry, RunState } from '../../../src-main/shared/ipc/history.ts';
import { networkLabel } from '../../../src-main/core/view/labels.ts';
import { noVerdictLook, statusLook, type Look } from '../../../src-main/core/view/verdict-look.ts';
import type { VerdictStatus } from '../../../src-main/shared/verdict.ts';
import type { Tone } from '../../components/StatusBadge.tsx';

/**
 * How a run's state looks: a symbol and a tone beside its word, so colour never stands
 * alone. A run that finished offline or behind a login page judged nothing, and says
 * so instead of "finished".
 */
export function runStateLook(
  t: TFunction,
  entry: Pick<RunEntry, 'status' | 'counts'>,
): { icon: string; tone: Tone; label: string } {
  const { network } = entry.counts;
  if (entry.status === 'completed' && (network === 'offline' || network === 'captive')) {
    return { icon: network === 'offline' ? '⊘' : '⚠', tone: 'warn', label: t(`ui.network.state.${network}`) };
  }
  return { ...stateLook(entry.status), label: t(`history.state.${entry.status}`) };
}

function stateLook(state: RunState): { icon: string; tone: Tone } {
  switch (state) {
    case 'completed':
      return { icon: '✓', tone: 'ok' };
    case 'running':
      return { icon: '…', tone: 'pending' };
    case 'cancelled':
      return { icon: '⊘', tone: 'neutral' };
    case 'interrupted':
      return { icon: '⚠', tone: 'warn' };
    case 'damaged':
      return { icon: '✕', tone: 'blocked' };
  }
}

/** What a person calls a run: the name they gave it, else when it started. */
export function runTitle(t: TFunction, entry: Pick<RunEntry, 'name' | 'startedAt'>, language: Language): string {
  if (entry.name !== '') return entry.name;
  return entry.startedAt === '' ? t('history.run.unknown-date') : formatDateTime(entry.startedAt, language);
}

/** A run as a choice in a list: its title, and its network when it has one. */
export function runChoice(t: TFunction, entry: RunEntry, language: Language): string {
  const title = runTitle(t, entry, language);
  const dated =
    entry.name === ''
      ? title
      : t('history.run.named', { name: title, date: formatDateTime(entry.startedAt, language) });
  return entry.network === undefined ? dated : t('history.run.on-network', { run: dated, network: entry.network });
}

/** "3 of 20 blocked", and how many were checked when the run did not finish them all. */
export function countsText(t: TFunction, entry: Pick<RunEntry, 'counts'>): string {
  const { targets, finished, blocked, network } = entry.counts;
  if (network === 'offline' || network === 'captive') return networkLabel(t, network);
  const parts = [t('history.counts.blocked', { count: blocked, total: finished })];
  if (finished < targets) parts.push(t('history.counts.checked', { count: finished, total: targets }));
  return parts.join(' ');
}

/** A target's verdict in one run, or why there is none. */
export function runVerdictLook(t: TFunction, status: VerdictStatus | null | undefined): Look {
  if (status === undefined) return noVerdictLook(t, 'history.compare.not-in-run');
  if (status === null) return noVerdictLook(t, 'history.compare.not-judged');
  return statusLook(t, status);
}

/**
 * What a run checked, so runs of the same day tell apart: its lists ("Region pack az",
 * "My sites") and its routes, or nothing for runs saved before the history kept them.
 */
export function runContents(t: TFunction, entry: Pick<RunEntry, 'lists' | 'routes'>): string {
  const lists = (entry.lists ?? []).map((list) =>
    list.startsWith('region:')
      ? t('trainer.list.region', { region: list.slice('region:'.length) })
      : t(list === 'own' ? 'trainer.list.own' : 'trainer.list.other'),
  );
  const parts = [
    lists.join(', '),
    entry.routes === undefined || entry.routes.length === 0
      ? ''
      : t('trainer.list.routes', { routes: entry.routes.join(', ') }),
  ].filter((part) => part !== '');
  return parts.length === 0 ? '—' : parts.join(' · ');
}
