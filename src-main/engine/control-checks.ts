import { createHash } from 'node:crypto';
import type { ControlResult, PathOutcome, RouteCheck } from '../shared/events.ts';
import { isPlainHttpControl, type ControlSite } from '../shared/controls.ts';
import type { Observation } from '../shared/observation.ts';
import { parseTarget, type Target } from '../shared/target.ts';
import { decideRouteChecks, type MeasuredCheck } from '../core/judge/route-health.ts';
import type { Measurer } from './measurer.ts';
import type { Route } from './paths/route.ts';

/** Observations of the controls carry this target id: the controls are no targets of the user's. */
export const CONTROL_TARGET_ID = 'control';

/**
 * Route health and the network's own state, before any target: every route, the
 * direct one included, measures the neutral controls the whole way (DNS, connect,
 * TLS, HTTP). That shows whether a proxy is reachable, speaks its protocol and
 * accepts our credentials, whether it gets anywhere at all, and whether this network
 * reaches the outside (the plain-HTTP checks, on the direct route only, also show a
 * login page in the way). The statuses are decided together (core/judge/route-health.ts).
 * No controls: no checks.
 */
export async function checkRoutes(routes: readonly Route[], measurer: Measurer): Promise<RouteCheck[]> {
  const controls = measurer.options.controls ?? [];
  if (controls.length === 0) return [];
  const measured = await Promise.all(routes.map((route) => measureControls(route, controls, measurer)));
  return decideRouteChecks(measured);
}

/**
 * The controls measured again on the direct route (residual blocking, offline moments):
 * usable when one answers. Null when the plan has no controls.
 */
export async function recheckDirect(direct: Route, measurer: Measurer): Promise<RouteCheck | null> {
  const controls = measurer.options.controls ?? [];
  if (controls.length === 0) return null;
  const measured = await measureControls(direct, controls, measurer);
  const reached = measured.controls.some((control) => control.reached);
  const failure = measured.controls.find((control) => control.failure !== undefined)?.failure;
  return {
    path: direct.spec.name,
    status: reached ? 'usable' : 'failed',
    ...(reached || failure === undefined ? {} : { failure }),
    controls: measured.controls,
    observationIds: measured.observationIds,
  };
}

/**
 * Every control over one route at once (there are at most MAX_CONTROLS); the
 * plain-HTTP checks only over the direct route, where a captive portal would be,
 * unless they are all there is.
 */
async function measureControls(
  route: Route,
  controls: readonly ControlSite[],
  measurer: Measurer,
): Promise<MeasuredCheck & { controls: ControlResult[]; observationIds: string[] }> {
  // Where every control is plain HTTP, those are what every route has to reach.
  const secure = controls.filter((site) => !isPlainHttpControl(site));
  const applicable = route.spec.kind === 'direct' || secure.length === 0 ? controls : secure;
  const measured = await Promise.all(
    applicable.map(async (site) => {
      const { outcome, observations } = await measurer.measureSeeing(controlTarget(site), route);
      return { control: controlResult(site, outcome, observations), ids: outcome.observationIds };
    }),
  );
  return {
    path: route.spec.name,
    controls: measured.map((entry) => entry.control),
    observationIds: measured.flatMap((entry) => entry.ids),
  };
}

function controlTarget(site: ControlSite): Target {
  const parsed = parseTarget(site.url);
  // The plan's schema checks every control is a web address (shared/controls.ts).
  if (!parsed.ok) throw new Error(`a control is not a web address: ${parsed.code}`);
  return { ...parsed.target, id: CONTROL_TARGET_ID };
}

/**
 * Whether a control answered as itself. A plain-HTTP check must give its known answer
 * when it has one, and must not send us to another host: a captive portal answers
 * such requests with its login page or a redirect to it ("diverted").
 */
export function controlResult(
  site: ControlSite,
  outcome: PathOutcome,
  observations: readonly Observation[],
): ControlResult {
  const base = { url: site.url, ...(outcome.failure === undefined ? {} : { failure: outcome.failure }) };
  if (outcome.status !== 'reachable') return { ...base, reached: false };
  if (!isPlainHttpControl(site)) return { ...base, reached: true };
  const http = observations.find((o): o is Extract<Observation, { probe: 'http' }> => o.probe === 'http');
  const diverted = http === undefined || !answeredAsItself(site, http);
  return { ...base, reached: !diverted, ...(diverted ? { diverted: true } : {}) };
}

function answeredAsItself(site: ControlSite, http: Extract<Observation, { probe: 'http' }>): boolean {
  if (hostOf(http.finalUrl) !== hostOf(site.url)) return false;
  if (site.expect === undefined) return http.status !== undefined && http.status < 400;
  if (http.status !== site.expect.status) return false;
  const body = site.expect.body;
  return body === undefined || http.body?.sha256 === createHash('sha256').update(body).digest('hex');
}

function hostOf(url: string): string {
  return new URL(url).hostname.toLowerCase();
}
