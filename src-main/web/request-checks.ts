/**
 * Who may talk to the web mode at all, before the token is even looked at.
 *
 * DNS rebinding: a page on `evil.example` can make its own name resolve to 127.0.0.1
 * and then send requests to this server as same-origin requests of its own origin.
 * Its requests still say `Host: evil.example:PORT`, so only the two names of this
 * machine with this port are accepted. A cross-site request from a page in the
 * user's browser says where it comes from in `Origin`: only this server's own
 * origin is accepted. A same-origin GET (the page, its scripts, EventSource) may
 * send no Origin at all, which is fine: the Host check has passed.
 */

/** The Host headers this server answers to: exactly these, nothing else. */
export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host);
}

/**
 * Absent: a same-origin GET or a client that is not a browser. Present: it must be
 * this server's origin as the request's own Host names it (`null`, from a sandboxed
 * frame or a file: page, is refused like any other).
 */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return isAllowedHost(host, port) && origin === `http://${host}`;
}
