import { randomBytes } from 'node:crypto';
import { createSocket } from 'node:dgram';
import { EventEmitter, once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import * as dnsPacket from 'dns-packet';
import { listen } from './listen.ts';

/**
 * A real DNS server for the wire and DoH probes' lab tests, on 127.0.0.1 port 0 over
 * UDP and TCP (RFC 1035 §4.2, with the 2-byte length prefix on TCP). What it answers
 * depends on the first label of the name asked, `<behaviour>.detour.test`: see
 * BEHAVIOURS. The same replies serve the DoH server (doh-server.ts).
 */

/** Where the lab zone lives; `.test` is reserved for testing (RFC 6761 §6.2). */
export const LAB_ZONE = 'detour.test';

/** The honest addresses; public-looking on purpose, they are only data and never contacted. */
export const HONEST = { A: '93.184.215.14', AAAA: '2606:2800:21f:cb07:6820:80da:af6b:8b2c' } as const;
export const FORGED = { A: '198.41.0.99', AAAA: '2001:4860:4860::6464' } as const;
export const LOOPBACK = { A: '127.0.0.1', AAAA: '::1' } as const;
export const BOGON = { A: '10.10.34.35', AAAA: 'fd00::34:35' } as const;
/** How long after its forged answer the `injected` behaviour sends the real one. */
export const INJECTED_REAL_AFTER_MS = 50;

export const BEHAVIOURS = [
  'honest', // the honest addresses
  'nxdomain', // rcode NXDOMAIN
  'servfail', // rcode SERVFAIL
  'refused', // rcode REFUSED
  'no-data', // NOERROR without records
  'forged', // a wrong public address
  'bogon', // a private address
  'silent', // never answers
  'injected', // a forged answer at once, the real one INJECTED_REAL_AFTER_MS later (an on-path injector)
  'garbage', // random bytes only
  'noisy', // random bytes, a wrong id and a wrong question, then the honest answer
  'short-length', // on TCP a length prefix too short for any DNS message; over UDP a 3-byte datagram
  'hang-up', // on TCP closes the connection without answering; over UDP as silent
  'case-normalising', // the honest answer with the question lowercased, as many injectors do
  'loopback', // 127.0.0.1 and ::1: a name the tests may really connect to
] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export function labName(behaviour: Behaviour): string {
  return `${behaviour}.${LAB_ZONE}`;
}

/** A message to send, after a delay; `hang-up` ends a TCP connection instead. */
export type Reply = { afterMs: number; bytes: Buffer } | 'hang-up';

/** The replies a query gets: none for a silent name or a query that cannot be parsed. */
export function planReplies(query: Buffer): Reply[] {
  let packet: dnsPacket.DecodedPacket;
  try {
    packet = dnsPacket.decode(query);
  } catch {
    return [];
  }
  const question = packet.questions?.[0];
  if (question === undefined || packet.flag_qr) return [];
  const behaviour = behaviourOf(question.name);
  const id = packet.id ?? 0;
  const now = (bytes: Buffer): Reply => ({ afterMs: 0, bytes });
  const addressOf = (table: Record<'A' | 'AAAA', string>): string[] =>
    question.type === 'A' || question.type === 'AAAA' ? [table[question.type]] : [];
  switch (behaviour) {
    case 'silent':
      return [];
    case 'hang-up':
      return ['hang-up'];
    case 'garbage':
      return [now(randomBytes(40))];
    case 'short-length':
      return [now(randomBytes(3))];
    case 'nxdomain':
      return [now(response(id, question, [], 3))];
    case 'servfail':
      return [now(response(id, question, [], 2))];
    case 'refused':
      return [now(response(id, question, [], 5))];
    case 'no-data':
      return [now(response(id, question, []))];
    case 'forged':
      return [now(response(id, question, addressOf(FORGED)))];
    case 'bogon':
      return [now(response(id, question, addressOf(BOGON)))];
    case 'injected':
      return [
        now(response(id, question, addressOf(FORGED))),
        { afterMs: INJECTED_REAL_AFTER_MS, bytes: response(id, question, addressOf(HONEST)) },
      ];
    case 'noisy':
      return [
        now(randomBytes(40)),
        now(response((id + 1) % 0x10000, question, addressOf(FORGED))),
        now(response(id, { ...question, name: `other.${LAB_ZONE}` }, addressOf(FORGED))),
        now(response(id, question, addressOf(HONEST))),
      ];
    case 'case-normalising':
      return [now(response(id, { ...question, name: question.name.toLowerCase() }, addressOf(HONEST)))];
    case 'loopback':
      return [now(response(id, question, addressOf(LOOPBACK)))];
    case 'honest':
    case undefined:
      return [now(response(id, question, addressOf(HONEST)))];
  }
}

function behaviourOf(name: string): Behaviour | undefined {
  const label = name.toLowerCase().split('.')[0];
  return BEHAVIOURS.find((behaviour) => behaviour === label);
}

/** A response echoing `question` with A/AAAA records for `addresses` and the given rcode. */
function response(id: number, question: dnsPacket.Question, addresses: string[], rcode = 0): Buffer {
  const answers = addresses.map((data): dnsPacket.Answer => {
    const type = data.includes(':') ? 'AAAA' : 'A';
    return { type, name: question.name, ttl: 300, class: 'IN', data };
  });
  return dnsPacket.encode({
    type: 'response',
    id,
    flags: dnsPacket.RECURSION_DESIRED | dnsPacket.RECURSION_AVAILABLE | rcode,
    questions: [question],
    answers,
  });
}

export interface DnsServer {
  host: string;
  port: number;
  /** Queries received so far, over both transports. */
  queries(): number;
  /** Resolves once at least `count` queries have arrived. */
  queriesAtLeast(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the server on one port number for both UDP and TCP (RFC 7766 §5: the same port). */
export async function startDnsServer(): Promise<DnsServer> {
  const timers = new Set<NodeJS.Timeout>();
  const later = (afterMs: number, action: () => void): void => {
    if (afterMs === 0) return action();
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, afterMs);
    timers.add(timer);
  };
  let queries = 0;
  const arrivals = new EventEmitter();
  const received = (): void => {
    queries += 1;
    arrivals.emit('query');
  };

  const tcp = createServer((connection) => serveTcp(connection, later, received));
  const tcpListening = await listen(tcp);
  const udp = createSocket('udp4');
  udp.on('message', (query, peer) => {
    received();
    for (const reply of planReplies(query)) {
      if (reply !== 'hang-up') later(reply.afterMs, () => udp.send(reply.bytes, peer.port, peer.address));
    }
  });
  // The probe's socket may be closed by the time a late reply goes out; a server shrugs that off.
  udp.on('error', () => undefined);
  udp.bind(tcpListening.port, '127.0.0.1');
  await once(udp, 'listening');

  return {
    host: '127.0.0.1',
    port: tcpListening.port,
    queries: () => queries,
    queriesAtLeast: async (count) => {
      while (queries < count) await once(arrivals, 'query');
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([tcpListening.close(), new Promise<void>((resolve) => udp.close(resolve))]);
    },
  };
}

/**
 * Reads length-prefixed queries from one connection. Each reply is written in three
 * pieces a few milliseconds apart, so clients must reassemble a message from chunks.
 */
function serveTcp(connection: Socket, later: (afterMs: number, action: () => void) => void, received: () => void) {
  connection.setNoDelay(true);
  connection.on('error', () => undefined);
  let buffered = Buffer.alloc(0);
  connection.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 2) {
      const length = buffered.readUInt16BE(0);
      if (buffered.length < 2 + length) return;
      const query = buffered.subarray(2, 2 + length);
      buffered = buffered.subarray(2 + length);
      received();
      for (const reply of planReplies(query)) {
        if (reply === 'hang-up') connection.end();
        else later(reply.afterMs, () => writeInPieces(connection, reply.bytes, later));
      }
    }
  });
}

function writeInPieces(connection: Socket, message: Buffer, later: (afterMs: number, action: () => void) => void) {
  const framed = Buffer.concat([Buffer.from([message.length >> 8, message.length & 0xff]), message]);
  const pieces = [framed.subarray(0, 1), framed.subarray(1, 7), framed.subarray(7)];
  pieces.forEach((piece, index) =>
    later(index * 5, () => {
      if (connection.writable) connection.write(piece);
    }),
  );
}
