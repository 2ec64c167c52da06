import type { PathOutcome, RouteCheck } from '../shared/events.ts';
import type { Failure } from '../shared/failure.ts';
import type { Observation } from '../shared/observation.ts';
import { describePath, type PathSpec } from '../shared/path.ts';
import type { Report } from '../shared/report.ts';
import type { TFunction } from 'i18next';
import { verdictText } from '../shared/i18n/message.ts';
import { mark } from './summary.ts';
import { formatColumns } from './table.ts';

/**
 * The table when there is more than one route: first the routes and whether each
 * works, then one row per target with its verdict on the user's network and what
 * each route measured. Each cell is a mark and words (never a colour alone), so it
 * reads the same when piped or printed.
 */
export function renderMatrix(report: Report, t: TFunction): string {
  const routeNames = report.plan.paths.map((path) => path.name);
  const checks = new Map(report.routeChecks.map((check) => [check.path, check]));
  const routeRows = report.plan.paths.map((path) => [
    path.name,
    describePath(path),
    routeCell(path, checks.get(path.name)),
  ]);
  const byId = new Map(report.observations.map((o) => [o.id, o]));
  const targetRows = report.targets.map(({ target, outcomes, verdict }) => [
    target.input,
    verdict?.direct === undefined ? '— not judged' : `${mark(verdict.direct)} ${verdictText(t, verdict.direct).name}`,
    ...routeNames.map((name) =>
      outcomeCell(
        outcomes.find((o) => o.path === name),
        byId,
      ),
    ),
  ]);
  return [
    formatColumns([['Route', 'Kind', 'Check'], ...routeRows]),
    '',
    formatColumns([['Target', t('cli.verdict-column'), ...routeNames], ...targetRows]),
  ].join('\n');
}

function routeCell(path: PathSpec, check: RouteCheck | undefined): string {
  if (check === undefined) return '— not checked';
  // The direct route is the user's own connection: its check says whether it reaches the outside.
  if (path.kind === 'direct') {
    return check.status === 'usable' ? '✓ online' : `✗ no neutral site answered: ${failureWords(check.failure)}`;
  }
  if (check.status === 'usable') return '✓ usable';
  if (check.status === 'unverified') return '? not proven (no neutral site answered on any route)';
  // A route's own failures carry a sentence naming the proxy and what it did.
  const why = check.failure?.class.startsWith('proxy-') === true ? check.failure.detail : undefined;
  return `✗ route failed: ${failureWords(check.failure)}${why === undefined ? '' : ` (${why})`}`;
}

function outcomeCell(outcome: PathOutcome | undefined, byId: Map<string, Observation>): string {
  switch (outcome?.status) {
    case undefined:
    case 'not-measured':
      return '— not measured';
    case 'not-measurable':
      return '— not measurable on this route';
    case 'path-failed':
      return '— route failed';
    case 'failed':
      return `✗ ${failureWords(outcome.failure)}`;
    case 'reachable':
      return `✓ ${reachedWords(outcome, byId)}`;
  }
}

/** What the last probe of the chain saw: the HTTP status, or that the connection opened. */
function reachedWords(outcome: PathOutcome, byId: Map<string, Observation>): string {
  const observations = outcome.observationIds.flatMap((id) => byId.get(id) ?? []);
  const http = observations.find((o) => o.probe === 'http');
  if (http?.probe === 'http' && http.status !== undefined) return `${http.status}`;
  if (observations.some((o) => o.probe === 'stun')) return 'udp ok';
  return 'open';
}

function failureWords(failure: Failure | undefined): string {
  return failure === undefined ? 'failed' : `${failure.stage} ${failure.class}`;
}
