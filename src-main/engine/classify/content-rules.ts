import type { ObservationOf } from '../../shared/observation.ts';
import { matchBlockPage } from './blockpage-fingerprints.ts';
import { firstOf, observationsOf, type RouteEvidence, type TargetEvidence } from './evidence.ts';
import { confidenceFrom, type Finding, type Reference } from './finding.ts';

/**
 * Below this share of the control's body length a page "differs in length": OONI's
 * web_connectivity uses 0.7 for `body_proportion` (ooni/spec, nettests/ts-017-web-connectivity.md).
 */
export const BODY_PROPORTION_THRESHOLD = 0.7;

/**
 * Words shorter than this say little about a title ("the", "news"); OONI's title
 * match compares words of five letters or more (ooni/probe-cli, webconnectivity titles).
 */
const MIN_TITLE_WORD = 5;

/** HTTP 451 Unavailable For Legal Reasons (RFC 7725): a block announced by the server itself. */
const UNAVAILABLE_FOR_LEGAL_REASONS = 451;

/**
 * Whether the page a route fetched is a block page or a page very different from
 * the control's. Null when the page looks like the site's own, or is exactly what
 * every other route got.
 */
export function contentFinding(
  evidence: TargetEvidence,
  route: RouteEvidence,
  reference: Reference | null,
): Finding | null {
  const http = firstOf(route, 'http');
  if (http === undefined || http.status === undefined) return null;
  if (servedEverywhere(evidence, route, http)) return null;
  const fingerprint = matchBlockPage({
    addresses: observationsOf(route, 'dns-system').flatMap((o) => o.addresses.map((a) => a.address)),
    hosts: [http.finalUrl, ...http.redirects.map((hop) => hop.location)].flatMap(hostOf),
    title: http.body?.title,
  });
  if (fingerprint !== undefined) {
    return {
      status: 'http-blockpage',
      reason: 'blockpage-fingerprint',
      confidence: 'high',
      evidence: [http.id],
      params: { fingerprint: fingerprint.name, country: fingerprint.country },
    };
  }
  if (http.status === UNAVAILABLE_FOR_LEGAL_REASONS) {
    return { status: 'http-blockpage', reason: 'status-unavailable-legal', confidence: 'high', evidence: [http.id] };
  }
  const control = reference === null ? undefined : firstOf(reference.route, 'http');
  if (control?.status === undefined) return null;
  const compared = [http.id, control.id];
  if (statusClass(http.status) !== statusClass(control.status)) {
    return {
      status: 'http-blockpage',
      reason: 'status-differs',
      confidence: reference?.vantage === true ? 'medium' : 'low',
      evidence: compared,
      params: { status: http.status, controlStatus: control.status },
    };
  }
  const proportion = bodyProportion(http, control);
  // As OONI: a page is the site's own when its title or its length agrees with the control's.
  if (titlesMatch(http.body?.title, control.body?.title) || proportion >= BODY_PROPORTION_THRESHOLD) return null;
  return {
    status: 'http-blockpage',
    reason: 'content-differs',
    confidence: confidenceFrom(reference) === 'high' ? 'medium' : 'low',
    evidence: compared,
    params: {
      title: http.body?.title ?? '',
      controlTitle: control.body?.title ?? '',
      bodyProportion: Math.round(proportion * 100) / 100,
    },
  };
}

/**
 * The very page every other route got too is the site's own, whatever it looks like:
 * a title that reads like a block page, or a 451 the server itself sends.
 */
function servedEverywhere(evidence: TargetEvidence, route: RouteEvidence, http: ObservationOf<'http'>): boolean {
  const others = evidence.routes.filter((r) => r !== route && r.outcome.status === 'reachable');
  return (
    others.length > 0 &&
    others.every((r) => {
      const page = firstOf(r, 'http');
      return page?.status === http.status && page?.body?.sha256 === http.body?.sha256;
    })
  );
}

/** The share of the longer body the shorter one has; 1 when both were capped (both long). */
export function bodyProportion(a: ObservationOf<'http'>, b: ObservationOf<'http'>): number {
  const first = a.body?.bytes ?? 0;
  const second = b.body?.bytes ?? 0;
  if ((a.body?.capped === true && b.body?.capped === true) || Math.max(first, second) === 0) return 1;
  return Math.min(first, second) / Math.max(first, second);
}

/** Titles match when the control has none, or they share a word of five letters or more. */
export function titlesMatch(title: string | undefined, controlTitle: string | undefined): boolean {
  const controlWords = longWords(controlTitle);
  if (controlWords.size === 0) return true;
  return [...longWords(title)].some((word) => controlWords.has(word));
}

function longWords(title: string | undefined): Set<string> {
  return new Set(
    (title ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => [...word].length >= MIN_TITLE_WORD),
  );
}

function statusClass(status: number): number {
  return Math.floor(status / 100);
}

function hostOf(url: string): string[] {
  try {
    return [new URL(url).hostname];
  } catch {
    return [];
  }
}
