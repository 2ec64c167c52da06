import type { Deadline } from './deadline.ts';
import type { Failure, FailureClass, Stage } from '../shared/failure.ts';
import { roundMs } from './deadline.ts';
import { ProxyError } from './paths/proxy-error.ts';

/**
 * Maps Node's error codes (libuv errno names and c-ares codes) to our failure
 * classes. Codes not listed become `unknown` with the raw code kept in `detail`.
 */
const CLASS_BY_CODE: Readonly<Record<string, FailureClass>> = {
  ECONNRESET: 'reset',
  EPIPE: 'reset',
  ECONNABORTED: 'reset',
  ECONNREFUSED: 'refused',
  ETIMEDOUT: 'timeout',
  EHOSTUNREACH: 'host-unreachable',
  EHOSTDOWN: 'host-unreachable',
  ENETUNREACH: 'network-unreachable',
  ENETDOWN: 'network-unreachable',
  EADDRNOTAVAIL: 'address-unavailable',
  // c-ares / getaddrinfo (node:dns error codes)
  ENOTFOUND: 'nxdomain',
  ENODATA: 'no-answer',
  ESERVFAIL: 'servfail',
  EREFUSED: 'dns-refused',
  EBADRESP: 'dns-malformed',
  EFORMERR: 'dns-malformed',
  EAI_AGAIN: 'servfail',
  // Our own dialers (paths/proxy-error.ts): the route failed, not the target.
  DETOUR_PROXY_UNREACHABLE: 'proxy-unreachable',
  DETOUR_PROXY_AUTH: 'proxy-auth',
  DETOUR_PROXY_PROTOCOL: 'proxy-protocol',
  DETOUR_PROXY_REFUSED: 'proxy-refused',
  DETOUR_PROXY_UPSTREAM: 'proxy-upstream',
  DETOUR_PROXY_RESET: 'proxy-reset',
  DETOUR_PROXY_CONFIG: 'proxy-config',
  DETOUR_UDP_UNSUPPORTED: 'udp-unsupported',
  // undici
  // undici raises this when the peer closed the socket before the response ended.
  UND_ERR_SOCKET: 'eof',
  UND_ERR_CLOSED: 'eof',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'truncated',
  HPE_INVALID_CONSTANT: 'http-protocol',
  HPE_INVALID_VERSION: 'http-protocol',
  HPE_INVALID_STATUS: 'http-protocol',
  HPE_INVALID_HEADER_TOKEN: 'http-protocol',
  HPE_UNEXPECTED_CONTENT_LENGTH: 'http-protocol',
  // Headers past the limit (undici's maxHeaderSize, llhttp's in node:http): endless or absurd headers.
  UND_ERR_HEADERS_OVERFLOW: 'http-headers-too-large',
  HPE_HEADER_OVERFLOW: 'http-headers-too-large',
};

/** The `code` of a Node or undici error, following `cause` chains. */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code.length > 0) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Turns whatever a probe caught into a plain-data Failure. The deadline wins over the
 * error itself: once it has fired, the socket error that follows is our own abort.
 */
export function failureFromError(stage: Stage, error: unknown, deadline: Deadline): Failure {
  const afterMs = roundMs(deadline.elapsedMs());
  const expired = deadline.expiredBy();
  if (expired !== null) return { stage, class: expired, afterMs };
  const code = errorCode(error);
  const known = code === undefined ? undefined : CLASS_BY_CODE[code];
  // A route's own errors explain themselves ("the socks5 proxy at … rejected the user name
  // and password"); their messages are written never to hold a credential.
  const detail =
    error instanceof ProxyError ? error.message : (code ?? (error instanceof Error ? error.message : String(error)));
  const failure: Failure = { stage, class: known ?? 'unknown', detail, afterMs };
  const cause = error instanceof ProxyError ? error.causeClass : undefined;
  return cause === undefined ? failure : { ...failure, cause };
}

/** The failure class of an error underneath a route's own (a dynamic key's fetch), by its code. */
export function failureClassOf(error: unknown): FailureClass {
  const code = errorCode(error);
  return (code === undefined ? undefined : CLASS_BY_CODE[code]) ?? 'unknown';
}
