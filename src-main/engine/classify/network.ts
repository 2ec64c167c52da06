import type { RouteCheck } from '../../shared/events.ts';
import type { Observation } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { NetworkState } from '../../shared/verdict.ts';
import { isPrivateName } from './dns-rules.ts';

/**
 * Whether this network reached the outside, from the neutral controls measured before
 * the targets. Any route reaching a control means it does (a local proxy or VPN that
 * gets through proves the network works, however much the direct route is blocked).
 * Nothing reaching one means offline, unless the direct route shows a captive portal's
 * signs: a plain-HTTP check answered by someone else (RFC 8952 §2: portals intercept
 * HTTP to show their login page), or the controls' names answered with private
 * addresses (portals' DNS sends every name to the portal).
 */
export function networkState(
  paths: readonly PathSpec[],
  checks: readonly RouteCheck[],
  observations: ReadonlyMap<string, Observation>,
): NetworkState {
  const direct = paths.find((spec) => spec.kind === 'direct')?.name;
  const directCheck = checks.find((check) => check.path === direct);
  if (directCheck?.controls === undefined || directCheck.controls.length === 0) return 'not-checked';
  if (checks.some((check) => check.controls?.some((control) => control.reached) === true)) return 'online';
  const diverted = directCheck.controls.some((control) => control.diverted === true);
  return diverted || privateAnswers(directCheck, observations) ? 'captive' : 'offline';
}

function privateAnswers(check: RouteCheck, observations: ReadonlyMap<string, Observation>): boolean {
  return check.observationIds.some((id) => {
    const observation = observations.get(id);
    return (
      observation?.probe === 'dns-system' &&
      !isPrivateName(observation.name) &&
      observation.addresses.length > 0 &&
      observation.addresses.every((address) => address.bogon)
    );
  });
}

/** Per route, its quickest connection to a control: what opening one normally takes there. */
export function baselineConnectMs(
  checks: readonly RouteCheck[],
  observations: ReadonlyMap<string, Observation>,
): Map<string, number> {
  const baselines = new Map<string, number>();
  for (const check of checks) {
    for (const id of check.observationIds) {
      const observation = observations.get(id);
      if (observation?.probe !== 'tcp' || observation.connectMs === undefined) continue;
      baselines.set(check.path, Math.min(baselines.get(check.path) ?? Infinity, observation.connectMs));
    }
  }
  return baselines;
}
