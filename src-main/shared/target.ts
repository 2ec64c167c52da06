import { z } from 'zod';

/**
 * A target is what the user wants to reach: a web address, a TCP endpoint
 * (`host:port`, for messenger and VPN servers) or a STUN server (`stun:host:port`,
 * RFC 7064), which is how blocked voice and video calls show.
 */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('url'),
    id: z.string(),
    input: z.string(),
    url: z.string(),
    scheme: z.enum(['http', 'https']),
    host: z.string(),
    port: z.number().int(),
  }),
  z.object({ kind: z.literal('tcp'), id: z.string(), input: z.string(), host: z.string(), port: z.number().int() }),
  z.object({ kind: z.literal('stun'), id: z.string(), input: z.string(), host: z.string(), port: z.number().int() }),
]);
export type Target = z.infer<typeof targetSchema>;
export type TargetKind = Target['kind'];

export const INPUT_ERROR_CODES = [
  'empty', // nothing but white space
  'malformed', // not a URL, domain or host:port at all
  'unknown-scheme', // a scheme other than http, https or stun
  'bad-port', // port 0, above 65535, or not a number
  'bad-host', // a host name that cannot exist (bad characters, label too long, …)
  'empty-list', // a list file with no entries
  'binary-list', // a list file that is not text
  'unreadable-list', // a list file that cannot be read
  'list-too-large', // a list file larger than Detour reads (8 MiB)
  'list-not-a-file', // a list "file" that is a folder, a pipe or a device
  'not-a-test-list', // a CSV file whose first row is not the Citizen Lab test-list header
  'bad-csv-row', // a test-list row without exactly six columns, or with a quote never closed
  'missing-url', // a test-list row whose url column is empty
  'too-many-entries', // a test-list row past the most one file may give
] as const;
export const inputErrorCodeSchema = z.enum(INPUT_ERROR_CODES);
export type InputErrorCode = z.infer<typeof inputErrorCodeSchema>;

/** A target before the engine numbers it (Omit distributed over the union). */
export type TargetSpec = Target extends infer T ? (T extends Target ? Omit<T, 'id'> : never) : never;
export type ParsedTarget = { ok: true; target: TargetSpec } | { ok: false; code: InputErrorCode };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[^\s/:@[\]]+):(\d+)$/i;
/** RFC 1123 labels; the URL parser has already turned IDNs into punycode. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const DEFAULT_STUN_PORT = 3478; // RFC 8489 §9

export function parseTarget(raw: string): ParsedTarget {
  const input = raw.trim();
  if (input.length === 0) return { ok: false, code: 'empty' };
  if (/\s/.test(input)) return { ok: false, code: 'malformed' };
  const hostPort = HOST_PORT.exec(input);
  if (hostPort !== null) return endpoint('tcp', input, unbracket(hostPort[1] ?? ''), hostPort[2] ?? '');
  const scheme = SCHEME.exec(input)?.[1]?.toLowerCase();
  if (scheme === 'stun') return parseStun(input);
  if (scheme === undefined || input.startsWith('//')) return parseUrl(input, `https://${input.replace(/^\/\//, '')}`);
  if (scheme === 'http' || scheme === 'https') return parseUrl(input, input);
  // `example.com:8080/path` has no scheme but looks like one to the regex only when
  // the part before the colon is a host, which the URL parser settles below.
  if (/^[^:]+:\d/.test(input)) return parseUrl(input, `https://${input}`);
  return { ok: false, code: 'unknown-scheme' };
}

function parseUrl(input: string, text: string): ParsedTarget {
  // The host is a bracketed IPv6 literal or a name without brackets, and the port
  // ends the authority (RFC 3986 §3.2): `https://[::1]/` has none (the colons are
  // inside the brackets), nor has `https://user:pw@host/` (that colon is the user's).
  const portText = /^[a-z]+:\/\/(?:[^/@]*@)?(?:\[[^\]]*\]|[^/:?#[\]@]*):(\d*)(?![^/?#])/i.exec(text)?.[1];
  if (portText !== undefined && !validPort(portText)) return { ok: false, code: 'bad-port' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, code: 'malformed' };
  }
  const host = unbracket(url.hostname);
  if (!validHost(host)) return { ok: false, code: 'bad-host' };
  const scheme = url.protocol === 'http:' ? 'http' : 'https';
  const port = url.port === '' ? (scheme === 'http' ? 80 : 443) : Number(url.port);
  url.hash = '';
  return { ok: true, target: { kind: 'url', input, url: url.href, scheme, host, port } };
}

function parseStun(input: string): ParsedTarget {
  const rest = input.slice('stun:'.length).replace(/^\/\//, '');
  const match = /^(\[[0-9a-f:.]+\]|[^\s/:@[\]]+)(?::(\d+))?$/i.exec(rest);
  if (match === null) return { ok: false, code: /:[^\d]/.test(rest) || /:$/.test(rest) ? 'bad-port' : 'malformed' };
  return endpoint('stun', input, unbracket(match[1] ?? ''), match[2] ?? String(DEFAULT_STUN_PORT));
}

function endpoint(kind: 'tcp' | 'stun', input: string, rawHost: string, portText: string): ParsedTarget {
  if (!validPort(portText)) return { ok: false, code: 'bad-port' };
  let host: string;
  try {
    host = unbracket(new URL(`http://${rawHost.includes(':') ? `[${rawHost}]` : rawHost}/`).hostname);
  } catch {
    return { ok: false, code: 'bad-host' };
  }
  if (!validHost(host)) return { ok: false, code: 'bad-host' };
  return { ok: true, target: { kind, input, host, port: Number(portText) } };
}

function validPort(text: string): boolean {
  if (!/^\d{1,5}$/.test(text)) return false;
  const port = Number(text);
  return port >= 1 && port <= 65535;
}

function validHost(host: string): boolean {
  if (host.includes(':')) return true; // an IPv6 literal the URL parser accepted
  const name = host.endsWith('.') ? host.slice(0, -1) : host;
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => LABEL.test(label));
}

function unbracket(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
