import type { Failure } from '../../shared/failure.ts';
import { isBlocking, type PathVerdict, type TargetVerdict } from '../../shared/verdict.ts';
import { contentFinding } from './content-rules.ts';
import { dnsFinding, type DnsFinding } from './dns-rules.ts';
import { appliesTo, firstOf, isVantage, type RouteEvidence, type TargetEvidence } from './evidence.ts';
import { failureFinding } from './failure-rules.ts';
import { confidenceFrom, idsOf, referenceFor, toVerdict, type Finding } from './finding.ts';
import { slowThroughput } from './throughput-rules.ts';

/**
 * A target's verdicts: one per route, then which routes restore it. Pure: the same
 * evidence always gives the same verdicts, so a saved report can be judged again.
 */
export function classifyTarget(evidence: TargetEvidence): TargetVerdict {
  const down = downEverywhere(evidence);
  const paths = evidence.routes.map((route) =>
    toVerdict(route.spec.name, calmed(evidence, route, down?.(route) ?? routeFinding(evidence, route))),
  );
  const direct = paths.find((v, index) => evidence.routes[index]?.spec.kind === 'direct');
  const blocked = direct !== undefined && isBlocking(direct.status);
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
 * Nothing reached the site and a vantage route failed too: the site is down (or
 * gone), not blocked. Only failed routes take this verdict; broken routes stay broken.
 */
function downEverywhere(evidence: TargetEvidence): ((route: RouteEvidence) => Finding | null) | null {
  const { routes, run } = evidence;
  if (routes.some((r) => r.outcome.status === 'reachable')) return null;
  const failedVantages = routes.filter((r) => isVantage(r.spec) && r.outcome.status === 'failed');
  if (failedVantages.length === 0) return null;
  const controlFailed = failedVantages.some((r) => r.spec.name === run.control);
  return (route) =>
    route.outcome.status === 'failed'
      ? {
          status: 'down',
          reason: 'fails-everywhere',
          confidence: controlFailed ? 'high' : 'medium',
          evidence: idsOf(route),
        }
      : null;
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
  const dns = dnsFinding(evidence, route);
  if (dns !== null) return dnsTampering(dns, evidence) ?? unexplained;
  // The route's own resolver (its DoH server) failing is the route failing, not the site.
  if (failure.stage === 'dns') return { ...unexplained, status: 'path-failed', reason: 'route-failed' };
  return failureFinding(evidence, route, failure) ?? unexplained;
}

/**
 * A reachable route is fine unless its DNS lied, its page is a block page or differs
 * from the control's, or it is far slower than the control.
 */
function reachableFinding(evidence: TargetEvidence, route: RouteEvidence): Finding {
  const reference = referenceFor(evidence, route);
  const isControl = route.spec.name === evidence.run.control;
  const content = contentFinding(evidence, route, isControl ? null : reference) ?? slowThroughput(route, reference);
  const dns = dnsFinding(evidence, route);
  if (dns !== null) return disagreeingDns(evidence, route, dns, content);
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
  if (dns.kind === 'bogon' || (contentBlocked && !validCertificate)) {
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

function failureParams(failure: Failure | undefined): PathVerdict['params'] {
  if (failure === undefined) return {};
  return {
    stage: failure.stage,
    failure: failure.class,
    ...(failure.detail === undefined ? {} : { detail: failure.detail }),
  };
}
