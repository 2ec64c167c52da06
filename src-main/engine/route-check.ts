import type { RouteCheck } from '../shared/events.ts';
import { parseTarget, type Target } from '../shared/target.ts';
import type { Measurer } from './measurer.ts';
import type { Route } from './paths/route.ts';

/** Observations of route checks carry this target id: the control is no target of the user's. */
export const CONTROL_TARGET_ID = 'control';

/**
 * Route health first: before a route is used, it must reach the neutral control
 * the whole way (DNS, connect, TLS, HTTP). That covers whether a proxy is reachable,
 * speaks its protocol and accepts our credentials, and whether it gets anywhere at
 * all. Direct is the baseline and is not checked; without a control nothing is.
 */
export async function checkRoute(route: Route, measurer: Measurer): Promise<RouteCheck | null> {
  return route.spec.kind === 'direct' ? null : measureControl(route, measurer);
}

/** Measures the neutral control over a route; null when the plan names no control. */
export async function measureControl(route: Route, measurer: Measurer): Promise<RouteCheck | null> {
  const controlUrl = measurer.options.controlUrl;
  if (controlUrl === undefined) return null;
  const parsed = parseTarget(controlUrl);
  if (!parsed.ok) throw new Error(`the control URL is not valid: ${parsed.code}`);
  const control: Target = { ...parsed.target, id: CONTROL_TARGET_ID };
  const outcome = await measurer.measure(control, route);
  return {
    path: route.spec.name,
    status: outcome.status === 'reachable' ? 'usable' : 'failed',
    ...(outcome.failure === undefined ? {} : { failure: outcome.failure }),
    observationIds: outcome.observationIds,
  };
}
