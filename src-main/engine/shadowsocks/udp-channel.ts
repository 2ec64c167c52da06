import { createSocket, type Socket as DgramSocket } from 'node:dgram';
import { EventEmitter } from 'node:events';
import { randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { UdpChannel } from '../paths/dialer.ts';
import { AeadSession, saltBytes, type CipherKey } from './aead.ts';
import { decodeAddress, encodeAddress } from './address.ts';

/**
 * UDP through a Shadowsocks server (AEAD spec, "UDP"): every datagram is
 * [salt][sealed(target address ‖ payload)], with a fresh salt and the nonce at zero;
 * the server's replies have the same form, naming the address they came from. No
 * chunking and no association: a server started without UDP relaying (ss-server
 * without -u) drops them silently, which a probe sees as no answer.
 * The connection prefix is Outline's for TCP streams only, so datagrams' salts are random.
 */
export class ShadowsocksUdpChannel extends EventEmitter implements UdpChannel {
  readonly #udp: DgramSocket;
  readonly #key: CipherKey;
  readonly #server: { host: string; port: number };
  #peer: { host: string; port: number } | undefined;

  constructor(key: CipherKey, server: { host: string; port: number }) {
    super();
    this.#key = key;
    this.#server = server;
    this.#udp = createSocket(isIPv6(server.host) ? 'udp6' : 'udp4');
    this.#udp.on('message', (datagram: Buffer, from) => {
      if (from.port === server.port) this.#receive(datagram);
    });
    this.#udp.on('error', (error) => this.emit('error', error));
  }

  connect(port: number, address: string, callback: () => void): void {
    this.#peer = { host: address, port };
    this.#udp.bind(0, () => callback());
  }

  send(message: Uint8Array, callback: (error: Error | null) => void): void {
    const peer = this.#peer;
    if (peer === undefined) {
      callback(new Error('send before connect'));
      return;
    }
    const salt = randomBytes(saltBytes(this.#key));
    const sealed = new AeadSession(this.#key, salt).seal(Buffer.concat([encodeAddress(peer.host, peer.port), message]));
    this.#udp.send(Buffer.concat([salt, sealed]), this.#server.port, this.#server.host, (error) =>
      callback(error ?? null),
    );
  }

  close(callback?: () => void): void {
    this.#udp.close(() => {
      this.emit('close');
      callback?.();
    });
  }

  address(): { address: string; port: number } {
    return this.#udp.address();
  }

  /** Only datagrams that decrypt with the key and come from the connected peer; anything else is not ours. */
  #receive(datagram: Buffer): void {
    const saltSize = saltBytes(this.#key);
    if (datagram.length <= saltSize) return;
    const plain = new AeadSession(this.#key, datagram.subarray(0, saltSize)).open(datagram.subarray(saltSize));
    if (plain === null) return;
    const from = decodeAddress(plain);
    if (from === null || from.port !== this.#peer?.port) return;
    this.emit('message', plain.subarray(from.length));
  }
}
