import type { PathOutcome, RouteCheck } from '../../shared/events.ts';
import type { Observation, ObservationOf, ProbeName } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { Target } from '../../shared/target.ts';
import type { NetworkState } from '../../shared/verdict.ts';

/** What one route measured for one target: its outcome and the observations behind it. */
export interface RouteEvidence {
  spec: PathSpec;
  outcome: PathOutcome;
  /** The outcome's observations (main chain and side probes), in the order measured. */
  observations: readonly Observation[];
}

/** Everything the rules may look at for one target. */
export interface TargetEvidence {
  target: Target;
  /** One entry per route, in the plan's order. */
  routes: readonly RouteEvidence[];
  run: RunContext;
}

/** What the rules need to know about the run beyond the target itself. */
export interface RunContext {
  /** The route used as outside vantage (see chooseControl); null when there is none. */
  control: string | null;
  /** Whether any STUN server answered on the direct route: public STUN servers as a partial control for calls. */
  stunAnswersDirect: boolean;
  /** Routes whose check failed before use. */
  failedChecks: ReadonlySet<string>;
  /**
   * When the neutral control first failed on the direct route after a sensitive
   * site (ISO time; null: it never did). Local failures measured from then on may
   * be the network punishing flows rather than blocks of their own.
   */
  residualSince: string | null;
  /**
   * Whether the network reached the outside at all (network.ts): offline or behind a
   * login page, nothing that failed is judged as blocked.
   */
  network: NetworkState;
  /**
   * Per route, the quickest connection it opened to a neutral control: what opening
   * a connection normally takes there, against which a jam shows (failure-rules.ts).
   */
  baselineConnectMs: ReadonlyMap<string, number>;
}

/** The observations of one probe kind on a route. */
export function observationsOf<P extends ProbeName>(route: RouteEvidence, ...probes: readonly P[]): ObservationOf<P>[] {
  return route.observations.filter((o): o is ObservationOf<P> => (probes as readonly ProbeName[]).includes(o.probe));
}

/** The first observation of a probe kind on a route that decided its outcome (main chain first). */
export function firstOf<P extends ProbeName>(route: RouteEvidence, probe: P): ObservationOf<P> | undefined {
  return observationsOf(route, probe)[0];
}

/**
 * Builds the evidence for one target from a run's data: the outcomes in plan order,
 * each with its observations looked up by id.
 */
export function targetEvidence(
  target: Target,
  outcomes: readonly PathOutcome[],
  paths: readonly PathSpec[],
  observations: ReadonlyMap<string, Observation>,
  run: RunContext,
): TargetEvidence {
  const routes = paths.flatMap((spec) => {
    const outcome = outcomes.find((o) => o.path === spec.name);
    if (outcome === undefined) return [];
    return [{ spec, outcome, observations: outcome.observationIds.flatMap((id) => observations.get(id) ?? []) }];
  });
  return { target, routes, run };
}

/**
 * A vantage route leaves the user's network (a proxy, an Outline or Shadowsocks key, or
 * a local address of another uplink or VPN): what it sees is not what the local censor does. Encrypted DNS and
 * the local strategies still cross the local network, so they can be compared with
 * but never serve as the control.
 */
export function isVantage(spec: PathSpec): boolean {
  return spec.kind === 'proxy' || spec.kind === 'shadowsocks' || spec.kind === 'bind';
}

/**
 * The control is the first healthy vantage route of the plan: a proxy or uplink
 * whose check reached a neutral control (or, when no check was made, the first
 * vantage route at all). When no route reached any control (they may all be down),
 * the first unverified vantage route stands in: it still leaves the network.
 */
export function chooseControl(paths: readonly PathSpec[], checks: readonly RouteCheck[]): string | null {
  const vantageWith = (statuses: readonly (RouteCheck['status'] | undefined)[]): PathSpec | undefined =>
    paths.find((spec) => isVantage(spec) && statuses.includes(checks.find((c) => c.path === spec.name)?.status));
  return (vantageWith(['usable', undefined]) ?? vantageWith(['unverified']))?.name ?? null;
}

/**
 * Whether a route can change anything for a target. A local strategy rewrites only
 * the traffic it knows: the ClientHello (https) or the Host header (plain http);
 * for anything else it is the direct route again, and says nothing of restoring.
 */
export function appliesTo(spec: PathSpec, target: Target): boolean {
  if (spec.kind !== 'strategy') return true;
  if (target.kind !== 'url') return false;
  return spec.strategies.some((strategy) =>
    strategy.kind === 'http-hostcase' ? target.scheme === 'http' : target.scheme === 'https',
  );
}
