import type { TFunction } from 'i18next';
import { routeLabel } from '../../core/view/labels.ts';
import type { RunSummary } from '../../shared/verdict.ts';

/**
 * The handout's first line: what to do, in one sentence. It reads only the run's
 * summary, so when the app's own advice sentence (core/view) exists, this function is
 * the one place to swap for it; until then the handout words its own.
 */
export function handoutAdvice(t: TFunction, summary: RunSummary | undefined): string {
  if (summary === undefined) return t('handout.advice.unjudged');
  if (summary.network === 'offline' || summary.network === 'captive') {
    return t(`handout.advice.${summary.network}`);
  }
  if (summary.blocked === 0) return t('handout.advice.all-open');
  if (summary.cheapestSufficient !== null) {
    return t('handout.advice.use-route', { route: routeLabel(t, summary.cheapestSufficient), count: summary.blocked });
  }
  const best = summary.routes.find((route) => route.path === summary.bestRoute);
  if (best !== undefined && best.restores > 0) {
    return t('handout.advice.use-route-some', {
      route: routeLabel(t, best.path),
      count: best.restores,
      total: summary.blocked,
    });
  }
  return t('handout.advice.nothing-opens', { count: summary.blocked });
}
