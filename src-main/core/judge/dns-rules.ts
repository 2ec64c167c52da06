import type { ObservationOf } from '../../shared/observation.ts';
import type { VerdictParams } from '../../shared/verdict.ts';
import { observationsOf, type RouteEvidence, type TargetEvidence } from './evidence.ts';

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
   * ghost: an address for a name that encrypted DNS says does not exist;
   * different: none of the addresses is one the reference resolvers gave.
   */
  kind: 'nxdomain' | 'failure' | 'bogon' | 'injection' | 'ghost' | 'different';
  evidence: string[];
  params: VerdictParams;
  /** The name resolves elsewhere (a DoH answer or a route that reached the site). */
  resolvesElsewhere: boolean;
  /**
   * The name exists nowhere: encrypted DNS answered that it does not (NXDOMAIN, or no
   * address), and no other route reached the site.
   */
  missingElsewhere: boolean;
}

export function isPrivateName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return PRIVATE_NAME_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`));
}

/** The DoH answers about one name, over any route. */
function dohAnswers(evidence: TargetEvidence, host: string): ObservationOf<'doh'>[] {
  return evidence.routes.flatMap((route) => observationsOf(route, 'doh')).filter((o) => sameName(o.name, host));
}

/**
 * Addresses the name has according to DNS-over-HTTPS, asked over any route: the
 * encrypted answers a local censor cannot rewrite (RFC 8484), including those fetched
 * through a proxy (the proxy-side answer).
 */
export function referenceAddresses(evidence: TargetEvidence, host = evidence.target.host): Set<string> {
  return new Set(
    dohAnswers(evidence, host).flatMap((o) =>
      o.failure === undefined ? (o.answer?.records ?? []).filter((r) => r.type === o.qtype).map((r) => r.data) : [],
    ),
  );
}

/**
 * Encrypted DNS answered, and gave no address: NXDOMAIN (RFC 1035 §4.1.1 RCODE 3), or
 * NOERROR without a record of the type asked (a CNAME leading nowhere, RFC 2308 §2.2).
 * Only a real answer counts: a DoH server that could not be reached says nothing.
 */
function dohSaysMissing(evidence: TargetEvidence, host: string): ObservationOf<'doh'>[] {
  const answers = dohAnswers(evidence, host).filter((o) => o.answer !== undefined);
  const missing = answers.filter((o) => o.answer?.rcode === 'NXDOMAIN' || o.answer?.rcode === 'NOERROR');
  return missing.length > 0 && referenceAddresses(evidence, host).size === 0 ? missing : [];
}

/**
 * Another route reached the site resolving its name elsewhere: a proxy, a key's server,
 * or encrypted DNS. Routes that ask the same system resolver would find the same invented address.
 */
function reachedResolvingElsewhere(evidence: TargetEvidence, route: RouteEvidence): boolean {
  return evidence.routes.some(
    (r) => r !== route && r.outcome.status === 'reachable' && ['proxy', 'shadowsocks', 'doh'].includes(r.spec.kind),
  );
}

/** The name exists nowhere: encrypted DNS answered there is no such name, and no other route reached the site. */
export function nameMissing(evidence: TargetEvidence, route: RouteEvidence, host: string): boolean {
  return dohSaysMissing(evidence, host).length > 0 && !reachedResolvingElsewhere(evidence, route);
}

/**
 * The DNS finding for a route that resolved `host` (the target's own name, or a host
 * its redirects led to) with the system resolver; null when nothing is wrong or it
 * did not resolve it that way.
 */
export function dnsFinding(
  evidence: TargetEvidence,
  route: RouteEvidence,
  host = evidence.target.host,
): DnsFinding | null {
  const system = observationsOf(route, 'dns-system').find((o) => sameName(o.name, host));
  if (system === undefined || isPrivateName(host)) return null;
  const reference = referenceAddresses(evidence, host);
  const reachedElsewhere = evidence.routes.some((r) => r !== route && r.outcome.status === 'reachable');
  const reachedOtherDns = reachedResolvingElsewhere(evidence, route);
  const missing = dohSaysMissing(evidence, host);
  const finding = (kind: DnsFinding['kind'], evidenceIds: string[], params: VerdictParams = {}): DnsFinding => ({
    kind,
    evidence: evidenceIds,
    params: host === evidence.target.host ? params : { ...params, hop: host },
    resolvesElsewhere: reference.size > 0 || reachedElsewhere,
    missingElsewhere: missing.length > 0 && !reachedOtherDns,
  });
  const referenceIds = dohAnswers(evidence, host).map((o) => o.id);

  if (system.failure !== undefined) {
    const absent = system.failure.class === 'nxdomain' || system.failure.class === 'no-answer';
    return finding(absent ? 'nxdomain' : 'failure', [system.id, ...referenceIds], { failure: system.failure.class });
  }
  const addresses = system.addresses.map((a) => a.address);
  const bogons = system.addresses.filter((a) => a.bogon).map((a) => a.address);
  const referenceBogon = [...reference].some((address) => bogons.includes(address));
  if (bogons.length > 0 && !referenceBogon) {
    return finding('bogon', [system.id, ...referenceIds], { addresses: bogons.join(', ') });
  }
  const injected = observationsOf(route, 'dns-udp', 'dns-tcp').filter((o) => sameName(o.name, host) && raced(o));
  if (injected.length > 0) return finding('injection', [system.id, ...injected.map((o) => o.id)]);
  // Some resolvers invent an address for names that exist nowhere (a "ghost"): to a
  // block page, an advert, or a closed port. Encrypted DNS saying the name does not
  // exist, while nothing else reached it, shows the answer is made up.
  if (missing.length > 0 && !reachedOtherDns) {
    return finding('ghost', [system.id, ...missing.map((o) => o.id)], { addresses: addresses.join(', ') });
  }
  if (reference.size > 0 && !addresses.some((address) => reference.has(address))) {
    return finding('different', [system.id, ...referenceIds], {
      addresses: addresses.join(', '),
      expected: [...reference].join(', '),
    });
  }
  return null;
}

/** DNS names compare without case and without a root dot (RFC 4343). */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\.$/, '') === b.toLowerCase().replace(/\.$/, '');
}

/** A later answer to the same query with other data: an on-path injector answered first. */
function raced(observation: ObservationOf<'dns-udp' | 'dns-tcp'>): boolean {
  const first = new Set((observation.answer?.records ?? []).map((r) => r.data));
  return observation.laterAnswers.some((later) => later.records.some((r) => !first.has(r.data)));
}
