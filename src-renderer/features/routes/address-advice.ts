/**
 * What a pasted route address that Detour cannot take as it is probably is, so the
 * form can offer the way forward instead of a list of schemes: a bare `host:port`
 * (a proxy whose protocol was left out), or a link meant for another client app
 * (VLESS, VMess, Trojan…), which Detour reaches through that app's local SOCKS port.
 */
export type AddressAdvice =
  { kind: 'host-port'; host: string; port: number } | { kind: 'client-link'; protocol: string } | { kind: 'none' };

/** Link schemes of proxy protocols that need their own client app (Xray, sing-box…). */
const CLIENT_SCHEMES: Readonly<Record<string, string>> = {
  vless: 'VLESS',
  vmess: 'VMess',
  trojan: 'Trojan',
  hysteria2: 'Hysteria 2',
  hy2: 'Hysteria 2',
  tuic: 'TUIC',
};

/** A name (letters, digits, dots, hyphens), an IPv4 address, or an IPv6 address in brackets; then a port. */
const HOST_PORT = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?):(\d{1,5})$/i;

export function adviseAddress(typed: string): AddressAdvice {
  const address = typed.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(address)?.[1]?.toLowerCase();
  const protocol = scheme === undefined ? undefined : CLIENT_SCHEMES[scheme];
  if (protocol !== undefined) return { kind: 'client-link', protocol };
  const match = HOST_PORT.exec(address);
  if (match === null) return { kind: 'none' };
  const port = Number(match[2]);
  if (port < 1 || port > 65535) return { kind: 'none' };
  const host = (match[1] ?? '').replace(/^\[(.*)\]$/, '$1');
  return { kind: 'host-port', host, port };
}

/** The address as a route of `protocol` (`socks5h`, `http`), IPv6 in brackets as in a URL. */
export function proxyAddress(protocol: string, host: string, port: number): string {
  return `${protocol}://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
