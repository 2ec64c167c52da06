import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import { EventEmitter, once } from 'node:events';
import { createRequire } from 'node:module';

/**
 * UDP servers for the STUN probe's lab tests, on loopback port 0: a real STUN
 * server (@msimerson/stun, RFC 8489) that can be told to drop the first requests or
 * precede its answer with junk, a silent socket, a junk-only responder, and a port
 * known to be closed. The STUN server also runs in the censorship lab's world, on the
 * address and port it is given there.
 */

/** The part of @msimerson/stun these tests use (it ships no type declarations). */
interface StunLibrary {
  createServer(options: { type: 'udp4' | 'udp6'; socket: Socket }): StunLibraryServer;
  createMessage(type: number, transactionId: Buffer): StunLibraryMessage;
  constants: {
    STUN_BINDING_RESPONSE: number;
    STUN_BINDING_ERROR_RESPONSE: number;
    STUN_EVENT_BINDING_REQUEST: string;
  };
}
interface StunLibraryServer {
  on(event: string, listener: (request: { transactionId: Buffer }, rinfo: RemoteInfo) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  close(): void;
}
interface StunLibraryMessage {
  addXorAddress(address: string, port: number): void;
  addError(code: number, reason: string): void;
  addFingerprint(): void;
  toBuffer(): Buffer;
}
const stun = createRequire(import.meta.url)('@msimerson/stun') as StunLibrary;

export interface UdpServer {
  address: string;
  port: number;
  /** Datagrams received so far. */
  received(): number;
  /** Resolves once at least `count` datagrams have arrived. */
  receivedAtLeast(count: number): Promise<void>;
  close(): Promise<void>;
}

export interface StunServerOptions {
  family?: 4 | 6;
  /** Receive and drop this many Binding Requests before answering (proves retransmission). */
  dropFirst?: number;
  /** Before each answer, send datagrams that look like STUN but must be ignored. */
  junkBeforeAnswer?: boolean;
  /** Answer with a Binding Error Response of this code instead of a success. */
  errorCode?: number;
  /** Where to listen: loopback by default (the censorship lab's world uses its STUN address). */
  address?: string;
  /** A free port by default. */
  port?: number;
}

/** A real STUN server answering Binding Requests with XOR-MAPPED-ADDRESS and FINGERPRINT. */
export async function startStunServer(options: StunServerOptions = {}): Promise<UdpServer> {
  const family = options.family ?? 4;
  const socket = createSocket(family === 6 ? 'udp6' : 'udp4');
  const server = stun.createServer({ type: family === 6 ? 'udp6' : 'udp4', socket });
  // The library emits 'error' for datagrams it cannot decode; a server shrugs those off.
  server.on('error', () => {});
  let requests = 0;
  server.on(stun.constants.STUN_EVENT_BINDING_REQUEST, (request, rinfo) => {
    requests += 1;
    if (requests <= (options.dropFirst ?? 0)) return;
    const answer =
      options.errorCode === undefined
        ? successResponse(request.transactionId, rinfo)
        : errorResponse(request.transactionId, options.errorCode);
    const datagrams = options.junkBeforeAnswer === true ? [...junkLike(answer), answer] : [answer];
    for (const datagram of datagrams) socket.send(datagram, rinfo.port, rinfo.address);
  });
  return listen(socket, family, () => server.close(), options);
}

/** Receives everything and never answers: a firewall that drops the replies, or a dead server. */
export async function startSilentUdpServer(): Promise<UdpServer> {
  return listen(createSocket('udp4'), 4);
}

/** Answers every datagram with junk only: look-alike STUN that must be ignored, and random bytes. */
export async function startJunkResponder(): Promise<UdpServer> {
  const socket = createSocket('udp4');
  socket.on('message', (datagram, rinfo) => {
    const transactionId = datagram.length >= 20 ? datagram.subarray(8, 20) : Buffer.alloc(12);
    for (const junk of junkLike(successResponse(transactionId, rinfo))) socket.send(junk, rinfo.port, rinfo.address);
  });
  return listen(socket, 4);
}

/** A loopback UDP port with nothing bound to it: the kernel answers with ICMP port unreachable. */
export async function closedUdpPort(): Promise<number> {
  const socket = createSocket('udp4');
  socket.bind(0, '127.0.0.1');
  await once(socket, 'listening');
  const { port } = socket.address();
  await new Promise<void>((resolve) => socket.close(resolve));
  return port;
}

function successResponse(transactionId: Buffer, rinfo: RemoteInfo): Buffer {
  const message = stun.createMessage(stun.constants.STUN_BINDING_RESPONSE, transactionId);
  message.addXorAddress(rinfo.address, rinfo.port);
  message.addFingerprint();
  return message.toBuffer();
}

function errorResponse(transactionId: Buffer, code: number): Buffer {
  const message = stun.createMessage(stun.constants.STUN_BINDING_ERROR_RESPONSE, transactionId);
  message.addError(code, 'Lab error');
  return message.toBuffer();
}

/** Corruptions of a genuine answer that a client must reject, plus bytes that are not STUN at all. */
function junkLike(answer: Buffer): Buffer[] {
  const flip = (offset: number): Buffer => {
    const copy = Buffer.from(answer);
    copy[offset] = (copy[offset] ?? 0) ^ 0xff;
    return copy;
  };
  return [
    flip(4), // magic cookie
    flip(19), // transaction id
    flip(answer.length - 1), // FINGERPRINT
    answer.subarray(0, answer.length - 4), // truncated
    Buffer.from('not a STUN message at all, just bytes'),
  ];
}

async function listen(
  socket: Socket,
  family: 4 | 6,
  beforeClose?: () => void,
  at: { address?: string; port?: number } = {},
): Promise<UdpServer> {
  let received = 0;
  const arrivals = new EventEmitter();
  socket.on('message', () => {
    received += 1;
    arrivals.emit('datagram');
  });
  const address = at.address ?? (family === 6 ? '::1' : '127.0.0.1');
  socket.bind(at.port ?? 0, address);
  await once(socket, 'listening');
  const { port } = socket.address();
  return {
    address,
    port,
    received: () => received,
    receivedAtLeast: async (count) => {
      while (received < count) await once(arrivals, 'datagram');
    },
    close: async () => {
      beforeClose?.();
      await new Promise<void>((resolve) => socket.close(resolve));
    },
  };
}
