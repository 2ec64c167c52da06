import type { Socket } from 'node:net';
import type { Socket as UdpSocket } from 'node:dgram';

/**
 * The one interface every probe connects through. A path (direct, a proxy, a local
 * address, a strategy) is a Dialer, so every probe runs over every path without
 * knowing which it is. Dialers open transport only; probes speak the protocols.
 */
export interface Dialer {
  /** The path's name as the user gave it, for example `direct` or `office`. */
  readonly name: string;
  /**
   * Opens a TCP connection to `host` (an IP address, or a name the path resolves
   * itself) and resolves once it is connected. Rejects with the socket error, or
   * with an AbortError when `signal` fires; no socket is left open either way.
   */
  dialTcp(request: DialRequest): Promise<Socket>;
  /**
   * Opens a UDP socket for datagrams to `address`, or null where the path cannot
   * carry UDP (then UDP probes report "not measurable on this route").
   */
  openUdp(request: UdpRequest): Promise<UdpSocket> | null;
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
