import type { ObservationOf } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import { firstOf, isVantage, type TargetEvidence } from './evidence.ts';

/** One handshake to measure again, over the route that made it. */
export interface Retest {
  path: string;
  of: ObservationOf<'tls'>;
}

/**
 * The handshakes worth measuring again before a target is judged: a local route's
 * handshake that timed out where a strategy's handshake to the same address passed.
 * Such a timeout is proof of SNI filtering only if it happens again under the same
 * conditions (failure-rules.ts, sniProof); a jam, including one Detour's own downloads
 * made, would make any handshake time out. The failed one first, then the strategy's.
 */
export function retestsFor(evidence: TargetEvidence): Retest[] {
  const retests: Retest[] = [];
  for (const route of evidence.routes) {
    const failed = firstOf(route, 'tls');
    if (failed?.failure?.class !== 'timeout' || isVantage(route.spec) || route.spec.kind === 'strategy') continue;
    const passing = evidence.routes.filter((other) => {
      const tls = hidesName(other.spec) ? firstOf(other, 'tls') : undefined;
      return tls !== undefined && tls.failure === undefined && tls.address === failed.address;
    });
    const [first] = passing;
    const passed = first === undefined ? undefined : firstOf(first, 'tls');
    if (first === undefined || passed === undefined) continue;
    retests.push({ path: route.spec.name, of: failed }, { path: first.spec.name, of: passed });
  }
  return retests;
}

/** A strategy that hides the site's name from a censor reading the ClientHello: a decoy name, or a split. */
export function hidesName(spec: PathSpec): boolean {
  return (
    spec.kind === 'strategy' &&
    spec.strategies.some((s) => s.kind === 'sni-decoy' || s.kind === 'tls-split' || s.kind === 'tcp-split')
  );
}
