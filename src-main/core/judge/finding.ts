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
 * control first, then any other vantage route, and failing those a local route that
 * resolves names another way (encrypted DNS: a partial control that proves the site
 * is up, but crosses the same censor, so its page may be blocked too). A local
 * strategy is never the reference: it crosses the same censor and, for a name that
 * resolves to the same wrong address, fetches the same wrong page.
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
  const local = others.find((r) => r.spec.kind !== 'strategy');
  return local === undefined ? null : { route: local, vantage: false };
}

/**
 * Whether another route shows the site is up although this one failed: any route
 * that reached it, a local strategy too (it reached the very server).
 */
export function siteUpElsewhere(evidence: TargetEvidence, route: RouteEvidence): boolean {
  return evidence.routes.some((r) => r !== route && r.outcome.status === 'reachable');
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
