import type { Socket } from 'node:net';
import { Duplex } from 'node:stream';
import { readFirstRecord } from './tls-records.ts';
import { writeSegments } from './tcp-split.ts';

/**
 * Turns the client's first TLS record (the ClientHello) into the segments to write,
 * each a write of its own (one segment when only the records change).
 */
export type ReshapeRecord = (record: Uint8Array) => Uint8Array[];

/**
 * The stream a TLS client writes through instead of its socket (Node's tls.connect
 * takes any Duplex as `socket`). It holds the client's bytes until the first record
 * is complete, whatever writes the TLS layer splits it into, and writes it reshaped;
 * everything after it, and everything read, passes through untouched. Bytes that are
 * not a TLS handshake record go out as they are.
 *
 * End, destroy and errors cross in both directions; reading and writing both respect
 * backpressure (the socket is paused while this stream's reader is full, and a write
 * completes only when the socket has taken its bytes).
 */
export function shapingStream(socket: Socket, reshape: ReshapeRecord): Duplex {
  return new ShapingStream(socket, reshape);
}

class ShapingStream extends Duplex {
  readonly #socket: Socket;
  readonly #reshape: ReshapeRecord;
  /** The client's bytes while its first record is incomplete; null once it has been written. */
  #held: Buffer | null = Buffer.alloc(0);
  #eofPushed = false;

  constructor(socket: Socket, reshape: ReshapeRecord) {
    // Half-open like the TLS layer above: it ends each direction itself (close_notify, then FIN).
    super({ allowHalfOpen: true });
    this.#socket = socket;
    this.#reshape = reshape;
    socket.on('data', (chunk: Buffer) => {
      if (!this.push(chunk)) socket.pause();
    });
    socket.on('end', () => {
      this.#eofPushed = true;
      this.push(null);
    });
    socket.on('error', (error) => this.destroy(error));
    socket.on('close', () => this.#onSocketClose());
    // Flows when this stream is read (_read), so data waits in the socket until then.
    socket.pause();
  }

  override _read(): void {
    this.#socket.resume();
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    if (this.#held === null) {
      this.#socket.write(chunk, callback);
      return;
    }
    const held = Buffer.concat([this.#held, chunk]);
    const first = readFirstRecord(held);
    if (first.kind === 'incomplete') {
      this.#held = held;
      callback();
      return;
    }
    this.#held = null;
    const segments = first.kind === 'handshake' ? this.#reshape(first.record) : [held];
    if (first.kind === 'handshake' && first.rest.length > 0) {
      // Whatever the client wrote after its first record rides with the last segment.
      segments.push(Buffer.concat([segments.pop() ?? new Uint8Array(), first.rest]));
    }
    writeSegments(this.#socket, segments, () => !this.destroyed).then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    // A client that ends inside its first record (cut short, or not TLS) has it sent as it was.
    if (this.#held !== null && this.#held.length > 0) this.#socket.write(this.#held);
    this.#held = null;
    this.#socket.end();
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#socket.destroy();
    callback(error);
  }

  /**
   * The socket is gone: so is this stream. After a FIN, the end of stream is delivered
   * first, since the TLS layer tells a peer's FIN from a reset by the 'end' it sees.
   */
  #onSocketClose(): void {
    if (this.#eofPushed && !this.readableEnded) this.once('end', () => this.destroy());
    else this.destroy();
  }
}
