import { createSocket, type Socket as DgramSocket } from 'node:dgram';
import { EventEmitter } from 'node:events';
import { isIPv6, type Socket } from 'node:net';
import { SocksClient } from 'socks';
import type { UdpChannel, UdpRequest } from './dialer.ts';
import type { ProxyAddress } from './proxy-connection.ts';
import { connectToProxy } from './proxy-connection.ts';
import { ProxyError } from './proxy-error.ts';
import { handshakeReader, type Credentials } from './proxy-handshake.ts';
import { socks5Negotiation, SOCKS5_UDP_ASSOCIATE, type BoundAddress } from './socks-handshake.ts';

/**
 * UDP through a SOCKS5 proxy (RFC 1928 §7): a TCP connection asks for a UDP ASSOCIATE
 * and stays open for as long as the association lives; datagrams go to the relay the
 * proxy names, each behind a small header with the real destination. This is how a
 * STUN probe tells whether calls would get through the proxy.
 */
export async function openSocksUdp(
  proxy: ProxyAddress,
  label: string,
  request: UdpRequest,
  credentials: Credentials | undefined,
): Promise<UdpChannel> {
  const control = await connectToProxy(proxy, label, request.signal);
  const reader = handshakeReader(control, request.signal, label);
  let relay: BoundAddress;
  try {
    // DST.ADDR 0.0.0.0:0: "if the client is not in possesion of the information", as here.
    const negotiate = socks5Negotiation(
      SOCKS5_UDP_ASSOCIATE,
      { host: '0.0.0.0', port: 0, namesAllowed: false },
      credentials,
      label,
    );
    relay = await negotiate(control, reader);
  } catch (error) {
    control.destroy();
    throw error;
  } finally {
    reader.release();
  }
  // An unspecified relay address means "the proxy's own", as most servers intend it.
  const host = relay.host === '0.0.0.0' || relay.host === '0:0:0:0:0:0:0:0' ? proxy.host : relay.host;
  const udp = createSocket(isIPv6(host) ? 'udp6' : 'udp4');
  return new SocksUdpChannel(udp, control, { host, port: relay.port }, label);
}

class SocksUdpChannel extends EventEmitter implements UdpChannel {
  readonly #udp: DgramSocket;
  readonly #control: Socket;
  readonly #relay: BoundAddress;
  #peer: BoundAddress | undefined;
  #closing = false;

  constructor(udp: DgramSocket, control: Socket, relay: BoundAddress, label: string) {
    super();
    this.#udp = udp;
    this.#control = control;
    this.#relay = relay;
    udp.on('message', (datagram: Buffer) => this.#receive(datagram));
    udp.on('error', (error) => this.emit('error', error));
    // RFC 1928 §7: the association ends with the TCP connection that asked for it.
    control.on('error', () => undefined);
    control.once('close', () => {
      if (!this.#closing)
        this.emit('error', new ProxyError('DETOUR_PROXY_PROTOCOL', `${label} ended the UDP association`));
    });
  }

  connect(port: number, address: string, callback: () => void): void {
    this.#peer = { host: address, port };
    this.#udp.bind(0, () => callback());
  }

  send(message: Uint8Array, callback: (error: Error | null) => void): void {
    if (this.#peer === undefined) {
      callback(new Error('send before connect'));
      return;
    }
    const frame = SocksClient.createUDPFrame({ remoteHost: this.#peer, data: Buffer.from(message) });
    this.#udp.send(frame, this.#relay.port, this.#relay.host, (error) => callback(error ?? null));
  }

  close(callback?: () => void): void {
    this.#closing = true;
    this.#control.destroy();
    this.#udp.close(() => {
      this.emit('close');
      callback?.();
    });
  }

  address(): { address: string; port: number } {
    return this.#udp.address();
  }

  /** Only whole datagrams from the connected peer (fragments, FRAG ≠ 0, are optional and dropped). */
  #receive(datagram: Buffer): void {
    let frame: ReturnType<typeof SocksClient.parseUDPFrame>;
    try {
      frame = SocksClient.parseUDPFrame(datagram);
    } catch {
      return;
    }
    const peer = this.#peer;
    if (frame.frameNumber !== 0 || peer === undefined || frame.remoteHost.port !== peer.port) return;
    this.emit('message', frame.data);
  }
}
