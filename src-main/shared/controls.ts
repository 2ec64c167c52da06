import { z } from 'zod';
import { parseTarget } from './target.ts';

/**
 * The neutral sites (controls) Detour measures beside the user's own targets. Over
 * the direct route they tell an offline network, or one behind a login page, from one
 * that blocks; over every other route they show whether the route works at all. They
 * are a set, on different operators' networks, so one of them being down or blocked
 * says nothing on its own.
 */

/** A control is measured like a target, so only what the engine reads as a web address will do. */
export const controlUrlSchema = z.string().refine(
  (input) => {
    const parsed = parseTarget(input);
    return parsed.ok && parsed.target.kind === 'url';
  },
  { message: 'not an http or https address' },
);

export const controlSiteSchema = z.object({
  url: controlUrlSchema,
  /**
   * The exact answer of a plain-HTTP connectivity check, as operating systems and
   * browsers use them to find captive portals: anything else means something on the
   * way answered instead. Absent: only a redirect to another host gives a portal away.
   */
  expect: z.object({ status: z.number().int().min(100).max(599), body: z.string().optional() }).optional(),
});
export type ControlSite = z.infer<typeof controlSiteSchema>;

/** Few enough to measure over every route at the start of a run. */
export const MAX_CONTROLS = 8;
export const controlSitesSchema = z.array(controlSiteSchema).max(MAX_CONTROLS);

/**
 * The default set, each on another operator's network and each with its source. Three
 * are the connectivity checks that operating systems and browsers already make on
 * every network (so a network that blocks them breaks those devices), one is an
 * address without a name (reached without DNS), and one is reserved for examples.
 */
export const DEFAULT_CONTROLS: readonly ControlSite[] = [
  // IANA's reserved example domain (RFC 2606 §3), served by a CDN: no censor has a reason to block it.
  { url: 'https://example.com/' },
  // Cloudflare's public resolver by its address: its certificate names the address (RFC 5280 iPAddress),
  // so it is reached and verified without any DNS: the "TCP connect to a well-known address".
  { url: 'https://1.1.1.1/' },
  // Apple's captive-portal check, asked by every Apple device; also served over HTTPS.
  { url: 'https://www.apple.com/library/test/success.html' },
  // Firefox's captive-portal check (network.captive-portal-service.detectportal.firefox.com):
  // plain HTTP, answers exactly "success" followed by a newline.
  { url: 'http://detectportal.firefox.com/success.txt', expect: { status: 200, body: 'success\n' } },
  // Chromium's and Android's captive-portal check: plain HTTP, answers 204 No Content.
  { url: 'http://connectivitycheck.gstatic.com/generate_204', expect: { status: 204 } },
];

/**
 * The control set for a list of addresses the user gave: each known default keeps its
 * expected answer, any other address is measured as it is.
 */
export function controlSitesFor(urls: readonly string[]): ControlSite[] {
  return urls.map((url) => DEFAULT_CONTROLS.find((site) => site.url === url) ?? { url });
}

/** Whether a control is a plain-HTTP check (measured on the direct route only, for captive portals). */
export function isPlainHttpControl(site: ControlSite): boolean {
  return site.url.startsWith('http://');
}
