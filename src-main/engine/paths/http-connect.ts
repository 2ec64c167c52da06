import { isIPv6 } from 'node:net';
import { basicCredentials } from '../basic-auth.ts';
import { ProxyError } from './proxy-error.ts';
import { answerError, type Credentials, type Handshake } from './proxy-handshake.ts';

/** RFC 9110 §15.6: the proxy's own failures to get an answer from the target. */
const UPSTREAM_FAILURE_STATUSES: ReadonlySet<number> = new Set([500, 502, 503]);

/** The most a proxy may send before its empty line: no real proxy's answer comes near. */
const HEADER_LIMIT_BYTES = 16 * 1024;

/**
 * HTTP CONNECT (RFC 9110 §9.3.6), written by hand over the connection to the proxy
 * (plain TCP, or TLS for an `https` proxy): any 2xx opens the tunnel, and the bytes
 * after the header block are already the target's.
 */
export function httpConnectHandshake(
  target: { host: string; port: number },
  credentials: Credentials | undefined,
  label: string,
): Handshake {
  // RFC 9112 §3.2.3: the request target of CONNECT is host:port, an IPv6 literal in brackets.
  const authority = `${isIPv6(target.host) ? `[${target.host}]` : target.host}:${target.port}`;
  const lines = [`CONNECT ${authority} HTTP/1.1`, `Host: ${authority}`];
  if (credentials !== undefined) {
    lines.push(`Proxy-Authorization: ${basicCredentials(credentials.username, credentials.password)}`);
  }
  const request = `${lines.join('\r\n')}\r\n\r\n`;
  return async (socket, reader) => {
    socket.write(request);
    let status: number;
    do {
      // Interim 1xx answers (RFC 9110 §15.2) come before the final one.
      status = statusOf(await reader.through('\r\n\r\n', HEADER_LIMIT_BYTES, (soFar) => notHttp(soFar, label)), label);
    } while (status < 200);
    if (status < 300) return;
    // 407 is the proxy asking for credentials (RFC 9110 §15.5.8); tinyproxy 1.11 answers
    // 401 to wrong ones, and no origin can have answered a CONNECT before the tunnel.
    if (status === 407 || status === 401) {
      const why = credentials === undefined ? 'wants credentials and none are set' : 'rejected the credentials';
      throw new ProxyError('DETOUR_PROXY_AUTH', `${label} ${why} (HTTP ${status})`);
    }
    // 504 is the proxy's own timeout towards the target. 500, 502 and 503 are its error
    // pages for a target it could not reach (tinyproxy's 500, Squid's 503, a gateway's
    // 502): the target failing through a working route, which the route check tells
    // apart from a broken one. Any other refusal (403 by its rules) is the proxy's own.
    if (status === 504) throw answerError('ETIMEDOUT', `${label} timed out reaching the target (HTTP 504)`);
    if (UPSTREAM_FAILURE_STATUSES.has(status)) {
      throw new ProxyError('DETOUR_PROXY_UPSTREAM', `${label} could not reach the target (HTTP ${status})`);
    }
    throw new ProxyError('DETOUR_PROXY_REFUSED', `${label} refused the tunnel (HTTP ${status})`);
  };
}

/** Every answer starts so (RFC 9112 §2.3, §4); a proxy that begins otherwise is not speaking HTTP. */
const STATUS_LINE_START = 'HTTP/1.';
/** A status line (RFC 9112 §4), its code captured. */
const STATUS_LINE = /^HTTP\/1\.[01] ([1-5]\d\d)[ \r]/;

/**
 * The error for an answer that cannot be HTTP, judged on its first bytes: a proxy
 * that answers a few bytes of garbage (or a TLS record) and then nothing is a broken
 * route at once, not a timeout at the deadline.
 */
function notHttp(soFar: Buffer, label: string): ProxyError | undefined {
  const start = soFar.subarray(0, STATUS_LINE_START.length).toString('latin1');
  const lineEnd = soFar.indexOf('\r\n');
  const badStart = !STATUS_LINE_START.startsWith(start);
  const badLine = lineEnd !== -1 && !STATUS_LINE.test(soFar.subarray(0, lineEnd + 2).toString('latin1'));
  return badStart || badLine ? new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} did not answer in HTTP`) : undefined;
}

/** The status code of a response's status line (RFC 9112 §4). */
function statusOf(head: Buffer, label: string): number {
  const status = STATUS_LINE.exec(head.toString('latin1'))?.[1];
  if (status === undefined) throw new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} did not answer in HTTP`);
  return Number(status);
}
