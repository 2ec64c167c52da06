import { connect, createServer, type Server, type Socket } from 'node:net';
import { parseClientHelloSni } from '../../../src-main/engine/tls-client-hello.ts';

/**
 * An in-process censor: a TCP relay on loopback in front of a real server (TLS or
 * HTTP), modelling the naive DPI that the local strategies get around. It forwards
 * the client's bytes to the server as they come and resets the client (an RST, as an
 * injecting middlebox does) once what it has seen is forbidden. Every read of the
 * client's bytes is recorded, so a test can see what arrived, and in which pieces.
 */

/** Decides, each time client bytes arrive, whether to reset: all bytes so far, and the latest read. */
export type Censor = (received: Buffer, latest: Buffer) => boolean;

/**
 * Record-aware SNI DPI: reassembles the TCP stream into TLS records and resets when one
 * record carries a complete ClientHello for `forbidden`. Splitting the ClientHello into
 * TCP segments does not fool it; splitting it into TLS records does, as it never joins
 * a handshake message across records.
 */
export function recordCensor(forbidden: string): Censor {
  return (received) => tlsRecords(received).some((record) => isHelloFor(record.bytes, forbidden));
}

/**
 * Per-segment SNI DPI: looks at each TCP read on its own, as a box that inspects single
 * packets; within one it parses every record. Any split of the ClientHello into
 * segments fools it.
 */
export function segmentCensor(forbidden: string): Censor {
  return (_received, latest) => isHelloFor(latest, forbidden);
}

/**
 * Plain-HTTP Host filter: reads the first request's head and resets when its Host (any
 * case of the header name, port aside) is exactly `forbidden`, compared byte for byte
 * as naive filters do.
 */
export function hostCensor(forbidden: string): Censor {
  return (received) => {
    const head = received.toString('latin1');
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) return false;
    const host = /^host:[ \t]*(.*?)[ \t]*$/im.exec(head.slice(0, end))?.[1];
    return host?.replace(/:\d+$/, '') === forbidden;
  };
}

/** Lets everything through: the relay then only records what arrived. */
export const noCensor: Censor = () => false;

/** What one client connection sent. */
export interface Arrival {
  /** Every read of the client's bytes, in order: on loopback, one per TCP segment read on its own. */
  reads: Buffer[];
  /** The censor reset the connection. */
  reset: boolean;
}

export interface CensorRelay {
  /** Not yet listening: start it with listen.ts. */
  server: Server;
  /** One per client connection, in the order they came. */
  arrivals: Arrival[];
}

/** A relay to `originPort` on 127.0.0.1 that applies `censor` to what clients send. */
export function censorRelay(originPort: number, censor: Censor): CensorRelay {
  const arrivals: Arrival[] = [];
  const server = createServer((client) => {
    const arrival: Arrival = { reads: [], reset: false };
    arrivals.push(arrival);
    relay(client, connect(originPort, '127.0.0.1'), censor, arrival);
  });
  return { server, arrivals };
}

function relay(client: Socket, origin: Socket, censor: Censor, arrival: Arrival): void {
  // Either side hanging up mid-way is what these tests are about: not an error of the relay.
  client.on('error', () => origin.destroy());
  origin.on('error', () => client.destroy());
  client.on('close', () => origin.destroy());
  let received = Buffer.alloc(0);
  client.on('data', (chunk: Buffer) => {
    arrival.reads.push(chunk);
    received = Buffer.concat([received, chunk]);
    if (censor(received, chunk)) {
      arrival.reset = true;
      client.resetAndDestroy();
      return;
    }
    if (!origin.write(chunk)) client.pause();
  });
  origin.on('drain', () => client.resume());
  client.on('end', () => origin.end());
  origin.pipe(client);
}

/** A TLS record as it arrived: its header's content type, and its fragment. */
export interface ArrivedRecord {
  type: number;
  fragment: Buffer;
  /** The record with its header. */
  bytes: Buffer;
}

/** The complete TLS records at the start of `bytes`, in order; a trailing partial one is left out. */
export function tlsRecords(bytes: Buffer): ArrivedRecord[] {
  const records: ArrivedRecord[] = [];
  for (let at = 0; at + 5 <= bytes.length;) {
    const end = at + 5 + bytes.readUInt16BE(at + 3);
    if (end > bytes.length) break;
    records.push({ type: bytes[at]!, fragment: bytes.subarray(at + 5, end), bytes: bytes.subarray(at, end) });
    at = end;
  }
  return records;
}

/** `bytes` hold, by themselves, a complete ClientHello whose SNI is `name`. */
function isHelloFor(bytes: Uint8Array, name: string): boolean {
  const hello = parseClientHelloSni(bytes);
  return hello.complete && hello.sni === name;
}
