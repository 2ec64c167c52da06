import type { Socket } from 'node:net';
import type { DnsAnswer, ProbeResult } from '../../shared/observation.ts';
import type { Failure, Stage } from '../../shared/failure.ts';
import type { UdpChannel } from '../paths/dialer.ts';
import type { ProbeContext } from './probe-context.ts';
import type { DnsQuery, QueryType } from './dns-message.ts';
import { ipFamily } from '../../shared/bogon.ts';
import { abortError, roundMs, startDeadline, type Deadline } from '../deadline.ts';
import { failureFromError } from '../errors.ts';
import { startUdpExchange } from './udp-exchange.ts';
import { answerFailureClass, encodeQuery, randomiseCase, randomQueryId, readResponse } from './dns-message.ts';

/**
 * Asks one resolver directly over UDP or TCP (RFC 1035 §4.2), bypassing the system
 * resolver, and keeps what a censor's tampering leaves behind: the first answer and any
 * later ones to the same query (on-path injectors race the real resolver, so over UDP
 * the first answer is often the forged one and the real one follows), and whether the
 * question came back with its letter case changed (the 0x20 check).
 */

export interface WireDnsQuery {
  name: string;
  qtype: QueryType;
  /** The resolver's IP address and port. */
  resolver: { host: string; port: number };
  transport: 'udp' | 'tcp';
  /** How long to keep listening for further UDP answers after the first one. */
  laterAnswerWindowMs?: number;
}

const DEFAULT_LATER_ANSWER_WINDOW_MS = 500;
/** Retransmit after 1 s without an answer, doubling (RFC 1536 §1: back off, do not hammer). */
const FIRST_RETRANSMIT_MS = 1000;
/** The smallest DNS message is its 12-byte header (RFC 1035 §4.1.1). */
const HEADER_BYTES = 12;

interface Exchange {
  answer?: DnsAnswer;
  laterAnswers: DnsAnswer[];
  caseMismatch: boolean;
  /** Why there is no answer; set exactly when `answer` is not. */
  failure?: Failure;
}

export async function probeWireDns(
  query: WireDnsQuery,
  ctx: ProbeContext,
): Promise<ProbeResult<'dns-udp' | 'dns-tcp'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const dnsQuery: DnsQuery = { id: randomQueryId(), name: randomiseCase(query.name), qtype: query.qtype };
  const { host, port } = query.resolver;
  const result = (exchange: Exchange): ProbeResult<'dns-udp' | 'dns-tcp'> => {
    const failure = exchange.answer === undefined ? exchange.failure : answerFailure(exchange.answer, query, deadline);
    return {
      probe: query.transport === 'udp' ? 'dns-udp' : 'dns-tcp',
      startedAt: deadline.startedAt,
      durationMs: roundMs(deadline.elapsedMs()),
      resolver: ipFamily(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`,
      name: query.name,
      qtype: query.qtype,
      queryName: dnsQuery.name,
      ...(exchange.answer === undefined ? {} : { answer: exchange.answer }),
      laterAnswers: exchange.laterAnswers,
      caseMismatch: exchange.caseMismatch,
      ...(failure === undefined ? {} : { failure }),
    };
  };

  try {
    if (query.transport === 'tcp') return result(await exchangeOverTcp(ctx, query, dnsQuery, deadline));
    const opening = ctx.dialer.openUdp({ family: ipFamily(host) === 6 ? 6 : 4, signal: deadline.signal });
    if (opening === null) {
      // The same wording as the STUN probe: the route cannot carry UDP at all.
      return result(failed({ stage: 'dns', class: 'udp-unsupported', afterMs: 0 }));
    }
    let socket: UdpChannel;
    try {
      socket = await opening;
    } catch (error) {
      return result(failed(failureFromError('dns', error, deadline)));
    }
    try {
      const windowMs = query.laterAnswerWindowMs ?? DEFAULT_LATER_ANSWER_WINDOW_MS;
      return result(await exchangeOverUdp(socket, query.resolver, dnsQuery, windowMs, deadline));
    } finally {
      // Awaiting 'close' means the socket is closed by the time the probe returns.
      await new Promise<void>((resolve) => socket.close(resolve));
    }
  } finally {
    deadline.dispose();
  }
}

/** The failure an answer's rcode or content means; the run's cancellation still wins. */
function answerFailure(answer: DnsAnswer, query: WireDnsQuery, deadline: Deadline): Failure | undefined {
  if (deadline.expiredBy() === 'cancelled') return failureFromError('dns', undefined, deadline);
  const failureClass = answerFailureClass(answer, query.qtype);
  if (failureClass === undefined) return undefined;
  return {
    stage: 'dns',
    class: failureClass,
    ...(failureClass === 'unknown' ? { detail: answer.rcode } : {}),
    afterMs: answer.afterMs,
  };
}

function failed(failure: Failure): Exchange {
  return { laterAnswers: [], caseMismatch: false, failure };
}

/**
 * Why nothing usable came: the error or deadline, unless messages did arrive and none
 * was the answer (garbage, a wrong id): a resolver that only talks nonsense is
 * malformed, not silent. Cancellation is reported as such whatever arrived.
 */
function noAnswer(stage: Stage, error: unknown, rejection: string | undefined, deadline: Deadline): Failure {
  const failure = failureFromError(stage, error, deadline);
  if (rejection === undefined || failure.class === 'cancelled') return failure;
  return { stage: 'dns', class: 'dns-malformed', detail: rejection, afterMs: failure.afterMs ?? 0 };
}

/** One UDP exchange: retransmitted until an answer, then listening `windowMs` for later ones. */
function exchangeOverUdp(
  socket: UdpChannel,
  resolver: WireDnsQuery['resolver'],
  query: DnsQuery,
  windowMs: number,
  deadline: Deadline,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const message = encodeQuery(query);
    const exchange: Exchange = { laterAnswers: [], caseMismatch: false };
    let rejection: string | undefined;
    let firstSentAtMs = 0;
    let retransmitMs = FIRST_RETRANSMIT_MS;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;

    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      detach();
      if (exchange.answer === undefined) exchange.failure = noAnswer('dns', error, rejection, deadline);
      resolve(exchange);
    };
    const send = (): void => {
      socket.send(message, (error) => {
        if (error) finish(error);
      });
      timer = setTimeout(send, retransmitMs);
      retransmitMs *= 2;
    };
    const onMessage = (datagram: Buffer): void => {
      const read = readResponse(datagram, query);
      if (!read.ok) {
        rejection = read.rejection;
        return;
      }
      const answer: DnsAnswer = { afterMs: roundMs(deadline.elapsedMs() - firstSentAtMs), ...read.answer };
      exchange.caseMismatch ||= read.caseMismatch;
      if (exchange.answer !== undefined) {
        exchange.laterAnswers.push(answer);
        return;
      }
      exchange.answer = answer;
      clearTimeout(timer);
      timer = setTimeout(finish, windowMs);
    };
    // A timeout inside the listening window simply ends it; the answer stands.
    const detach = startUdpExchange(socket, resolver, deadline, {
      onMessage,
      onEnd: finish,
      onConnected: () => {
        firstSentAtMs = deadline.elapsedMs();
        send();
      },
    });
  });
}

/**
 * One TCP exchange (RFC 1035 §4.2.2, RFC 7766): a 2-byte length prefix on each message,
 * which may arrive in any number of chunks. Only one message can be the answer here:
 * a forged answer on TCP takes the real one's place in the stream rather than racing it.
 */
async function exchangeOverTcp(
  ctx: ProbeContext,
  { resolver }: WireDnsQuery,
  query: DnsQuery,
  deadline: Deadline,
): Promise<Exchange> {
  let socket: Socket;
  try {
    socket = await ctx.dialer.dialTcp({ host: resolver.host, port: resolver.port, signal: deadline.signal });
  } catch (error) {
    // Reaching the resolver failed before any DNS was spoken: a TCP-stage failure.
    return failed(failureFromError('tcp', error, deadline));
  }
  // Watched from the start, so the probe can wait for it whenever the socket ends.
  const closed = new Promise((resolve) => socket.once('close', resolve));
  try {
    return await readTcpAnswer(socket, query, deadline);
  } finally {
    socket.destroy();
    await closed;
  }
}

function readTcpAnswer(socket: Socket, query: DnsQuery, deadline: Deadline): Promise<Exchange> {
  return new Promise((resolve) => {
    const sentAtMs = deadline.elapsedMs();
    let received = Buffer.alloc(0);
    let settled = false;
    const finish = (outcome: { answer: DnsAnswer; caseMismatch: boolean } | { failure: Failure }): void => {
      if (settled) return;
      settled = true;
      deadline.signal.removeEventListener('abort', onAbort);
      socket.off('data', onData);
      socket.off('end', onEnd);
      resolve({ laterAnswers: [], caseMismatch: false, ...outcome });
    };
    const malformed = (detail: string): void =>
      finish({ failure: { stage: 'dns', class: 'dns-malformed', detail, afterMs: roundMs(deadline.elapsedMs()) } });
    const onData = (chunk: Buffer): void => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 2) return;
      const length = received.readUInt16BE(0);
      if (length < HEADER_BYTES) return malformed(`length-prefix-${length}`);
      if (received.length < 2 + length) return;
      const read = readResponse(received.subarray(2, 2 + length), query);
      if (!read.ok) return malformed(read.rejection);
      const answer: DnsAnswer = { afterMs: roundMs(deadline.elapsedMs() - sentAtMs), ...read.answer };
      finish({ answer, caseMismatch: read.caseMismatch });
    };
    // A FIN before the whole message: with nothing received the resolver hung up (eof);
    // with part of a message, what it sent was not a DNS message.
    const onEnd = (): void => {
      if (received.length > 0) return malformed(`truncated-at-${received.length}-bytes`);
      finish({ failure: { stage: 'dns', class: 'eof', afterMs: roundMs(deadline.elapsedMs()) } });
    };
    const onAbort = (): void => finish({ failure: failureFromError('dns', abortError(deadline.signal), deadline) });

    if (deadline.signal.aborted) return onAbort();
    deadline.signal.addEventListener('abort', onAbort, { once: true });
    socket.on('data', onData);
    socket.once('end', onEnd);
    // Stays attached: the socket is destroyed after the exchange and must not raise an unhandled 'error'.
    socket.on('error', (error) => finish({ failure: failureFromError('dns', error, deadline) }));
    const message = encodeQuery(query);
    socket.write(Buffer.concat([Buffer.from([message.length >> 8, message.length & 0xff]), message]));
  });
}
