import type { Report } from '../../shared/report.ts';
import {
  isBlocking,
  needsAnotherRoute,
  VERDICT_STATUSES,
  type RunSummary,
  type TargetVerdict,
  type VerdictStatus,
} from '../../shared/verdict.ts';
import { siteNamer, type SiteName } from './site-name.ts';

/**
 * One sentence of advice, as a catalog key (shared/i18n/advice/) and its parameters.
 * `sites` are the names of sites the sentence lists; the views turn them into one
 * phrase ("Meydan TV, Azadlıq and 2 more") in the reader's language (adviceText).
 */
export interface AdviceMessage {
  key: string;
  params: Readonly<Record<string, string | number>>;
  sites?: readonly SiteName[];
}

/** A count of one kind of result on the user's own connection. */
export interface KindCount {
  status: VerdictStatus;
  count: number;
}

/**
 * What a run means for the person who ran it, in the order they need it: what to do
 * (one sentence), whether calls get through, then how many sites each kind of result
 * hit. The app's result, the CLI summary and the exports all lead with it.
 */
export interface Advice {
  action: AdviceMessage;
  /** Null when no call server was measured. */
  calls: AdviceMessage | null;
  /** Every result on the user's own connection other than "works", most serious first (the verdict table's order). */
  kinds: readonly KindCount[];
}

/**
 * The advice for a finished run, or null while there is nothing to advise on (no
 * summary yet, or no site measured: a run of the user's tools alone).
 */
export function adviceFor(report: Pick<Report, 'plan' | 'targets' | 'summary'>): Advice | null {
  const summary = report.summary;
  if (summary === undefined || report.targets.length === 0) return null;
  // Offline or behind a login page, nothing was judged: the one thing to do is to get online.
  if (summary.network === 'offline') return { action: { key: 'advice.offline', params: {} }, calls: null, kinds: [] };
  if (summary.network === 'captive') return { action: { key: 'advice.captive', params: {} }, calls: null, kinds: [] };
  return { action: actionFor(report, summary), calls: callsFor(summary), kinds: kindsOf(summary) };
}

function actionFor(report: Pick<Report, 'plan' | 'targets'>, summary: RunSummary): AdviceMessage {
  const blocked = report.targets.filter(
    ({ verdict }) => verdict?.direct !== undefined && isBlocking(verdict.direct.status),
  );
  if (blocked.length === 0) {
    const works = summary.counts.ok ?? 0;
    return { key: works === summary.targets ? 'advice.all-work' : 'advice.nothing-blocked', params: {} };
  }
  const unopened = blocked.filter(({ verdict }) => verdict?.restoredBy.length === 0);
  const nameOf = siteNamer(report);
  const names = unopened.map(({ target }) => nameOf(target));
  const routes = report.plan.paths.filter((path) => path.kind !== 'direct');
  if (routes.length === 0) return { key: 'advice.no-routes', params: {}, sites: names };
  const route = summary.cheapestSufficient ?? summary.bestRoute;
  if (route === null) return { key: 'advice.nothing-opens', params: {}, sites: names };
  if (route === summary.cheapestSufficient)
    return { key: 'advice.use-route', params: { route, count: blocked.length } };
  const opens = blocked.filter(({ verdict }) => verdict?.restoredBy.includes(route) === true).length;
  // Some sites another route opens and this one does not: the sentence names only those nothing opens.
  return names.length === 0
    ? { key: 'advice.use-route-most', params: { route, count: opens, total: blocked.length } }
    : { key: 'advice.use-route-some', params: { route, count: opens, total: blocked.length }, sites: names };
}

function callsFor(summary: RunSummary): AdviceMessage | null {
  switch (summary.calls.status) {
    case 'not-tested':
      return null;
    case 'ok':
      return { key: 'advice.calls-ok', params: {} };
    case 'inconclusive':
      return { key: 'advice.calls-unclear', params: {} };
    case 'blocked':
      return summary.calls.restoredBy.length === 0
        ? { key: 'advice.calls-blocked', params: {} }
        : { key: 'advice.calls-restored', params: { routes: summary.calls.restoredBy.join(', ') } };
  }
}

function kindsOf(summary: RunSummary): KindCount[] {
  return VERDICT_STATUSES.flatMap((status) => {
    const count = summary.counts[status];
    return status === 'ok' || count === undefined ? [] : [{ status, count }];
  });
}

/**
 * What the "works through" column says of one site: the routes that open it where the
 * user's connection does not, "nothing you have" when none does, the user's own
 * connection when it works as it is; null when there is nothing to say (down, unclear,
 * not judged).
 */
export function worksThrough(verdict: TargetVerdict | undefined): AdviceMessage | null {
  const direct = verdict?.direct;
  if (verdict === undefined || direct === undefined) return null;
  if (direct.status === 'ok') return { key: 'advice.site.direct', params: {} };
  if (!needsAnotherRoute(direct.status)) return null;
  if (verdict.restoredBy.length === 0) return { key: 'advice.site.nothing', params: {} };
  return { key: 'advice.site.routes', params: { routes: verdict.restoredBy.join(', ') } };
}

/**
 * What the evidence of one site says helps it: the routes that worked for it, or
 * null when none did (the verdict's own advice then stands).
 */
export function restoredFor(verdict: TargetVerdict | undefined): AdviceMessage | null {
  if (verdict?.direct === undefined || !needsAnotherRoute(verdict.direct.status)) return null;
  if (verdict.restoredBy.length === 0) return null;
  return {
    key: 'advice.evidence.restored',
    params: { routes: verdict.restoredBy.join(', ') },
  };
}
