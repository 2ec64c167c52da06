import type { Failure, FailureClass, Stage } from '../../shared/failure.ts';
import type { ObservationOf } from '../../shared/observation.ts';
import type { BlockingStatus, VerdictParams, VerdictReason } from '../../shared/verdict.ts';
import { firstOf, isVantage, type RouteEvidence, type TargetEvidence } from './evidence.ts';
import { confidenceFrom, idsOf, referenceFor, type Finding, type Reference } from './finding.ts';
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

/** The finding for a route whose chain failed past DNS; null when no rule explains the failure. */
export function failureFinding(evidence: TargetEvidence, route: RouteEvidence, failure: Failure): Finding | null {
  const rule = FAILURE_RULES[failure.stage][failure.class];
  if (rule === undefined) return null;
  const [status, reason] = rule;
  const reference = referenceFor(evidence, route);
  const base: Finding = { status, reason, confidence: confidenceFrom(reference), evidence: idsOf(route) };
  switch (status) {
    case 'tls-blocked':
      return sniProof(evidence, route) ?? { ...base, params: handshakeTimings(route, failure) };
    case 'tls-mitm':
      return interception(route, reference, base);
    case 'throttled':
      return stall(route, reference, base);
    case 'udp-blocked':
      return { ...base, confidence: udpConfidence(evidence, reference) };
    default:
      return base;
  }
}

/**
 * SNI filtering is proven, not guessed: the handshake that failed with the site's
 * name passes on the same address when the name is replaced (decoy SNI) or cannot
 * be read in one piece (split ClientHello). Only local strategies prove it: they
 * cross the same censor as the failed route.
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
    return {
      status: 'sni-filtering',
      reason: decoy ? 'sni-decoy-passes' : 'split-passes',
      confidence: 'high',
      evidence: [...idsOf(route), passed.id],
      params: { ...handshakeTimings(route, failed.failure), provenBy: other.spec.name },
    };
  }
  return null;
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

/** An interception names the issuer; it is certain when the control saw a valid certificate for the same name. */
function interception(route: RouteEvidence, reference: Reference | null, base: Finding): Finding {
  const presented = firstOf(route, 'tls');
  const seen = reference === null ? undefined : firstOf(reference.route, 'tls');
  const controlValid = seen?.trusted === true && seen.nameMatches === true;
  return {
    ...base,
    confidence: controlValid && reference?.vantage === true ? 'high' : controlValid ? 'medium' : 'low',
    evidence: [...base.evidence, ...(seen === undefined ? [] : [seen.id])],
    params: {
      issuer: presented?.certificates[0]?.issuer ?? '',
      ...(presented?.trustError === undefined ? {} : { trustError: presented.trustError }),
    },
  };
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

/**
 * Without a route that reached the STUN server, public STUN servers answering on the
 * direct route show UDP itself works: the silence is then aimed at this server.
 */
function udpConfidence(evidence: TargetEvidence, reference: Reference | null): Finding['confidence'] {
  if (reference !== null) return confidenceFrom(reference);
  return evidence.run.stunAnswersDirect ? 'medium' : 'low';
}
