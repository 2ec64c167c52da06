import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * The one interface every probe connects through. A path (direct, a proxy, a local
 * address, a strategy) is a Dialer, so every probe runs over every path without
 * knowing which it is. Dialers open transport only; probes speak the protocols.
 */
export interface Dialer {
  /** The path's name as the user gave it, for example `direct` or `office`. */
  readonly name: string;
  /**
   * True when the path resolves names itself (socks4a, socks5h, HTTP CONNECT): the
   * probes then hand `dialTcp` the host name, and local DNS tells nothing about the path.
   */
  readonly resolvesNames?: boolean;
  /**
   * Opens a TCP connection to `host` (an IP address, or a name when `resolvesNames`)
   * and resolves once it is connected (for a proxy: once the proxy reports the
   * tunnel is open). Rejects with the socket error, a ProxyError for a broken route,
   * or an AbortError when `signal` fires; no socket is left open either way.
   */
  dialTcp(request: DialRequest): Promise<Socket>;
  /**
   * Opens a UDP channel, or null where the path cannot carry UDP (then UDP probes
   * report "not measurable on this route", which is no failure of the target).
   */
  openUdp(request: UdpRequest): Promise<UdpChannel> | null;
  /** Strategies that reshape the TLS ClientHello; absent on plain routes. */
  readonly tls?: TlsShaping;
  /** Rewrites the Host header of plain HTTP requests (the `http-hostcase` strategy). */
  readonly httpHost?: (host: string) => string;
}

/**
 * How a strategy changes what the TLS layer sends. The TLS client (the TLS probe,
 * and undici's connections for HTTPS) writes through `wrap(socket)` instead of the
 * socket itself, so the strategy sees the ClientHello and can re-frame or re-segment
 * it; and it asks `servername` which SNI to send.
 */
export interface TlsShaping {
  wrap(socket: Socket): Duplex;
  /** The SNI to send instead of `sni` (null: none); absent, `sni` is sent as it is. */
  servername?(sni: string | null): string | null;
}

/**
 * The part of a UDP socket the probes use. A node:dgram socket is one; a route that
 * carries datagrams its own way (SOCKS5 UDP ASSOCIATE) provides the same.
 */
export interface UdpChannel {
  /** Fixes the peer; then `send` goes there and only its datagrams arrive. */
  connect(port: number, address: string, callback: () => void): void;
  send(message: Uint8Array, callback: (error: Error | null) => void): void;
  close(callback?: () => void): void;
  on(event: 'message', listener: (message: Buffer) => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  off(event: 'message', listener: (message: Buffer) => void): this;
  off(event: 'error', listener: (error: Error) => void): this;
  once(event: 'close', listener: () => void): this;
  /** The local end, on this machine. */
  address(): { address: string; port: number };
}

export interface DialRequest {
  host: string;
  port: number;
  signal: AbortSignal;
}

export interface UdpRequest {
  family: 4 | 6;
  signal: AbortSignal;
}
