import type { RouteCheck } from '../../shared/events.ts';
import { isBogon } from '../../shared/bogon.ts';
import type { FailureClass } from '../../shared/failure.ts';
import type { Observation } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { NetworkState } from '../../shared/verdict.ts';
import { isPrivateName } from './dns-rules.ts';

/**
 * Whether this network reached the outside, from the neutral controls measured before
 * the targets. Any route reaching a control means it does (a local proxy or VPN that
 * gets through proves the network works, however much the direct route is blocked).
 * When none did: a captive portal shows itself on the direct route (a plain-HTTP check
 * answered by someone else, RFC 8952 §2, or the controls' names answered with private
 * addresses, as portals' DNS does); a network that answered anything beyond this
 * machine (a connection refused, a handshake, a proxy out there, a name resolved) is
 * limited, its controls down or blocked; only one where nothing answered is offline.
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
  if (diverted || privateAnswers(directCheck, observations)) return 'captive';
  const beyond = checks.filter((check) => !isLocalRoute(paths.find((spec) => spec.name === check.path)));
  const answered = beyond.some((check) => check.observationIds.some((id) => answeredFromOutside(observations.get(id))));
  return answered ? 'limited' : 'offline';
}

/**
 * Failures that still mean an answer came from beyond this machine: a host refused or
 * reset the connection, a server spoke TLS or HTTP, a proxy out there answered.
 * Silence (timeouts, unreachable networks) and the local resolver's errors do not.
 */
const ANSWERING_FAILURES: ReadonlySet<FailureClass> = new Set([
  'refused',
  'reset',
  'eof',
  'tls-alert',
  'tls-protocol',
  'cert-untrusted',
  'cert-name-mismatch',
  'cert-expired',
  'http-protocol',
  'truncated',
  'proxy-auth',
  'proxy-protocol',
  'proxy-refused',
  'proxy-upstream',
]);

function answeredFromOutside(observation: Observation | undefined): boolean {
  if (observation === undefined) return false;
  if (observation.probe === 'dns-system') {
    return observation.failure === undefined && observation.addresses.some((address) => !address.bogon);
  }
  if (observation.failure === undefined) return observation.probe !== 'dns-udp' && observation.probe !== 'dns-tcp';
  return ANSWERING_FAILURES.has(observation.failure.class);
}

/** A proxy on this machine or its home network (a local Tor or VPN client) answering proves nothing about the way out. */
function isLocalRoute(spec: PathSpec | undefined): boolean {
  const remote = spec?.kind === 'proxy' || spec?.kind === 'shadowsocks';
  return remote && (spec.host.toLowerCase() === 'localhost' || isBogon(spec.host));
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
