import type { ObservationOf } from '../../shared/observation.ts';
import type { Confidence, VerdictParams } from '../../shared/verdict.ts';
import { matchBlockPage } from './blockpage-fingerprints.ts';
import { matchBotWall, type BotWallFingerprint, type PageSigns } from './bot-wall-fingerprints.ts';
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

/** Statuses sites and their CDNs give visitors they turn away (RFC 6585 §4, RFC 9110 §15.6.4). */
const REFUSAL_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/**
 * Whether the page a route fetched is a block page, a page very different from the
 * control's, or the site itself refusing this network. Null when the page looks like
 * the site's own, or is exactly what every other route got.
 *
 * Over HTTPS with a certificate that is valid for the name, the page came from the
 * site (a censor cannot forge that certificate): an error page, a CAPTCHA or a 451
 * there is the site refusing visitors from this network (geo-blocking, sanctions,
 * bot walls), and another page is the site's regional version. Over plain HTTP
 * anyone on the way could have answered, so a refusal cannot be told from a block.
 */
export function contentFinding(
  evidence: TargetEvidence,
  route: RouteEvidence,
  reference: Reference | null,
): Finding | null {
  const http = firstOf(route, 'http');
  if (http === undefined || http.status === undefined) return null;
  if (servedEverywhere(evidence, route, http)) return null;
  const urls = [http.finalUrl, ...http.redirects.map((hop) => hop.location)];
  const fingerprint = matchBlockPage({
    addresses: observationsOf(route, 'dns-system').flatMap((o) => o.addresses.map((a) => a.address)),
    hosts: urls.flatMap(hostOf),
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
  const control = reference === null ? undefined : firstOf(reference.route, 'http');
  const page = { http, control, reference, botWall: matchBotWall({ ...pageSigns(http), urls }) };
  const genuine = genuineCertificate(route, reference);
  return genuine === null ? unencryptedFinding(page) : siteFinding(page, genuine);
}

interface Page {
  http: ObservationOf<'http'>;
  /** The control's page, when there is a control that fetched one. */
  control: ObservationOf<'http'> | undefined;
  reference: Reference | null;
  botWall: BotWallFingerprint | undefined;
}

/**
 * The page came over HTTPS with a certificate valid for the name: whatever it says,
 * the site said it. Refusals are `site-refuses`; any other difference is the site's.
 */
function siteFinding({ http, control, botWall }: Page, genuine: Genuine): Finding | null {
  const evidence = [http.id, ...genuine.evidence, ...(control === undefined ? [] : [control.id])];
  const refuses = (
    reason: 'site-status-differs' | 'site-bot-wall' | 'site-legal-451',
    params: VerdictParams,
  ): Finding => ({
    status: 'site-refuses',
    reason,
    confidence: genuine.confidence,
    evidence,
    params: { status: http.status ?? 0, ...params },
  });
  if (http.status === UNAVAILABLE_FOR_LEGAL_REASONS) return refuses('site-legal-451', {});
  if (botWall !== undefined) return refuses('site-bot-wall', { wall: botWall.name });
  if (control?.status === undefined) return null;
  if (http.status !== undefined && isError(http.status) && !isError(control.status)) {
    return refuses('site-status-differs', { controlStatus: control.status });
  }
  if (pagesAgree(http, control)) return null;
  return {
    status: 'ok',
    reason: 'site-content-differs',
    confidence: genuine.confidence,
    evidence,
    params: pageParams(http, control),
  };
}

/** Plain HTTP: anyone on the way may have answered, so a difference is a block page unless it reads as a refusal. */
function unencryptedFinding({ http, control, reference, botWall }: Page): Finding | null {
  if (http.status === UNAVAILABLE_FOR_LEGAL_REASONS) {
    return { status: 'http-blockpage', reason: 'status-unavailable-legal', confidence: 'high', evidence: [http.id] };
  }
  const refusal = botWall !== undefined || (http.status !== undefined && REFUSAL_STATUSES.has(http.status));
  if (refusal && (control?.status === undefined || !isError(control.status))) {
    return {
      status: 'inconclusive',
      reason: 'refused-or-blocked-unencrypted',
      confidence: 'low',
      evidence: [http.id, ...(control === undefined ? [] : [control.id])],
      params: { status: http.status ?? 0, ...(botWall === undefined ? {} : { wall: botWall.name }) },
    };
  }
  if (control?.status === undefined || http.status === undefined) return null;
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
  if (pagesAgree(http, control)) return null;
  return {
    status: 'http-blockpage',
    reason: 'content-differs',
    confidence: confidenceFrom(reference) === 'high' ? 'medium' : 'low',
    evidence: compared,
    params: pageParams(http, control),
  };
}

/** As OONI: a page is the site's own when its title or its length agrees with the control's. */
function pagesAgree(http: ObservationOf<'http'>, control: ObservationOf<'http'>): boolean {
  return (
    titlesMatch(http.body?.title, control.body?.title) || bodyProportion(http, control) >= BODY_PROPORTION_THRESHOLD
  );
}

function pageParams(http: ObservationOf<'http'>, control: ObservationOf<'http'>): VerdictParams {
  return {
    title: http.body?.title ?? '',
    controlTitle: control.body?.title ?? '',
    bodyProportion: Math.round(bodyProportion(http, control) * 100) / 100,
  };
}

interface Genuine {
  confidence: Confidence;
  evidence: string[];
}

/**
 * The route's HTTPS page came behind a certificate valid for the name: a trusted chain
 * that matches the name. Sure when the control saw the same certificate or the same
 * issuer; likely otherwise (another edge of a CDN, or a root installed on this device).
 * Null for plain HTTP, and for a certificate that is not valid.
 */
function genuineCertificate(route: RouteEvidence, reference: Reference | null): Genuine | null {
  const tls = firstOf(route, 'tls');
  if (tls === undefined || tls.trusted !== true || tls.nameMatches !== true) return null;
  const seen = reference === null ? undefined : firstOf(reference.route, 'tls');
  const [leaf, seenLeaf] = [tls.certificates[0], seen?.certificates[0]];
  const same =
    leaf !== undefined &&
    seenLeaf !== undefined &&
    (leaf.fingerprintSha256 === seenLeaf.fingerprintSha256 || leaf.issuer === seenLeaf.issuer);
  return {
    confidence: same && reference?.vantage === true ? 'high' : 'medium',
    evidence: [tls.id, ...(same && seen !== undefined ? [seen.id] : [])],
  };
}

function pageSigns(http: ObservationOf<'http'>): Omit<PageSigns, 'urls'> {
  return { status: http.status, title: http.body?.title, headers: http.headers };
}

function isError(status: number): boolean {
  return status >= 400;
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
