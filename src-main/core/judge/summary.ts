import type { RouteCheck } from '../../shared/events.ts';
import type { PathSpec } from '../../shared/path.ts';
import { keyMessages } from './key-verdict.ts';
import type { Target } from '../../shared/target.ts';
import {
  BLOCKING_STATUSES,
  isBlocking,
  type NetworkState,
  type PathVerdict,
  type RouteRestoration,
  type RunSummary,
  type SummaryMessage,
  type TargetVerdict,
  type VerdictStatus,
} from '../../shared/verdict.ts';

/**
 * What a route costs the user, cheapest first: encrypted DNS changes one setting;
 * a local strategy needs no server at all; another uplink or VPN needs a second
 * connection; a proxy needs a server and trust in whoever runs it.
 */
const ROUTE_COST: Readonly<Record<PathSpec['kind'], number>> = {
  direct: 0,
  doh: 1,
  strategy: 2,
  bind: 3,
  proxy: 4,
  shadowsocks: 4,
};

/**
 * What the summary reads of a target's verdict: where it got through, not the
 * evidence or the reasons behind it. A run keeps this much of every judged target
 * (engine/run-judge.ts), so its memory grows by a few hundred bytes a target.
 */
export interface VerdictOutline {
  targetId: string;
  paths: readonly Pick<PathVerdict, 'path' | 'status'>[];
  direct?: Pick<PathVerdict, 'status'> | undefined;
  restoredBy: readonly string[];
  notRestoredBy: readonly string[];
}

export function outlineOf(verdict: TargetVerdict): VerdictOutline {
  return {
    targetId: verdict.targetId,
    paths: verdict.paths.map(({ path, status }) => ({ path, status })),
    ...(verdict.direct === undefined ? {} : { direct: { status: verdict.direct.status } }),
    restoredBy: verdict.restoredBy,
    notRestoredBy: verdict.notRestoredBy,
  };
}

export interface SummaryInput {
  targets: readonly Target[];
  verdicts: readonly VerdictOutline[];
  paths: readonly PathSpec[];
  control: string | null;
  failedChecks: ReadonlySet<string>;
  /** Routes used without proof that they work: nothing reached any control. */
  unverifiedChecks: ReadonlySet<string>;
  residualBlocking: boolean;
  network: NetworkState;
  /** Every route's check: a key route's verdict sentence rests on its own. */
  routeChecks?: readonly RouteCheck[];
}

/** The run in a few sentences (catalog keys with parameters) and the figures behind them. */
export function summarizeRun(input: SummaryInput): RunSummary {
  const directs = input.verdicts.flatMap((v) => (v.direct === undefined ? [] : [v.direct]));
  const counts: Partial<Record<VerdictStatus, number>> = {};
  for (const verdict of directs) counts[verdict.status] = (counts[verdict.status] ?? 0) + 1;
  const blockedTargets = input.verdicts.filter((v) => v.direct !== undefined && isBlocking(v.direct.status));
  const refused = input.verdicts.filter((v) => v.direct?.status === 'site-refuses').length;
  const routes = restorations(input.paths, blockedTargets);
  // The best route is the user's first choice among those restoring the most; the
  // cheapest sufficient one restores everything blocked at the lowest cost.
  const inPlanOrder = input.paths.flatMap((spec) => routes.filter((r) => r.path === spec.name));
  const best = inPlanOrder.reduce<RouteRestoration | null>(
    (top, r) => (r.restores > (top?.restores ?? 0) ? r : top),
    null,
  );
  const cheapest = blockedTargets.length === 0 ? undefined : routes.find((r) => r.restores === blockedTargets.length);
  const calls = callsStatus(input);
  const summary = {
    control: input.control,
    network: input.network,
    targets: input.verdicts.length,
    blocked: blockedTargets.length,
    refused,
    counts,
    routes,
    bestRoute: best?.path ?? null,
    cheapestSufficient: cheapest?.path ?? null,
    calls,
    residualBlocking: input.residualBlocking,
  };
  return { ...summary, messages: messages(input, summary) };
}

/** Every route but direct, cheapest first, with how many blocked targets it restores. */
function restorations(paths: readonly PathSpec[], blocked: readonly VerdictOutline[]): RouteRestoration[] {
  return paths
    .filter((spec) => spec.kind !== 'direct')
    .map((spec, order) => ({ spec, order }))
    .sort((a, b) => ROUTE_COST[a.spec.kind] - ROUTE_COST[b.spec.kind] || a.order - b.order)
    .map(({ spec }) => ({
      path: spec.name,
      restores: blocked.filter((v) => v.restoredBy.includes(spec.name)).length,
      of: blocked.filter((v) => v.restoredBy.includes(spec.name) || v.notRestoredBy.includes(spec.name)).length,
    }));
}

/** Calls are STUN targets: blocked when one is, and restored by the routes that restore all of them. */
function callsStatus(input: SummaryInput): RunSummary['calls'] {
  const stunIds = new Set(input.targets.filter((t) => t.kind === 'stun').map((t) => t.id));
  const calls = input.verdicts.filter((v) => stunIds.has(v.targetId) && v.direct !== undefined);
  if (calls.length === 0) return { status: 'not-tested', restoredBy: [] };
  const blocked = calls.filter((v) => v.direct?.status === 'udp-blocked');
  if (blocked.length > 0) {
    const restoredBy = blocked.reduce(
      (common, v) => common.filter((path) => v.restoredBy.includes(path)),
      [...(blocked[0]?.restoredBy ?? [])],
    );
    return { status: 'blocked', restoredBy };
  }
  const ok = calls.every((v) => v.direct?.status === 'ok');
  return { status: ok ? 'ok' : 'inconclusive', restoredBy: [] };
}

type Figures = Omit<RunSummary, 'messages'>;

function messages(input: SummaryInput, s: Figures): SummaryMessage[] {
  const out: SummaryMessage[] = [];
  const say = (key: string, params: SummaryMessage['params'] = {}): void => void out.push({ key, params });
  // Offline, or behind a login page: that is the whole story; nothing was judged as blocked.
  if (s.network === 'offline' || s.network === 'captive') {
    say(s.network === 'offline' ? 'summary.offline' : 'summary.captive-portal', { total: s.targets });
    return out;
  }
  if (s.control === null) say(input.paths.length > 1 ? 'summary.no-control' : 'summary.direct-only');
  const keys = new Set(input.paths.filter((spec) => spec.kind === 'shadowsocks').map((spec) => spec.name));
  // A key route that does not work gets its own sentence below, saying how.
  for (const path of input.failedChecks) if (!keys.has(path)) say('summary.route-broken', { route: path });
  if (input.unverifiedChecks.size > 0) {
    say('summary.controls-unreachable', { routes: [...input.unverifiedChecks].join(', ') });
  } else if (s.network === 'limited') say('summary.limited');
  const working = s.counts.ok ?? 0;
  // "All work" only when they do: a site down everywhere or unclear is no blocking, but no success either.
  if (s.blocked === 0 && working === s.targets) say('summary.nothing-blocked', { count: s.targets });
  else if (s.blocked === 0) say('summary.none-blocked', { count: working, total: s.targets });
  else say('summary.blocked', { count: s.blocked, total: s.targets });
  for (const status of BLOCKING_STATUSES) {
    const count = s.counts[status];
    if (count !== undefined) say('summary.kind', { status, count });
  }
  if (s.refused > 0) say('summary.site-refuses', { count: s.refused });
  if (s.counts.down !== undefined) say('summary.down', { count: s.counts.down });
  if (s.blocked > 0) {
    for (const route of s.routes.filter((r) => r.of > 0)) {
      say('summary.route-restores', { route: route.path, count: route.restores, total: route.of });
    }
    const best = s.routes.find((r) => r.path === s.bestRoute);
    if (s.cheapestSufficient !== null) say('summary.cheapest-route', { route: s.cheapestSufficient, total: s.blocked });
    else if (best !== undefined)
      say('summary.best-route', { route: best.path, count: best.restores, total: s.blocked });
    else say('summary.no-route-restores');
  }
  if (s.calls.status === 'ok') say('summary.calls-ok');
  if (s.calls.status === 'inconclusive') say('summary.calls-inconclusive');
  if (s.calls.status === 'blocked') {
    if (s.calls.restoredBy.length === 0) say('summary.calls-blocked');
    else say('summary.calls-restored', { routes: s.calls.restoredBy.join(', ') });
  }
  const { targets, verdicts, paths } = input;
  out.push(...keyMessages({ paths, routeChecks: input.routeChecks ?? [], targets, verdicts, blocked: s.blocked }));
  if (s.residualBlocking) say('summary.residual-blocking');
  return out;
}
