import { z } from 'zod';

/**
 * What a measurement means for the person reading it: one status per target per
 * route (the vocabulary of the design notes), each with the observations it rests
 * on, how sure it is, and the rule that decided it. The engine never writes English:
 * every view turns `reason` and `params` into words through the catalogs.
 */
export const VERDICT_STATUSES = [
  'ok',
  'dns-tampering',
  'tcp-blocked',
  'tcp-reset',
  'tls-blocked',
  'sni-filtering',
  'tls-mitm',
  'http-blockpage',
  'http-blocked',
  'throttled',
  'udp-blocked',
  'site-refuses',
  'down',
  'path-failed',
  'inconclusive',
] as const;
export const verdictStatusSchema = z.enum(VERDICT_STATUSES);
export type VerdictStatus = z.infer<typeof verdictStatusSchema>;

/**
 * The statuses that mean "blocked on this route"; `site-refuses` (the site itself turns
 * this network away), `down`, `path-failed` and `inconclusive` do not.
 */
export const BLOCKING_STATUSES = [
  'dns-tampering',
  'tcp-blocked',
  'tcp-reset',
  'tls-blocked',
  'sni-filtering',
  'tls-mitm',
  'http-blockpage',
  'http-blocked',
  'throttled',
  'udp-blocked',
] as const satisfies readonly VerdictStatus[];
export type BlockingStatus = (typeof BLOCKING_STATUSES)[number];

export function isBlocking(status: VerdictStatus): status is BlockingStatus {
  return (BLOCKING_STATUSES as readonly VerdictStatus[]).includes(status);
}

/** The statuses where other routes are worth naming: blocked here, or refused here by the site itself. */
export function needsAnotherRoute(status: VerdictStatus): boolean {
  return isBlocking(status) || status === 'site-refuses';
}

/**
 * high: the evidence shows it directly, against a working outside vantage (the control);
 * medium: one strong signal, or a heuristic against the control;
 * low: no outside vantage; only partial controls (DoH, decoy SNI, other STUN servers).
 */
export const confidenceSchema = z.enum(['high', 'medium', 'low']);
export type Confidence = z.infer<typeof confidenceSchema>;

/** The rule that decided a verdict; each has an explanation in the catalogs. */
export const VERDICT_REASONS = [
  // ok
  'matches-control', // reachable, and the content agrees with the control's
  'reachable-no-control', // reachable; there was no control to compare the content with
  'is-control', // this route is the reference the others are compared with
  'dns-differs-valid-certificate', // another address than the reference resolver's, but a valid certificate: a CDN
  'dns-differs-same-content', // another address, but the same page as the control: geo-DNS
  'site-content-differs', // another page than the control's, but from the site itself (valid certificate): a regional version
  // dns-tampering
  'dns-nxdomain', // the name does not exist here, yet resolves elsewhere
  'dns-bogon', // a private or reserved address for a public name
  'dns-injection', // two answers raced each other for one query
  'dns-wrong-address', // another address than the reference's, and not the site's server behind it
  'dns-failure', // the resolver gave no usable answer where others did
  'dns-ghost', // an address for a name that exists nowhere (encrypted DNS and the other routes say so)
  // tcp
  'tcp-timeout',
  'tcp-unreachable',
  'tcp-refused',
  'tcp-reset',
  // tls
  'tls-reset',
  'tls-eof',
  'tls-timeout',
  'tls-alert',
  'tls-error', // the handshake failed for another protocol reason
  'sni-decoy-passes', // the same address answers when the SNI names another site
  'split-passes', // the same address answers when the ClientHello is split
  'cert-untrusted',
  'cert-name-mismatch',
  'cert-expired',
  // http
  'blockpage-fingerprint', // a known block page (address, title or redirect)
  'status-unavailable-legal', // HTTP 451 (RFC 7725)
  'status-differs',
  'content-differs', // title and length both differ from the control's
  'http-reset',
  'http-timeout',
  'http-eof',
  'http-error',
  // throughput
  'slow-throughput',
  'stall-window', // frozen after 10–25 KB, the signature of one national throttle
  'stall',
  // udp
  'udp-no-answer',
  // site-refuses: the site's own answer, over its genuine certificate
  'site-status-differs', // an error status where the control got the page
  'site-bot-wall', // a known CAPTCHA or bot-wall page
  'site-legal-451', // 451 Unavailable For Legal Reasons from the site itself (RFC 7725)
  // not blocking
  'fails-everywhere',
  'name-not-found', // the name exists nowhere: not here, not in encrypted DNS, not for the other routes
  'site-certificate-invalid', // the site presents the same untrusted certificate to every route: its own
  'offline', // nothing at all was reachable: this network is offline
  'captive-portal', // a login page (captive portal) is in the way of everything
  'no-reference', // it failed, and nothing reached the site another way: down or blocked cannot be told apart
  'congestion', // it timed out on a connection far slower to open than this route's usual: a jam, not a block
  'transient-failure', // the failure did not happen again when measured once more
  'certificate-unverified', // an untrusted certificate, with no route outside to show whether it is the site's own
  'refused-or-blocked-unencrypted', // an error page over plain HTTP: the network's or the site's, cannot be told
  'upstream-failure', // the route's proxy could not reach the site (its own error answer)
  'route-check-failed', // the route failed its check before use
  'route-failed', // the route's proxy or resolver failed during the measurement
  'unexplained-failure', // a failure no rule explains (the raw code is in the evidence)
  'not-measurable',
  'not-measured',
] as const;
export const verdictReasonSchema = z.enum(VERDICT_REASONS);
export type VerdictReason = z.infer<typeof verdictReasonSchema>;

/** Figures behind a verdict (timings, issuer, ratios) for the explanation; plain values only. */
export const verdictParamsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));
export type VerdictParams = z.infer<typeof verdictParamsSchema>;

export const pathVerdictSchema = z.object({
  path: z.string(),
  status: verdictStatusSchema,
  confidence: confidenceSchema,
  reason: verdictReasonSchema,
  /** The observations the verdict rests on (ids). */
  evidence: z.array(z.string()),
  params: verdictParamsSchema,
});
export type PathVerdict = z.infer<typeof pathVerdictSchema>;

export const targetVerdictSchema = z.object({
  targetId: z.string(),
  /** One verdict per route, in the plan's order. */
  paths: z.array(pathVerdictSchema),
  /** The verdict on the user's own network as it is: the `direct` route. */
  direct: pathVerdictSchema.optional(),
  /** Routes on which the target is `ok` while the direct route is blocked (or refused by the site). */
  restoredBy: z.array(z.string()),
  /** Routes measured and still blocked where the direct route is blocked. */
  notRestoredBy: z.array(z.string()),
});
export type TargetVerdict = z.infer<typeof targetVerdictSchema>;

/** One sentence of the summary, as a catalog key and its parameters. */
export const summaryMessageSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type SummaryMessage = z.infer<typeof summaryMessageSchema>;

export const routeRestorationSchema = z.object({
  path: z.string(),
  /** Blocked targets (on direct) this route restores. */
  restores: z.number().int().nonnegative(),
  /** Blocked targets it could be judged on (it worked, and it applies to them). */
  of: z.number().int().nonnegative(),
});
export type RouteRestoration = z.infer<typeof routeRestorationSchema>;

export const callsStatusSchema = z.enum(['ok', 'blocked', 'inconclusive', 'not-tested']);

/**
 * Whether this network reached the outside at all, from the neutral controls measured
 * over it (and over the other routes) before the targets:
 * online: a control answered; limited: no control answered, but something beyond this
 * machine did (the controls may be down or blocked); captive: a login page answered in
 * place of the controls; offline: nothing answered at all; not-checked: no controls.
 */
export const NETWORK_STATES = ['online', 'limited', 'captive', 'offline', 'not-checked'] as const;
export const networkStateSchema = z.enum(NETWORK_STATES);
export type NetworkState = z.infer<typeof networkStateSchema>;

export const runSummarySchema = z.object({
  /** The route used as the outside vantage; null when there was none (only partial controls). */
  control: z.string().nullable(),
  /** Whether the network reached the outside at all (absent in reports from before it was judged). */
  network: networkStateSchema.default('not-checked'),
  targets: z.number().int().nonnegative(),
  /** Targets blocked on the direct route. */
  blocked: z.number().int().nonnegative(),
  /** Targets the site itself refuses to this network (geo-blocking, bot walls): not blocking, counted apart. */
  refused: z.number().int().nonnegative().default(0),
  /** Direct verdicts per status. */
  counts: z.partialRecord(verdictStatusSchema, z.number().int().positive()),
  /** Every route other than direct, cheapest first. */
  routes: z.array(routeRestorationSchema),
  /** The route that restores the most blocked targets (the plan's first among equals). */
  bestRoute: z.string().nullable(),
  /** The cheapest route that restores every blocked target. */
  cheapestSufficient: z.string().nullable(),
  calls: z.object({ status: callsStatusSchema, restoredBy: z.array(z.string()) }),
  /** A neutral site failed on the direct route right after a sensitive one: the network punished flows for a while. */
  residualBlocking: z.boolean(),
  /** The summary in order, ready to be translated. */
  messages: z.array(summaryMessageSchema),
});
export type RunSummary = z.infer<typeof runSummarySchema>;
