import type { Failure } from '../../shared/failure.ts';
import { isBlocking, needsAnotherRoute, type TargetVerdict } from '../../shared/verdict.ts';
import { contentFinding } from './content-rules.ts';
import { dnsFinding, nameMissing, type DnsFinding } from './dns-rules.ts';
import { appliesTo, firstOf, isVantage, type RouteEvidence, type TargetEvidence } from './evidence.ts';
import { failureFinding, failureParams, sameCertificateOnVantage } from './failure-rules.ts';
import { confidenceFrom, idsOf, referenceFor, toVerdict, type Finding } from './finding.ts';
import { slowThroughput } from './throughput-rules.ts';

/**
 * A target's verdicts: one per route, then which routes restore it. Pure: the same
 * evidence always gives the same verdicts, so a saved report can be judged again.
 */
export function classifyTarget(evidence: TargetEvidence): TargetVerdict {
  const cutOff = cutOffFinding(evidence);
  const down = downEverywhere(evidence);
  const paths = evidence.routes.map((route) =>
    toVerdict(
      route.spec.name,
      cutOff?.(route) ?? calmed(evidence, route, down?.(route) ?? routeFinding(evidence, route)),
    ),
  );
  const direct = paths.find((v, index) => evidence.routes[index]?.spec.kind === 'direct');
  const blocked = direct !== undefined && needsAnotherRoute(direct.status);
  const others = paths.filter((v, index) => {
    const spec = evidence.routes[index]?.spec;
    return v !== direct && spec !== undefined && appliesTo(spec, evidence.target);
  });
  return {
    targetId: evidence.target.id,
    paths,
    ...(direct === undefined ? {} : { direct }),
    restoredBy: blocked ? others.filter((v) => v.status === 'ok').map((v) => v.path) : [],
    notRestoredBy: blocked ? others.filter((v) => isBlocking(v.status)).map((v) => v.path) : [],
  };
}

/**
 * An offline network, or one behind a login page (network.ts): whatever did not get
 * through tells nothing about the site, and nothing is judged as blocked. Behind a
 * login page, a page fetched on this network is the portal's too, unless it came over
 * HTTPS with a certificate valid for the site.
 */
function cutOffFinding(evidence: TargetEvidence): ((route: RouteEvidence) => Finding | null) | null {
  const { network } = evidence.run;
  if (network !== 'offline' && network !== 'captive') return null;
  return (route) => {
    const tls = firstOf(route, 'tls');
    const genuine = tls?.trusted === true && tls.nameMatches === true;
    const through = route.outcome.status === 'reachable' && (isVantage(route.spec) || genuine);
    if (through) return null;
    return {
      status: 'inconclusive',
      reason: network === 'offline' ? 'offline' : 'captive-portal',
      confidence: 'high',
      evidence: idsOf(route),
      params: failureParams(route.outcome.failure),
    };
  };
}

/**
 * Nothing reached the site and a vantage route failed too: the site is down (or
 * gone), not blocked. Only failed routes take this verdict; broken routes stay broken.
 * The reason says more where the failures do: a name that exists nowhere, or the
 * site's own bad certificate given to every route.
 */
function downEverywhere(evidence: TargetEvidence): ((route: RouteEvidence) => Finding | null) | null {
  const { routes, run } = evidence;
  if (routes.some((r) => r.outcome.status === 'reachable')) return null;
  const failedVantages = routes.filter((r) => isVantage(r.spec) && r.outcome.status === 'failed');
  if (failedVantages.length === 0) return null;
  const controlFailed = failedVantages.some((r) => r.spec.name === run.control);
  return (route) => {
    if (route.outcome.status !== 'failed') return null;
    // A resolver that invents or fakes an address is tampering, whatever the site's state.
    const dnsKind = dnsFinding(evidence, route)?.kind;
    if (dnsKind === 'ghost' || dnsKind === 'bogon') return null;
    const found = { status: 'down' as const, confidence: controlFailed ? ('high' as const) : ('medium' as const) };
    const failure = route.outcome.failure;
    if (failure?.class === 'nxdomain' || failure?.class === 'no-answer') {
      return { ...found, reason: 'name-not-found', evidence: idsOf(route), params: failureParams(failure) };
    }
    const sameCertificate = sameCertificateOnVantage(evidence, route, firstOf(route, 'tls'));
    const tls = firstOf(route, 'tls');
    if (sameCertificate !== undefined && tls?.trusted === false) {
      const issuer = tls.certificates[0]?.issuer ?? '';
      return {
        ...found,
        reason: 'site-certificate-invalid',
        evidence: [...idsOf(route), sameCertificate.id],
        params: { issuer },
      };
    }
    return { ...found, reason: 'fails-everywhere', evidence: idsOf(route) };
  };
}

function routeFinding(evidence: TargetEvidence, route: RouteEvidence): Finding {
  const { outcome } = route;
  const ids = idsOf(route);
  switch (outcome.status) {
    case 'path-failed': {
      const reason = evidence.run.failedChecks.has(route.spec.name) ? 'route-check-failed' : 'route-failed';
      return {
        status: 'path-failed',
        reason,
        confidence: 'high',
        evidence: ids,
        params: failureParams(outcome.failure),
      };
    }
    case 'not-measurable':
      return { status: 'inconclusive', reason: 'not-measurable', confidence: 'low', evidence: ids };
    case 'not-measured':
      return { status: 'inconclusive', reason: 'not-measured', confidence: 'low', evidence: ids };
    case 'failed':
      return failedFinding(evidence, route, outcome.failure);
    case 'reachable':
      return reachableFinding(evidence, route);
  }
}

function failedFinding(evidence: TargetEvidence, route: RouteEvidence, failure: Failure | undefined): Finding {
  const unexplained: Finding = {
    status: 'inconclusive',
    reason: 'unexplained-failure',
    confidence: 'low',
    evidence: idsOf(route),
    params: failureParams(failure),
  };
  if (failure === undefined) return unexplained;
  // The target's own name, and the host a redirect led to where the page failed: each
  // resolved, and compared, as the first (the Truthful issue).
  for (const host of new Set([evidence.target.host, failedHost(route) ?? evidence.target.host])) {
    const dns = dnsFinding(evidence, route, host);
    if (dns !== null) return dnsTampering(dns, evidence) ?? missingName(dns, route) ?? unexplained;
  }
  if (failure.class === 'proxy-upstream') {
    return { ...unexplained, reason: 'upstream-failure', confidence: 'medium' };
  }
  if (failure.stage === 'dns' && route.spec.kind === 'doh') {
    // Its DoH server says the name does not exist, and nothing else found it: gone.
    if (nameMissing(evidence, route, failedHost(route) ?? evidence.target.host)) {
      return { ...unexplained, status: 'down', reason: 'name-not-found', confidence: 'medium' };
    }
    // An encrypted-DNS route whose DoH server failed: the route failing, not the site.
    return { ...unexplained, status: 'path-failed', reason: 'route-failed' };
  }
  return failureFinding(evidence, route, failure) ?? unexplained;
}

/**
 * The name exists nowhere: encrypted DNS says so and nothing reached the site. Down
 * (gone), not blocked; without encrypted DNS to ask, it stays unclear.
 */
function missingName(dns: DnsFinding, route: RouteEvidence): Finding | null {
  if (dns.kind !== 'nxdomain' || !dns.missingElsewhere) return null;
  return {
    status: 'down',
    reason: 'name-not-found',
    confidence: 'medium',
    evidence: [...idsOf(route), ...dns.evidence],
    params: dns.params,
  };
}

/**
 * Every host name the route's page went through: the target's own, then each host its
 * redirects led to (each resolved, and compared, as the first: the Truthful issue).
 */
function chainHosts(evidence: TargetEvidence, route: RouteEvidence): string[] {
  const http = firstOf(route, 'http');
  const urls = http === undefined ? [] : [...http.redirects.map((hop) => hop.location), http.finalUrl];
  const hosts = urls.flatMap((url) => {
    try {
      return [new URL(url, evidence.target.kind === 'url' ? evidence.target.url : undefined).hostname];
    } catch {
      return [];
    }
  });
  return [...new Set([evidence.target.host, ...hosts.map((host) => host.replace(/^\[(.*)\]$/, '$1'))])];
}

/** The host whose request failed: the last one the page's redirects reached. */
function failedHost(route: RouteEvidence): string | undefined {
  const http = firstOf(route, 'http');
  if (http?.failure === undefined) return undefined;
  try {
    return new URL(http.finalUrl).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return undefined;
  }
}

/**
 * A reachable route is fine unless its DNS lied, its page is a block page or differs
 * from the control's, or it is far slower than the control.
 */
function reachableFinding(evidence: TargetEvidence, route: RouteEvidence): Finding {
  const reference = referenceFor(evidence, route);
  const isControl = route.spec.name === evidence.run.control;
  const content = contentFinding(evidence, route, isControl ? null : reference) ?? slowThroughput(route, reference);
  const dns = chainHosts(evidence, route)
    .map((host) => dnsFinding(evidence, route, host))
    .find((finding) => finding !== null);
  if (dns !== undefined && dns !== null) return disagreeingDns(evidence, route, dns, content);
  if (content !== null) return content;
  if (isControl) return { status: 'ok', reason: 'is-control', confidence: 'high', evidence: idsOf(route) };
  return reference === null
    ? { status: 'ok', reason: 'reachable-no-control', confidence: 'medium', evidence: idsOf(route) }
    : { status: 'ok', reason: 'matches-control', confidence: confidenceFrom(reference), evidence: idsOf(route) };
}

/**
 * A reachable route whose resolver disagreed with the reference resolvers. CDNs and
 * geo-DNS give different addresses in different places, so a different address is
 * tampering only when what answers there is not the site: a block page or a page
 * unlike the control's, without a valid certificate for the name.
 */
function disagreeingDns(
  evidence: TargetEvidence,
  route: RouteEvidence,
  dns: DnsFinding,
  content: Finding | null,
): Finding {
  const tls = firstOf(route, 'tls');
  const validCertificate = tls?.trusted === true && tls.nameMatches === true;
  const contentBlocked = content !== null && content.status === 'http-blockpage';
  if (dns.kind === 'bogon' || dns.kind === 'ghost' || (contentBlocked && !validCertificate)) {
    const tampering = dnsTampering(dns, evidence, content);
    if (tampering !== null) return tampering;
  }
  if (content !== null) return content;
  const reference = referenceFor(evidence, route);
  const compared = reference !== null && firstOf(reference.route, 'http') !== undefined;
  const evidenceIds = [...idsOf(route), ...dns.evidence];
  if (!validCertificate && !compared) {
    return {
      status: 'inconclusive',
      reason: 'dns-wrong-address',
      confidence: 'low',
      evidence: evidenceIds,
      params: dns.params,
    };
  }
  return {
    status: 'ok',
    reason: validCertificate ? 'dns-differs-valid-certificate' : 'dns-differs-same-content',
    confidence: confidenceFrom(reference),
    evidence: evidenceIds,
    params: dns.params,
  };
}

/**
 * DNS tampering, when the DNS finding is enough to say so. `content` is what the
 * page behind the answer showed (null: nothing to compare): a different address
 * alone is not tampering until the page behind it is not the site's.
 */
function dnsTampering(dns: DnsFinding, evidence: TargetEvidence, content: Finding | null = null): Finding | null {
  const vantageReached = evidence.routes.some((r) => isVantage(r.spec) && r.outcome.status === 'reachable');
  const base = { status: 'dns-tampering' as const, evidence: [...dns.evidence, ...(content?.evidence ?? [])] };
  const params = { ...dns.params, ...(content?.params ?? {}) };
  switch (dns.kind) {
    case 'bogon':
      return { ...base, reason: 'dns-bogon', confidence: dns.resolvesElsewhere ? 'high' : 'medium', params };
    case 'injection':
      return { ...base, reason: 'dns-injection', confidence: 'high', params };
    case 'ghost':
      return { ...base, reason: 'dns-ghost', confidence: vantageFailed(evidence) ? 'high' : 'medium', params };
    case 'nxdomain':
    case 'failure': {
      if (!dns.resolvesElsewhere) return null;
      const reason = dns.kind === 'nxdomain' ? 'dns-nxdomain' : 'dns-failure';
      const confidence = vantageReached && dns.kind === 'nxdomain' ? 'high' : 'medium';
      return { ...base, reason, confidence, params };
    }
    case 'different':
      return { ...base, reason: 'dns-wrong-address', confidence: vantageReached ? 'high' : 'medium', params };
  }
}

/**
 * Residual blocking: the neutral control failed on the direct route right after a
 * sensitive site, so the network punished flows for a while and a local failure may
 * be that punishment rather than a block of its own. Such verdicts are never high.
 */
function calmed(evidence: TargetEvidence, route: RouteEvidence, finding: Finding): Finding {
  const since = evidence.run.residualSince;
  if (since === null || isVantage(route.spec) || !isBlocking(finding.status) || finding.confidence !== 'high') {
    return finding;
  }
  const startedAt = route.observations[0]?.startedAt;
  if (startedAt === undefined || Date.parse(startedAt) < Date.parse(since)) return finding;
  return { ...finding, confidence: 'medium', params: { ...finding.params, residualBlocking: true } };
}

/** A route outside the network tried the site and failed too: the name is missing there as well. */
function vantageFailed(evidence: TargetEvidence): boolean {
  return evidence.routes.some((r) => isVantage(r.spec) && r.outcome.status === 'failed');
}
