import { ipFamily } from './bogon.ts';
import { dynamicKeyUrl, parseShadowsocksUri } from './shadowsocks-key.ts';
import { splitUrlSecrets } from './url-secrets.ts';
import {
  PROXY_PROTOCOLS,
  strategySchema,
  type PathSpec,
  type ProxyCredentials,
  type ProxyProtocol,
  type SplitAt,
  type Strategy,
} from './path.ts';

/**
 * Reading a route as the user writes it: `office=socks5h://user:pass@10.0.0.5:1080`,
 * `dns=doh:https://dns.example/dns-query`, `vpn=bind:10.8.0.2`,
 * `trick=strategy:tls-split,sni-decoy=example.com`, or `direct`.
 * Each mistake is a code, so the CLI and the app can say it in their own words.
 */
export const PATH_ERROR_CODES = [
  'no-name', // not NAME=URL
  'bad-name', // a name with characters that would be hard to read in a table
  'duplicate-name',
  'unknown-scheme',
  'missing-port',
  'bad-port',
  'bad-host',
  'bad-credentials', // bad percent-encoding, or an empty user name
  'missing-password', // a user without a password, and none given another way (DETOUR_PASSWORD_<NAME>)
  'unexpected-path', // a proxy URL with a path, query or fragment
  'bad-doh-url',
  'bad-local-address',
  'unknown-strategy',
  'bad-strategy-parameter',
  'bad-key', // not an ss:// key of the SIP002 form, nor an ssconf:// address
  'key-plugin', // the key needs a SIP003 plugin, which Detour does not run
  'unsupported-cipher', // not one of the AEAD ciphers Outline and Shadowsocks use today
  'bad-key-prefix', // the key's prefix is not bytes, or is longer than the salt
] as const;
export type PathErrorCode = (typeof PATH_ERROR_CODES)[number];

export interface ParsedPath {
  spec: PathSpec;
  /** The proxy's credentials, decoded; kept beside the spec, never inside it. */
  credentials?: ProxyCredentials;
  /** A DoH route's URL with its secrets (user info, query values): the spec holds it masked. */
  secretUrl?: string;
  /** An access key as given (`ss://…`, `ssconf://…`): the spec names only its host and port. */
  secretKey?: string;
}

export interface ParsePathOptions {
  /**
   * The password of a route written with a user and no password (`socks5h://user@host:port`),
   * from somewhere safer than the URL: the CLI reads DETOUR_PASSWORD_<NAME>.
   */
  passwordFor?: (route: string) => string | undefined;
}
export type PathParseResult = ({ ok: true } & ParsedPath) | { ok: false; code: PathErrorCode };

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
/** The decoy SNI `--strategies` uses: reserved for examples (RFC 2606), served, never filtered. */
export const DEFAULT_DECOY_SNI = 'example.com';

/** `NAME=URL`, the form of `--path`. */
export function parsePathArgument(text: string, options: ParsePathOptions = {}): PathParseResult {
  const equals = text.indexOf('=');
  if (equals <= 0) return { ok: false, code: 'no-name' };
  return parsePath(text.slice(0, equals).trim(), text.slice(equals + 1).trim(), options);
}

/** The name of a `NAME=URL` argument when it is a valid route name; never a piece of a URL (it may hold a password). */
export function routeNameOf(text: string): string | undefined {
  const equals = text.indexOf('=');
  const name = equals <= 0 ? '' : text.slice(0, equals).trim();
  return NAME.test(name) ? name : undefined;
}

export function parsePath(name: string, url: string, options: ParsePathOptions = {}): PathParseResult {
  if (!NAME.test(name)) return { ok: false, code: 'bad-name' };
  if (url === 'direct') return { ok: true, spec: { name, kind: 'direct' } };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  const rest = url.slice((scheme?.length ?? 0) + 1);
  if (scheme === 'doh') return parseDoh(name, rest);
  if (scheme === 'bind') {
    return ipFamily(rest) === null
      ? { ok: false, code: 'bad-local-address' }
      : { ok: true, spec: { name, kind: 'bind', localAddress: rest } };
  }
  if (scheme === 'strategy') return parseStrategies(name, rest);
  if (scheme === 'ss' || scheme === 'ssconf') return parseAccessKey(name, url);
  if (scheme !== undefined && (PROXY_PROTOCOLS as readonly string[]).includes(scheme)) {
    return parseProxy(name, scheme as ProxyProtocol, url, options);
  }
  return { ok: false, code: 'unknown-scheme' };
}

/**
 * An Outline or Shadowsocks key (shadowsocks-key.ts): the spec keeps where it leads,
 * the key itself travels as the route's secret. A dynamic key is read only as far as
 * its address: what it serves is fetched by the engine, as a measurement.
 */
function parseAccessKey(name: string, text: string): PathParseResult {
  const dynamic = dynamicKeyUrl(text);
  if (dynamic !== null) {
    const port = dynamic.port === '' ? 443 : Number(dynamic.port);
    const spec: PathSpec = {
      name,
      kind: 'shadowsocks',
      host: dynamic.hostname.replace(/^\[(.*)\]$/, '$1'),
      port,
      dynamic: true,
    };
    return { ok: true, spec, secretKey: text };
  }
  if (/^ssconf:/i.test(text)) return { ok: false, code: 'bad-key' };
  const parsed = parseShadowsocksUri(text);
  if (!parsed.ok) return { ok: false, code: parsed.code };
  const { host, port } = parsed.key;
  return { ok: true, spec: { name, kind: 'shadowsocks', host, port, dynamic: false }, secretKey: text };
}

/** RFC 8484 DoH is HTTPS; a key in its user info or query stays beside the spec, which shows it masked. */
function parseDoh(name: string, url: string): PathParseResult {
  const parsed = URL.parse(url);
  if (parsed?.protocol !== 'https:' || parsed.hostname === '') return { ok: false, code: 'bad-doh-url' };
  const { shown, full, hasSecret } = splitUrlSecrets(parsed);
  const spec: PathSpec = { name, kind: 'doh', url: shown };
  return hasSecret ? { ok: true, spec, secretUrl: full } : { ok: true, spec };
}

function parseProxy(name: string, protocol: ProxyProtocol, url: string, options: ParsePathOptions): PathParseResult {
  // The WHATWG parser knows no default port for socks, and for http(s) it would hide
  // an explicit default; read the port from the text so "missing" is really missing.
  const authority = /^[a-z0-9]+:\/\/([^/?#]*)(.*)$/i.exec(url);
  if (authority === null) return { ok: false, code: 'bad-host' };
  const [, hostPart = '', trailing = ''] = authority;
  if (trailing !== '' && trailing !== '/') return { ok: false, code: 'unexpected-path' };
  const at = hostPart.lastIndexOf('@');
  const userInfo = at === -1 ? null : hostPart.slice(0, at);
  const hostPort = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d*))?$/i.exec(hostPart.slice(at + 1));
  if (hostPort === null) return { ok: false, code: 'bad-host' };
  const host = (hostPort[1] ?? '').replace(/^\[(.*)\]$/, '$1');
  if (ipFamily(host) === null && !host.split('.').every((label) => LABEL.test(label))) {
    return { ok: false, code: 'bad-host' };
  }
  if (hostPort[2] === undefined || hostPort[2] === '') return { ok: false, code: 'missing-port' };
  const port = Number(hostPort[2]);
  if (!(port >= 1 && port <= 65535)) return { ok: false, code: 'bad-port' };
  const decoded = userInfo === null ? null : decodeUserInfo(userInfo);
  if (decoded === 'bad') return { ok: false, code: 'bad-credentials' };
  const password = decoded?.password ?? options.passwordFor?.(name);
  if (decoded !== null && password === undefined) return { ok: false, code: 'missing-password' };
  const credentials = decoded === null || password === undefined ? null : { username: decoded.username, password };
  const spec: PathSpec = { name, kind: 'proxy', protocol, host, port, auth: credentials !== null };
  return credentials === null ? { ok: true, spec } : { ok: true, spec, credentials };
}

/**
 * `user:pass` or `user`, percent-decoded (RFC 3986 §3.2.1); an empty user or bad
 * percent-encoding is 'bad'. A user alone has no password here: it comes another way.
 */
export function decodeUserInfo(userInfo: string): { username: string; password?: string } | 'bad' {
  const colon = userInfo.indexOf(':');
  const user = colon === -1 ? userInfo : userInfo.slice(0, colon);
  if (user === '') return 'bad';
  try {
    const username = decodeURIComponent(user);
    return colon === -1 ? { username } : { username, password: decodeURIComponent(userInfo.slice(colon + 1)) };
  } catch {
    return 'bad';
  }
}

/** `tls-split`, `tls-split=sni`, `tcp-split=40`, `sni-decoy=example.org`, `http-hostcase`, comma-separated. */
function parseStrategies(name: string, text: string): PathParseResult {
  const strategies: Strategy[] = [];
  for (const item of text.split(',')) {
    const [kind = '', parameter] = item.trim().split('=', 2);
    const strategy = strategyFrom(kind, parameter);
    if (typeof strategy === 'string') return { ok: false, code: strategy };
    strategies.push(strategy);
  }
  return { ok: true, spec: { name, kind: 'strategy', strategies } };
}

function strategyFrom(kind: string, parameter: string | undefined): Strategy | PathErrorCode {
  switch (kind) {
    case 'tls-split':
    case 'tcp-split': {
      const at = splitAt(parameter);
      return at === null ? 'bad-strategy-parameter' : { kind, at };
    }
    case 'sni-decoy': {
      const decoy = parameter ?? DEFAULT_DECOY_SNI;
      const parsed = strategySchema.safeParse({ kind, decoy });
      return parsed.success && decoy.split('.').every((label) => LABEL.test(label))
        ? parsed.data
        : 'bad-strategy-parameter';
    }
    case 'http-hostcase':
      return parameter === undefined ? { kind } : 'bad-strategy-parameter';
    default:
      return 'unknown-strategy';
  }
}

function splitAt(parameter: string | undefined): SplitAt | null {
  if (parameter === undefined || parameter === 'sni') return 'sni';
  if (!/^\d+$/.test(parameter)) return null;
  const offset = Number(parameter);
  return offset >= 1 && offset <= 16_384 ? offset : null;
}

/** The routes `--strategies` adds: each trick alone, so the matrix shows which one works. */
export function defaultStrategyPaths(): PathSpec[] {
  return [
    { name: 'tls-split', kind: 'strategy', strategies: [{ kind: 'tls-split', at: 'sni' }] },
    { name: 'tcp-split', kind: 'strategy', strategies: [{ kind: 'tcp-split', at: 'sni' }] },
    { name: 'sni-decoy', kind: 'strategy', strategies: [{ kind: 'sni-decoy', decoy: DEFAULT_DECOY_SNI }] },
    { name: 'http-hostcase', kind: 'strategy', strategies: [{ kind: 'http-hostcase' }] },
  ];
}
