import type { Failure, FailureClass, Stage } from '../../shared/failure.ts';
import type { ObservationOf } from '../../shared/observation.ts';
import type { BlockingStatus, VerdictParams, VerdictReason } from '../../shared/verdict.ts';
import { firstOf, isVantage, observationsOf, type RouteEvidence, type TargetEvidence } from './evidence.ts';
import { confidenceFrom, idsOf, referenceFor, siteUpElsewhere, type Finding, type Reference } from './finding.ts';
import { inStallWindow, stalledAtBytes } from './throughput-rules.ts';

type Rule = readonly [BlockingStatus, VerdictReason];

/**
 * What a failure on the way to a site means when another route reached it, by the
 * stage it happened at and its class (the design notes' vocabulary; OONI's
 * web_connectivity reads the same failures the same way: ooni/spec ts-017). DNS
 * failures are judged by the DNS rules; classes not listed explain nothing.
 */
export const FAILURE_RULES: Readonly<Record<Stage, Partial<Record<FailureClass, Rule>>>> = {
  dns: {},
  tcp: {
    timeout: ['tcp-blocked', 'tcp-timeout'],
    'host-unreachable': ['tcp-blocked', 'tcp-unreachable'],
    'network-unreachable': ['tcp-blocked', 'tcp-unreachable'],
    refused: ['tcp-reset', 'tcp-refused'],
    reset: ['tcp-reset', 'tcp-reset'],
  },
  tls: {
    reset: ['tls-blocked', 'tls-reset'],
    eof: ['tls-blocked', 'tls-eof'],
    timeout: ['tls-blocked', 'tls-timeout'],
    'tls-alert': ['tls-blocked', 'tls-alert'],
    'tls-protocol': ['tls-blocked', 'tls-error'],
    'cert-untrusted': ['tls-mitm', 'cert-untrusted'],
    'cert-name-mismatch': ['tls-mitm', 'cert-name-mismatch'],
    'cert-expired': ['tls-mitm', 'cert-expired'],
  },
  http: {
    reset: ['http-blocked', 'http-reset'],
    timeout: ['http-blocked', 'http-timeout'],
    eof: ['http-blocked', 'http-eof'],
    truncated: ['http-blocked', 'http-eof'],
    'http-protocol': ['http-blocked', 'http-error'],
    'http-headers-too-large': ['http-blocked', 'http-error'],
    'redirect-loop': ['http-blocked', 'http-error'],
    'too-many-redirects': ['http-blocked', 'http-error'],
  },
  read: {
    reset: ['http-blocked', 'http-reset'],
    eof: ['http-blocked', 'http-eof'],
    truncated: ['http-blocked', 'http-eof'],
    timeout: ['throttled', 'stall'],
    stall: ['throttled', 'stall'],
  },
  udp: {
    timeout: ['udp-blocked', 'udp-no-answer'],
  },
};

/**
 * Failures a site that is merely down, overloaded or gone would cause too: no answer
 * to a connection, a refused or unreachable address, silence after it. Without another
 * route reaching the site they are not evidence of blocking (OONI's "expected
 * failures": the test helper failing the same way means the site is down).
 */
function couldBeDown(failure: Failure): boolean {
  return failure.stage === 'tcp' || failure.stage === 'udp' || failure.class === 'timeout' || failure.class === 'stall';
}

/** The finding for a route whose chain failed past DNS; null when no rule explains the failure. */
export function failureFinding(evidence: TargetEvidence, route: RouteEvidence, failure: Failure): Finding | null {
  const rule = FAILURE_RULES[failure.stage][failure.class];
  if (rule === undefined) return null;
  const [status, reason] = rule;
  const reference = referenceFor(evidence, route);
  const up = reference !== null || siteUpElsewhere(evidence, route);
  const confidence = reference === null ? (up ? 'medium' : 'low') : confidenceFrom(reference);
  const base: Finding = { status, reason, confidence, evidence: idsOf(route) };
  if (status === 'tls-mitm') return interception(evidence, route, reference, base);
  const jam = failure.class === 'timeout' ? congestion(evidence, route) : null;
  if (jam !== null) return jam;
  if (status === 'tls-blocked') {
    const proof = sniProof(evidence, route);
    if (proof !== null) return proof;
  }
  const stalled = status === 'throttled' ? stall(route, reference, base) : null;
  if (stalled?.reason === 'stall-window') return stalled;
  // Public STUN servers answering on the direct route are a partial control for calls:
  // UDP itself works here, so the silence is aimed at this server (or it is down).
  const partial = failure.stage === 'udp' && evidence.run.stunAnswersDirect;
  if (!up && !partial && couldBeDown(failure)) {
    return {
      status: 'inconclusive',
      reason: 'no-reference',
      confidence: 'low',
      evidence: idsOf(route),
      params: failureParams(failure),
    };
  }
  switch (status) {
    case 'tls-blocked':
      return { ...base, params: handshakeTimings(route, failure) };
    case 'throttled':
      return stalled ?? base;
    case 'udp-blocked':
      return { ...base, confidence: udpConfidence(reference) };
    default:
      return base;
  }
}

/** The raw failure, for the details of a verdict. */
export function failureParams(failure: Failure | undefined): VerdictParams {
  if (failure === undefined) return {};
  return {
    stage: failure.stage,
    failure: failure.class,
    ...(failure.detail === undefined ? {} : { detail: failure.detail }),
  };
}

/**
 * A connection is jammed when opening it took far longer than this route usually
 * needs (its connections to the neutral controls, and to this very site a moment
 * before): SYNs were lost and sent again (RFC 6298 §5: the first retransmission comes
 * after a second). A timeout on such a connection is congestion, from the network's
 * load or from Detour's own downloads, not evidence of blocking.
 */
export const CONGESTION_FACTOR = 5;
export const CONGESTION_MARGIN_MS = 1000;

function congestion(evidence: TargetEvidence, route: RouteEvidence): Finding | null {
  const connects = observationsOf(route, 'tcp', 'tls').flatMap((o) => (o.connectMs === undefined ? [] : [o.connectMs]));
  const baselines = [...connects, evidence.run.baselineConnectMs.get(route.spec.name) ?? Infinity];
  const baselineMs = Math.min(...baselines);
  const slowestMs = Math.max(0, ...connects);
  if (
    !Number.isFinite(baselineMs) ||
    slowestMs < Math.max(CONGESTION_FACTOR * baselineMs, baselineMs + CONGESTION_MARGIN_MS)
  ) {
    return null;
  }
  return {
    status: 'inconclusive',
    reason: 'congestion',
    confidence: 'medium',
    evidence: idsOf(route),
    params: { connectMs: Math.round(slowestMs), baselineMs: Math.round(baselineMs) },
  };
}

/**
 * SNI filtering is proven, not guessed: the handshake that failed with the site's
 * name passes on the same address when the name is replaced (decoy SNI) or cannot
 * be read in one piece (split ClientHello). Only local strategies prove it: they
 * cross the same censor as the failed route. A cut (reset, close, alert) is proof at
 * once; a timeout may be a jam, so it proves only when measured again, one after the
 * other with nothing else in flight to the site, it failed again and the strategy
 * passed again (the engine re-tests such pairs: see RetestRequest).
 */
function sniProof(evidence: TargetEvidence, route: RouteEvidence): Finding | null {
  const failed = firstOf(route, 'tls');
  if (failed === undefined || isVantage(route.spec)) return null;
  for (const other of evidence.routes) {
    if (other === route || other.spec.kind !== 'strategy') continue;
    const passed = firstOf(other, 'tls');
    if (passed === undefined || passed.address !== failed.address || !handshakeCompleted(passed)) continue;
    const decoy = other.spec.strategies.some((s) => s.kind === 'sni-decoy');
    const split = other.spec.strategies.some((s) => s.kind === 'tls-split' || s.kind === 'tcp-split');
    if (!decoy && !split) continue;
    const retested = failed.failure?.class === 'timeout' ? retestPair(route, failed, other, passed) : [];
    if (retested === null) continue;
    return {
      status: 'sni-filtering',
      reason: decoy ? 'sni-decoy-passes' : 'split-passes',
      confidence: 'high',
      evidence: [...idsOf(route), passed.id, ...retested],
      params: { ...handshakeTimings(route, failed.failure), provenBy: other.spec.name },
    };
  }
  return null;
}

/** The re-test of a timed-out handshake and of the strategy's: their ids when it confirmed both, else null. */
function retestPair(
  route: RouteEvidence,
  failed: ObservationOf<'tls'>,
  other: RouteEvidence,
  passed: ObservationOf<'tls'>,
): string[] | null {
  const again = observationsOf(route, 'tls').find((o) => o.retestOf === failed.id);
  const passedAgain = observationsOf(other, 'tls').find((o) => o.retestOf === passed.id);
  if (again?.failure === undefined || passedAgain === undefined || !handshakeCompleted(passedAgain)) return null;
  return [again.id, passedAgain.id];
}

/** A handshake that got as far as a certificate; a decoy name may well get one for another name. */
function handshakeCompleted(tls: ObservationOf<'tls'>): boolean {
  return tls.failure === undefined || tls.certificates.length > 0;
}

/**
 * When the reset came after the ClientHello, next to the connect round trip: a reset
 * sooner than one round trip after the ClientHello cannot have come from the server.
 */
function handshakeTimings(route: RouteEvidence, failure: Failure | undefined): VerdictParams {
  const tls = firstOf(route, 'tls');
  const params: VerdictParams = {};
  if (failure?.afterMs !== undefined) params['afterClientHelloMs'] = failure.afterMs;
  if (tls?.connectMs !== undefined) params['connectRttMs'] = tls.connectMs;
  return params;
}

/**
 * An untrusted or wrong certificate. It is an interception when a route that crosses
 * another network (or resolves the name another way) saw a valid certificate for the
 * same name: certain through a vantage route. When a vantage route was given the very
 * same certificate, it is the site's own bad certificate, not anyone in between; with
 * nothing to compare, whose it is cannot be told (the words still warn against
 * entering passwords).
 */
function interception(
  evidence: TargetEvidence,
  route: RouteEvidence,
  reference: Reference | null,
  base: Finding,
): Finding {
  const presented = firstOf(route, 'tls');
  const seen = reference === null ? undefined : firstOf(reference.route, 'tls');
  const params: VerdictParams = {
    issuer: presented?.certificates[0]?.issuer ?? '',
    ...(presented?.trustError === undefined ? {} : { trustError: presented.trustError }),
  };
  if (seen?.trusted === true && seen.nameMatches === true) {
    return {
      ...base,
      confidence: reference?.vantage === true ? 'high' : 'medium',
      evidence: [...base.evidence, seen.id],
      params,
    };
  }
  const same = sameCertificateOnVantage(evidence, route, presented);
  if (same !== undefined) {
    return {
      status: 'down',
      reason: 'site-certificate-invalid',
      confidence: 'high',
      evidence: [...base.evidence, same.id],
      params,
    };
  }
  return {
    status: 'inconclusive',
    reason: 'certificate-unverified',
    confidence: 'low',
    evidence: base.evidence,
    params,
  };
}

/** A vantage route's handshake that was given the same leaf certificate as `presented`. */
export function sameCertificateOnVantage(
  evidence: TargetEvidence,
  route: RouteEvidence,
  presented: ObservationOf<'tls'> | undefined,
): ObservationOf<'tls'> | undefined {
  const leaf = presented?.certificates[0]?.fingerprintSha256;
  if (leaf === undefined) return undefined;
  return evidence.routes
    .filter((r) => r !== route && isVantage(r.spec))
    .flatMap((r) => observationsOf(r, 'tls'))
    .find((o) => o.certificates[0]?.fingerprintSha256 === leaf);
}

/** A freeze inside the 10–25 KB window is recognised by its size; elsewhere it needs the control. */
function stall(route: RouteEvidence, reference: Reference | null, base: Finding): Finding {
  const stalled = stalledAtBytes(route);
  const bytes = stalled?.bytes ?? 0;
  if (!inStallWindow(bytes)) return { ...base, params: { stalledAtBytes: bytes } };
  return {
    ...base,
    reason: 'stall-window',
    confidence: reference?.vantage === true ? 'high' : 'medium',
    params: { stalledAtBytes: bytes },
  };
}

/** Without a route that reached the STUN server, only the partial control (other STUN servers) speaks: possible. */
function udpConfidence(reference: Reference | null): Finding['confidence'] {
  return reference === null ? 'low' : confidenceFrom(reference);
}
