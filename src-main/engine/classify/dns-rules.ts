import type { ObservationOf } from '../../shared/observation.ts';
import type { VerdictParams } from '../../shared/verdict.ts';
import { firstOf, observationsOf, type RouteEvidence, type TargetEvidence } from './evidence.ts';

/**
 * Names that resolve to private addresses by design, so a private answer for them is
 * no lie: localhost (RFC 6761 §6.3), .local (mDNS, RFC 6762), home.arpa (RFC 8375),
 * .internal (reserved for private use by ICANN in 2024), .lan (common router default).
 */
const PRIVATE_NAME_SUFFIXES = ['localhost', 'local', 'home.arpa', 'internal', 'lan'];

/** What the DNS of one route shows about tampering, before the rest of the chain is weighed. */
export interface DnsFinding {
  /**
   * nxdomain: the name does not exist here (or has no address);
   * failure: the resolver gave no usable answer (timeout, SERVFAIL, refused);
   * bogon: a private or reserved address for a public name;
   * injection: two different answers raced each other for one query;
   * different: none of the addresses is one the reference resolvers gave.
   */
  kind: 'nxdomain' | 'failure' | 'bogon' | 'injection' | 'different';
  evidence: string[];
  params: VerdictParams;
  /** The name resolves elsewhere (a DoH answer or a route that reached the site). */
  resolvesElsewhere: boolean;
}

export function isPrivateName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return PRIVATE_NAME_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/**
 * Addresses the name has according to DNS-over-HTTPS, asked over any route: the
 * encrypted answers a local censor cannot rewrite (RFC 8484), including those fetched
 * through a proxy (the proxy-side answer).
 */
export function referenceAddresses(evidence: TargetEvidence): Set<string> {
  const answers = evidence.routes.flatMap((route) => observationsOf(route, 'doh'));
  return new Set(
    answers.flatMap((o) =>
      o.failure === undefined ? (o.answer?.records ?? []).filter((r) => r.type === o.qtype).map((r) => r.data) : [],
    ),
  );
}

/** The DNS finding for a route that resolved with the system resolver; null when nothing is wrong or it did not. */
export function dnsFinding(evidence: TargetEvidence, route: RouteEvidence): DnsFinding | null {
  const system = firstOf(route, 'dns-system');
  if (system === undefined || isPrivateName(evidence.target.host)) return null;
  const reference = referenceAddresses(evidence);
  const resolvesElsewhere =
    reference.size > 0 || evidence.routes.some((r) => r !== route && r.outcome.status === 'reachable');
  const finding = (kind: DnsFinding['kind'], evidenceIds: string[], params: VerdictParams = {}): DnsFinding => ({
    kind,
    evidence: evidenceIds,
    params,
    resolvesElsewhere,
  });
  const referenceIds = evidence.routes.flatMap((r) => observationsOf(r, 'doh').map((o) => o.id));

  if (system.failure !== undefined) {
    const missing = system.failure.class === 'nxdomain' || system.failure.class === 'no-answer';
    return finding(missing ? 'nxdomain' : 'failure', [system.id, ...referenceIds], { failure: system.failure.class });
  }
  const addresses = system.addresses.map((a) => a.address);
  const bogons = system.addresses.filter((a) => a.bogon).map((a) => a.address);
  const referenceBogon = [...reference].some((address) => bogons.includes(address));
  if (bogons.length > 0 && !referenceBogon) {
    return finding('bogon', [system.id, ...referenceIds], { addresses: bogons.join(', ') });
  }
  const injected = observationsOf(route, 'dns-udp', 'dns-tcp').filter(raced);
  if (injected.length > 0) return finding('injection', [system.id, ...injected.map((o) => o.id)]);
  if (reference.size > 0 && !addresses.some((address) => reference.has(address))) {
    return finding('different', [system.id, ...referenceIds], {
      addresses: addresses.join(', '),
      expected: [...reference].join(', '),
    });
  }
  return null;
}

/** A later answer to the same query with other data: an on-path injector answered first. */
function raced(observation: ObservationOf<'dns-udp' | 'dns-tcp'>): boolean {
  const first = new Set((observation.answer?.records ?? []).map((r) => r.data));
  return observation.laterAnswers.some((later) => later.records.some((r) => !first.has(r.data)));
}
