import type { TFunction } from 'i18next';
import { ipFamily, isBogon } from '../../shared/bogon.ts';
import type { OmitChoice } from '../../shared/ipc/sharing.ts';
import type { Report } from '../../shared/report.ts';
import { assertNoToolSecrets, omitToolHosts } from './redact-tools.ts';
import { redactUrl } from '../../shared/url-secrets.ts';
import { hostPort } from '../../shared/host-port.ts';

export interface RedactOptions {
  omit: readonly OmitChoice[];
  /** The name a proxy's host gets instead, numbered from 1 in the plan's order (translated by the caller). */
  proxyLabel?: (number: number) => string;
}

/** The name a proxy gets in place of its host in the reader's language: "proxy 1". */
export function translatedProxyLabel(t: TFunction): (number: number) => string {
  return (number) => t('report.proxy-label', { number });
}

/** What stands in for an address of the user's own. */
export const OMITTED = '***';

/**
 * Response headers in which servers, load balancers and block pages echo the
 * address they saw the request come from: the user's public address.
 */
const ADDRESS_ECHO_HEADERS = new Set([
  'x-forwarded-for',
  'x-real-ip',
  'x-client-ip',
  'client-ip',
  'cf-connecting-ip',
  'true-client-ip',
  'x-cluster-client-ip',
  'x-remote-addr',
  'remote-addr',
  'x-your-ip',
  'forwarded',
]);

const PROXY_SPEC_KEYS = new Set(['name', 'kind', 'protocol', 'host', 'port', 'auth']);
const KEY_SPEC_KEYS = new Set(['name', 'kind', 'host', 'port', 'dynamic']);

/** `scheme://user:password@` in any text: the user information goes, whatever it is. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@[\]]+@/gi;

/**
 * A copy of the report without what `omit` names. Pure: the report given is not changed.
 *
 * - `public-ip`: STUN mapped addresses (what a STUN server saw: the user's public
 *   address) are removed, as are response headers that echo the client's address and
 *   the local addresses of `bind:` routes; every other occurrence of those addresses
 *   in any text (a block page's title, an error's detail) becomes `***`.
 * - `network`: the network's own name or label, where the report has one.
 * - `proxy-hosts`: each proxy's (and access key's) host becomes "proxy 1", "proxy 2"…, and `host:port`
 *   wherever it appears in text (the messages of failed route checks). The spec keeps
 *   its port number (the schema needs one); the exports never show it without a host.
 *   The addresses of the user's VPN servers and Tor bridges go too (redact-tools.ts).
 *
 * Whatever the options, `user:password@` in any URL is removed, and so are the query
 * values of DoH URLs (a key).
 */
export function redactReport(report: Report, options: RedactOptions): Report {
  assertNoCredentials(report);
  const copy = structuredClone(report);
  maskResolverUrls(copy);
  const omit = new Set(options.omit);
  const replacements: [RegExp, string][] = [];
  if (omit.has('public-ip')) replacements.push(...omitOwnAddresses(copy));
  if (omit.has('network')) omitNetworkName(copy);
  if (omit.has('proxy-hosts')) {
    replacements.push(...omitProxyHosts(copy, options.proxyLabel ?? ((n) => `proxy ${n}`)));
    replacements.push(...omitToolHosts(copy, OMITTED));
  }
  replacements.push([URL_USERINFO, `$1${OMITTED}@`]);
  return mapStrings(copy, (text) => replacements.reduce((out, [pattern, by]) => out.replace(pattern, by), text));
}

/**
 * Throws when a route carries anything but whether it has credentials, or a tool
 * anything but its name, place and kind. The schema strips unknown keys on reading,
 * so this guards reports built in memory.
 */
export function assertNoCredentials(report: Report): void {
  assertNoToolSecrets(report);
  for (const path of report.plan.paths) {
    const allowed = path.kind === 'proxy' ? PROXY_SPEC_KEYS : path.kind === 'shadowsocks' ? KEY_SPEC_KEYS : null;
    const extra = Object.keys(path).filter((key) => allowed !== null && !allowed.has(key));
    if (extra.length > 0)
      throw new Error(`route "${path.name}" carries ${extra.join(', ')}: a report never holds credentials`);
  }
}

/**
 * DoH URLs with their user info and query values masked. The engine records them so
 * since issue 16; a report made before holds them as typed, and an export must not.
 */
function maskResolverUrls(report: Report): void {
  for (const path of report.plan.paths) if (path.kind === 'doh') path.url = redactUrl(path.url);
  const { options } = report.plan;
  if (options.dohUrl !== undefined) options.dohUrl = redactUrl(options.dohUrl);
  for (const observation of report.observations) {
    if (observation.probe === 'doh') observation.url = redactUrl(observation.url);
  }
}

function omitOwnAddresses(report: Report): [RegExp, string][] {
  const own = new Set<string>();
  for (const observation of report.observations) {
    if (observation.probe === 'stun' && observation.mappedAddress !== undefined) {
      own.add(observation.mappedAddress.address);
      delete observation.mappedAddress;
    }
    if (observation.probe === 'http') {
      for (const name of Object.keys(observation.headers)) {
        if (!ADDRESS_ECHO_HEADERS.has(name.toLowerCase())) continue;
        for (const part of (observation.headers[name] ?? '').split(/[\s,;="]+/)) own.add(part.replace(/^\[|\]$/g, ''));
        delete observation.headers[name];
      }
    }
  }
  for (const path of report.plan.paths) {
    if (path.kind !== 'bind') continue;
    own.add(path.localAddress);
    path.localAddress = OMITTED;
  }
  // A private or loopback address says nothing of where the user is, and the sites
  // measured may share it (a lab on 127.0.0.1): only public ones are hunted in text.
  return [...own]
    .filter((address) => ipFamily(address) !== null && !isBogon(address))
    .map((address) => [addressPattern(address), OMITTED]);
}

function addressPattern(address: string): RegExp {
  const escaped = escapeRegExp(address);
  return ipFamily(address) === 4
    ? new RegExp(`(?<![0-9.])${escaped}(?![0-9])`, 'g')
    : new RegExp(`(?<![0-9a-f:])${escaped}(?![0-9a-f:])`, 'gi');
}

/** The network's name, in whichever form a report carries one (none does yet in schema 2). */
function omitNetworkName(report: Report): void {
  const record = report as Record<string, unknown>;
  delete record['network'];
}

function omitProxyHosts(report: Report, label: (number: number) => string): [RegExp, string][] {
  const replacements: [RegExp, string][] = [];
  let number = 0;
  for (const path of report.plan.paths) {
    if (path.kind !== 'proxy' && path.kind !== 'shadowsocks') continue;
    number += 1;
    const name = label(number);
    const host = path.host.replace(/^\[|\]$/g, '');
    replacements.push([new RegExp(`${escapeRegExp(hostPort(host, path.port))}(?![0-9])`, 'gi'), name]);
    // A host name is the proxy's alone; a bare IP address may also be a site's.
    if (ipFamily(host) === null) {
      replacements.push([new RegExp(`(?<![\\w.-])${escapeRegExp(host)}(?![\\w-]|\\.\\w)`, 'gi'), name]);
    }
    path.host = name;
  }
  return replacements;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The same data with every string value (not the keys) passed through `map`. */
function mapStrings<T>(value: T, map: (text: string) => string): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') return map(node);
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, visit(child)]));
    }
    return node;
  };
  return visit(value) as T;
}
