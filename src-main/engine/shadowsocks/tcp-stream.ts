import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { errorCode } from '../errors.ts';
import { ProxyError } from '../paths/proxy-error.ts';
import { AeadSession, newSalt, saltBytes, TAG_BYTES, type CipherKey } from './aead.ts';

/** "The payload length is a 2-byte big-endian unsigned integer capped at 0x3FFF" (AEAD spec). */
export const MAX_PAYLOAD = 0x3fff;
const LENGTH_CHUNK = 2 + TAG_BYTES;

/**
 * One Shadowsocks AEAD stream over a TCP connection to the server: [salt][chunks…] each
 * way, a chunk being [sealed 2-byte length][sealed payload]. The first chunk we send is
 * the target's address. What the server does before it answers is how the route's
 * failures are named: a reset before any answer is the handshake rejected (by the
 * server or a censor); a close before any answer is a server that could not reach the
 * site, or one that did not accept the key (probe-resistant servers answer a wrong key
 * with nothing); bytes that do not decrypt are another key or another protocol.
 */
export class ShadowsocksStream extends Duplex {
  readonly #socket: Socket;
  readonly #key: CipherKey;
  readonly #label: string;
  readonly #sender: AeadSession;
  #receiver: AeadSession | null = null;
  #pending: Buffer = Buffer.alloc(0);
  /** The payload length read from the last length chunk, while its payload is awaited. */
  #payloadLength: number | null = null;
  #answered = false;

  constructor(socket: Socket, key: CipherKey, address: Buffer, label: string) {
    super({ allowHalfOpen: true });
    this.#socket = socket;
    this.#key = key;
    this.#label = label;
    const salt = newSalt(key);
    this.#sender = new AeadSession(key, salt);
    socket.write(Buffer.concat([salt, ...this.#chunks(address)]));
    socket.on('data', (data: Buffer) => this.#receive(data));
    socket.on('end', () => this.#ended());
    socket.on('error', (error) => this.destroy(this.#explain(error)));
    socket.on('close', () => {
      if (!this.destroyed && !this.readableEnded) this.destroy();
    });
  }

  /** What a wrapped net.Socket is asked by TLS and HTTP clients; this stream forwards it to the real one. */
  setNoDelay(noDelay?: boolean): this {
    this.#socket.setNoDelay(noDelay);
    return this;
  }
  setKeepAlive(enable?: boolean, delay?: number): this {
    this.#socket.setKeepAlive(enable, delay);
    return this;
  }
  setTimeout(ms: number, callback?: () => void): this {
    this.#socket.setTimeout(ms, callback);
    return this;
  }
  ref(): this {
    this.#socket.ref();
    return this;
  }
  unref(): this {
    this.#socket.unref();
    return this;
  }
  get remoteAddress(): string | undefined {
    return this.#socket.remoteAddress;
  }
  get remotePort(): number | undefined {
    return this.#socket.remotePort;
  }
  get localAddress(): string | undefined {
    return this.#socket.localAddress;
  }
  get localPort(): number | undefined {
    return this.#socket.localPort;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    // A write that fails (EPIPE after a reset) ends the stream first: it must say why as the socket's error would.
    this.#socket.write(Buffer.concat(this.#chunks(chunk)), (error) =>
      callback(error === null || error === undefined ? null : this.#explain(error)),
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#socket.end(() => callback());
  }

  override _read(): void {
    this.#socket.resume();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#socket.destroy();
    callback(error);
  }

  #chunks(data: Buffer): Buffer[] {
    const out: Buffer[] = [];
    for (let offset = 0; offset < data.length; offset += MAX_PAYLOAD) {
      const payload = data.subarray(offset, offset + MAX_PAYLOAD);
      out.push(this.#sender.seal(Buffer.from([payload.length >> 8, payload.length & 0xff])));
      out.push(this.#sender.seal(payload));
    }
    return out;
  }

  #receive(data: Buffer): void {
    this.#answered = true;
    this.#pending = this.#pending.length === 0 ? data : Buffer.concat([this.#pending, data]);
    if (this.#receiver === null) {
      const saltSize = saltBytes(this.#key);
      if (this.#pending.length < saltSize) return;
      this.#receiver = new AeadSession(this.#key, this.#pending.subarray(0, saltSize));
      this.#pending = this.#pending.subarray(saltSize);
    }
    const receiver = this.#receiver;
    for (;;) {
      const need = this.#payloadLength === null ? LENGTH_CHUNK : this.#payloadLength + TAG_BYTES;
      if (this.#pending.length < need) return;
      const plain = receiver.open(this.#pending.subarray(0, need));
      this.#pending = this.#pending.subarray(need);
      if (plain === null) {
        this.destroy(
          new ProxyError(
            'DETOUR_PROXY_PROTOCOL',
            `${this.#label} answered with bytes that do not decrypt with this key: another password or cipher, or not Shadowsocks`,
          ),
        );
        return;
      }
      if (this.#payloadLength === null) {
        this.#payloadLength = plain.readUInt16BE(0) & MAX_PAYLOAD;
      } else {
        this.#payloadLength = null;
        if (!this.push(plain)) this.#socket.pause();
      }
    }
  }

  #ended(): void {
    if (!this.#answered) {
      // ss-server closes when it cannot reach the target; a server that did not accept
      // the key may do the same. Which one it is, only several sites together tell.
      this.destroy(
        new ProxyError(
          'DETOUR_PROXY_UPSTREAM',
          `${this.#label} closed the connection without answering: it could not reach the site, or it did not accept the key`,
        ),
      );
      return;
    }
    this.push(null);
  }

  #explain(error: Error): Error {
    const code = errorCode(error);
    if (!this.#answered && (code === 'ECONNRESET' || code === 'EPIPE')) {
      return new ProxyError(
        'DETOUR_PROXY_RESET',
        `${this.#label} was reset right after the salt, before any answer: the server or a censor rejected the handshake`,
        { cause: error },
      );
    }
    return error;
  }
}
