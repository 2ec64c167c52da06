import type { Confidence, PathVerdict, VerdictParams, VerdictReason, VerdictStatus } from '../../shared/verdict.ts';
import { isVantage, type RouteEvidence, type TargetEvidence } from './evidence.ts';

/** What one rule concluded about one route, before it becomes a PathVerdict. */
export interface Finding {
  status: VerdictStatus;
  reason: VerdictReason;
  confidence: Confidence;
  evidence: readonly string[];
  params?: VerdictParams;
}

export function toVerdict(path: string, finding: Finding): PathVerdict {
  return {
    path,
    status: finding.status,
    confidence: finding.confidence,
    reason: finding.reason,
    evidence: [...new Set(finding.evidence)],
    params: finding.params ?? {},
  };
}

/**
 * The route a verdict compares with: another route that reached the target, the
 * control first, then any other vantage route, and failing those any local route
 * (a partial control: it proves the site is up, but crosses the same censor, so
 * its page may be blocked too).
 */
export interface Reference {
  route: RouteEvidence;
  /** The reference left the user's network: the strongest comparison there is. */
  vantage: boolean;
}

export function referenceFor(evidence: TargetEvidence, route: RouteEvidence): Reference | null {
  const others = evidence.routes.filter((r) => r !== route && r.outcome.status === 'reachable');
  const vantage = others.find((r) => r.spec.name === evidence.run.control) ?? others.find((r) => isVantage(r.spec));
  if (vantage !== undefined) return { route: vantage, vantage: true };
  const local = others[0];
  return local === undefined ? null : { route: local, vantage: false };
}

/** How sure a comparison can be, given what it was compared with. */
export function confidenceFrom(reference: Reference | null): Confidence {
  if (reference === null) return 'low';
  return reference.vantage ? 'high' : 'medium';
}

/** The ids of every observation a route made, for evidence. */
export function idsOf(route: RouteEvidence): string[] {
  return route.observations.map((o) => o.id);
}
