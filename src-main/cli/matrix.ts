import type { PathOutcome, RouteCheck } from '../shared/events.ts';
import type { Failure } from '../shared/failure.ts';
import type { Observation } from '../shared/observation.ts';
import { describePath, type PathSpec } from '../shared/path.ts';
import type { Report } from '../shared/report.ts';
import type { TFunction } from 'i18next';
import { networkLabel } from '../core/view/labels.ts';
import { lookText, MARKS, noVerdictLook, routeCheckLook, verdictLook } from '../core/view/verdict-look.ts';
import type { NetworkState } from '../shared/verdict.ts';
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
    routeCell(t, path, checks.get(path.name), report.summary?.network),
  ]);
  const byId = new Map(report.observations.map((o) => [o.id, o]));
  const targetRows = report.targets.map(({ target, outcomes, verdict }) => [
    target.input,
    lookText(
      verdict?.direct === undefined ? noVerdictLook(t, 'report.cell.not-judged') : verdictLook(t, verdict.direct),
    ),
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

function routeCell(t: TFunction, path: PathSpec, check: RouteCheck | undefined, network?: NetworkState): string {
  // The direct route is the user's own connection: its check says whether it reaches the outside.
  if (path.kind === 'direct' && check !== undefined) {
    if (check.status === 'usable') return `${MARKS.ok} ${networkLabel(t, 'online')}`;
    const state = network === undefined || network === 'online' ? 'limited' : network;
    return `${MARKS.unclear} ${networkLabel(t, state)} (${failureWords(check.failure)})`;
  }
  const look = lookText(routeCheckLook(t, check));
  if (check?.status !== 'failed') return look;
  // A route's own failures carry a sentence naming the proxy and what it did.
  const why = check.failure?.class.startsWith('proxy-') === true ? check.failure.detail : undefined;
  return `${look}: ${failureWords(check.failure)}${why === undefined ? '' : ` (${why})`}`;
}

function outcomeCell(outcome: PathOutcome | undefined, byId: Map<string, Observation>): string {
  switch (outcome?.status) {
    case undefined:
    case 'not-measured':
      return '— not measured';
    case 'not-measurable':
      return '— not measurable on this route';
    case 'path-failed':
      return `${MARKS.broken} route failed`;
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
