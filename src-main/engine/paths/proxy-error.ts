import type { FailureClass } from '../../shared/failure.ts';

/**
 * Errors a proxy dialer raises when the route itself fails, as opposed to the
 * target: errors.ts maps their codes to the `proxy-*` failure classes, so a dead
 * or misconfigured proxy is reported as a broken route and never as blocking.
 * Failures the proxy reports about the target (SOCKS "connection refused", "host
 * unreachable") use the ordinary Node codes instead (ECONNREFUSED, EHOSTUNREACH…),
 * and a working proxy's vague "could not get there" (SOCKS general failure, an HTTP
 * proxy's 5xx error page) is DETOUR_PROXY_UPSTREAM: the target failing through the
 * route, which the route check tells apart from a broken route.
 */
export type ProxyErrorCode =
  | 'DETOUR_PROXY_UNREACHABLE'
  | 'DETOUR_PROXY_AUTH'
  | 'DETOUR_PROXY_PROTOCOL'
  | 'DETOUR_PROXY_REFUSED'
  | 'DETOUR_PROXY_UPSTREAM'
  | 'DETOUR_PROXY_RESET'
  | 'DETOUR_PROXY_CONFIG';

/**
 * The route's own error a dialed connection ended with, if any. A TLS client over a
 * route's stream (a Shadowsocks tunnel) reports only that its socket went away
 * (ECONNRESET); the stream itself keeps why (Duplex `errored`).
 */
export function routeErrorOf(socket: { errored?: unknown }): ProxyError | undefined {
  return socket.errored instanceof ProxyError ? socket.errored : undefined;
}

export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  readonly code: ProxyErrorCode;
  /** What failed underneath the route's own failure (how a dynamic key's fetch failed), when it says more. */
  readonly causeClass: FailureClass | undefined;

  /** `message` is for logs and `detail`: it must never contain a credential. */
  constructor(code: ProxyErrorCode, message: string, options?: { cause?: unknown; causeClass?: FailureClass }) {
    super(message, options);
    this.code = code;
    this.causeClass = options?.causeClass;
  }
}
