import type { TFunction } from 'i18next';
import type { Advice, AdviceMessage, KindCount } from './advice.ts';
import { siteNameText, type SiteName } from './site-name.ts';

/** How many site names a sentence lists before "and N more": enough to recognise, short enough to read. */
const NAMED_SITES = 3;

/** Site names as one phrase: "Meydan TV, Azadlıq and 2 more". */
export function siteList(t: TFunction, names: readonly SiteName[]): string {
  const shown = names
    .slice(0, NAMED_SITES)
    .map((name) => siteNameText(t, name))
    .join(', ');
  const more = names.length - NAMED_SITES;
  return more > 0 ? t('advice.sites-more', { sites: shown, count: more }) : shown;
}

/** One sentence of advice in the reader's language. */
export function adviceText(t: TFunction, message: AdviceMessage): string {
  const sites = message.sites === undefined ? {} : { sites: siteList(t, message.sites) };
  return t(message.key, { ...message.params, ...sites });
}

/** The counts per kind of result in one line: "Found: Wrong address from DNS 2 · Site down 1." */
export function kindsText(t: TFunction, kinds: readonly KindCount[]): string | null {
  if (kinds.length === 0) return null;
  const list = kinds
    .map(({ status, count }) => t('advice.kind', { kind: t(`status.${status}`), n: count }))
    .join(' · ');
  return t('advice.kinds', { list });
}

/** The advice as the lines every view leads with: what to do, calls, then the counts. */
export function adviceLines(t: TFunction, advice: Advice): string[] {
  const kinds = kindsText(t, advice.kinds);
  return [
    adviceText(t, advice.action),
    ...(advice.calls === null ? [] : [adviceText(t, advice.calls)]),
    ...(kinds === null ? [] : [kinds]),
  ];
}
