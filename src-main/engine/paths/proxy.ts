import { isIP } from 'node:net';
import type { ProxyProtocol } from '../../shared/path.ts';
import type { Dialer } from './dialer.ts';
import { httpConnectHandshake } from './http-connect.ts';
import { handshakeReader, type Credentials, type Handshake } from './proxy-handshake.ts';
import { socks4Handshake, socks5Handshake, type SocksTarget } from './socks-handshake.ts';
import { openSocksUdp } from './socks-udp.ts';
import { connectToProxy } from './proxy-connection.ts';

export interface ProxyEndpoint {
  protocol: ProxyProtocol;
  /** The proxy's IP address or name (a name is resolved on this machine). */
  host: string;
  port: number;
  username?: string;
  password?: string;
}

/** The protocols that carry names to the proxy, which resolves them. */
const RESOLVING_PROTOCOLS: ReadonlySet<ProxyProtocol> = new Set(['socks4a', 'socks5h', 'http', 'https']);

/**
 * A route through a proxy: every connection opens a tunnel with the proxy's protocol
 * (SOCKS4, SOCKS4A, SOCKS5, socks5h, HTTP CONNECT, or HTTP CONNECT over TLS to the
 * proxy) and hands the probe the tunnel. A dead proxy, refused credentials or a
 * proxy speaking another protocol are ProxyErrors (the route is broken); what the
 * proxy reports about the target keeps Node's codes (the target is blamed).
 */
export function proxyDialer(name: string, proxy: ProxyEndpoint): Dialer {
  const host = isIP(proxy.host) === 6 ? `[${proxy.host}]` : proxy.host;
  // Names the proxy in messages; its credentials never appear in one.
  const label = `the ${proxy.protocol} proxy at ${host}:${proxy.port}`;
  const resolvesNames = RESOLVING_PROTOCOLS.has(proxy.protocol);
  return {
    name,
    resolvesNames,
    dialTcp: async (request) => {
      const handshake = handshakeFor(
        proxy,
        { host: request.host, port: request.port, namesAllowed: resolvesNames },
        label,
      );
      const socket = await connectToProxy(proxy, label, request.signal);
      const reader = handshakeReader(socket, request.signal, label);
      try {
        await handshake(socket, reader);
        return socket;
      } catch (error) {
        socket.destroy();
        throw error;
      } finally {
        reader.release();
      }
    },
    // Only SOCKS5 relays UDP (UDP ASSOCIATE, RFC 1928 §7); SOCKS4 and CONNECT carry TCP alone.
    openUdp: (request) =>
      proxy.protocol === 'socks5' || proxy.protocol === 'socks5h'
        ? openSocksUdp(proxy, label, request, credentialsOf(proxy))
        : null,
  };
}

function credentialsOf(proxy: ProxyEndpoint): Credentials | undefined {
  return proxy.username === undefined ? undefined : { username: proxy.username, password: proxy.password ?? '' };
}

/** Prepares the handshake; throws when the protocol cannot carry the target, before any traffic. */
function handshakeFor(proxy: ProxyEndpoint, target: SocksTarget, label: string): Handshake {
  const credentials = credentialsOf(proxy);
  switch (proxy.protocol) {
    case 'socks4':
    case 'socks4a':
      // SOCKS4 has no password: the user name goes in the USERID field.
      return socks4Handshake(target, proxy.username ?? '', label);
    case 'socks5':
    case 'socks5h':
      return socks5Handshake(target, credentials, label);
    case 'http':
    case 'https':
      return httpConnectHandshake(target, credentials, label);
  }
}
