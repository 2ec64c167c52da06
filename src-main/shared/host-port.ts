/**
 * `host:port`, with an IPv6 address in brackets as in a URL (RFC 3986, section 3.2.2),
 * so the port can be told from the address. Every view and message writes an
 * address this way.
 */
export function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}
