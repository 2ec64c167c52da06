import { isIPv6 } from 'node:net';
import type { Failure } from '../../shared/failure.ts';
import type { WireguardAttempt } from '../../shared/tools.ts';
import type { UdpChannel } from '../paths/dialer.ts';
import type { ProbeContext } from '../probes/probe-context.ts';
import { startUdpExchange } from '../probes/udp-exchange.ts';
import { roundMs, startDeadline, type Deadline } from '../deadline.ts';
import { failureFromError } from '../errors.ts';
import { createInitiation, readReply, type Initiation, type Initiator } from './handshake.ts';
import type { HandshakeClock } from './noise.ts';

/**
 * The WireGuard probe: one handshake with a server, through whatever channel the
 * route's dialer opens (a plain UDP socket directly, SOCKS5 UDP ASSOCIATE, or any
 * route that carries datagrams). It sends a real initiation and waits for a response
 * that verifies, retrying with a fresh initiation after 1, 2, 4… seconds, as a
 * WireGuard client retries (every 5 s, REKEY_TIMEOUT) but within the probe's deadline.
 * A cookie reply (the server is under load) is answered at once with mac2 set.
 */

export interface WireguardProbeInput {
  /** The server's IP address, resolved beforehand. */
  address: string;
  port: number;
  initiator: Initiator;
  /** Shared by every attempt of one run, so timestamps only ever go forward. */
  clock: HandshakeClock;
  /** The route's name for the result: `direct` or the user's name for it. */
  route: string;
}

const FIRST_RETRY_MS = 1000;

interface Exchange {
  initiationsSent: number;
  answer: WireguardAttempt['answer'];
  rttMs?: number;
  cookie: boolean;
  invalid?: 'mac1' | 'transcript';
  error?: unknown;
}

export async function probeWireguard(input: WireguardProbeInput, ctx: ProbeContext): Promise<WireguardAttempt> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const result = (exchange: Omit<Exchange, 'error'>, failure?: Failure): WireguardAttempt => ({
    route: input.route,
    startedAt: deadline.startedAt,
    durationMs: roundMs(deadline.elapsedMs()),
    address: input.address,
    port: input.port,
    initiationsSent: exchange.initiationsSent,
    answer: exchange.answer,
    ...(exchange.rttMs === undefined ? {} : { rttMs: roundMs(exchange.rttMs) }),
    cookie: exchange.cookie,
    ...(exchange.invalid === undefined ? {} : { invalid: exchange.invalid }),
    ...(failure === undefined ? {} : { failure }),
  });
  const nothing = { initiationsSent: 0, answer: 'none', cookie: false } as const;
  try {
    const opening = ctx.dialer.openUdp({ family: isIPv6(input.address) ? 6 : 4, signal: deadline.signal });
    if (opening === null) return result(nothing, { stage: 'udp', class: 'udp-unsupported', afterMs: 0 });
    let channel: UdpChannel;
    try {
      channel = await opening;
    } catch (error) {
      return result(nothing, failureFromError('udp', error, deadline));
    }
    let exchange: Exchange;
    try {
      exchange = await handshake(channel, input, deadline);
    } finally {
      await new Promise<void>((resolve) => channel.close(resolve));
    }
    const answered = exchange.answer === 'response' || exchange.answer === 'invalid-response';
    return result(exchange, answered ? undefined : failureFromError('udp', exchange.error, deadline));
  } finally {
    deadline.dispose();
  }
}

/** Sends initiations until a response, a socket error or the deadline. */
function handshake(channel: UdpChannel, input: WireguardProbeInput, deadline: Deadline): Promise<Exchange> {
  return new Promise((resolve) => {
    const sent: { initiation: Initiation; atMs: number }[] = [];
    let cookie: Uint8Array | undefined;
    let retryMs = FIRST_RETRY_MS;
    let timer: NodeJS.Timeout | undefined;
    let settled = false;

    const finish = (outcome: Omit<Exchange, 'initiationsSent' | 'cookie'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      detach();
      resolve({ initiationsSent: sent.length, cookie: cookie !== undefined, ...outcome });
    };
    const send = (): void => {
      const initiation = createInitiation(input.initiator, {
        timestamp: input.clock.next(),
        ...(cookie === undefined ? {} : { cookie }),
      });
      sent.push({ initiation, atMs: deadline.elapsedMs() });
      channel.send(initiation.bytes, (error) => {
        if (error) finish({ answer: 'none', error });
      });
    };
    const sendAndRetry = (): void => {
      send();
      timer = setTimeout(sendAndRetry, retryMs);
      retryMs *= 2;
    };
    const rttOf = (initiation: Initiation): number =>
      deadline.elapsedMs() - (sent.find((s) => s.initiation === initiation)?.atMs ?? 0);
    const onMessage = (datagram: Buffer): void => {
      const reply = readReply(
        input.initiator,
        sent.map((s) => s.initiation),
        datagram,
      );
      switch (reply.kind) {
        case 'response':
          finish({ answer: 'response', rttMs: rttOf(reply.initiation) });
          return;
        case 'invalid-response':
          finish({ answer: 'invalid-response', rttMs: rttOf(reply.initiation), invalid: reply.why });
          return;
        case 'cookie':
          // Whitepaper §5.4.7: resend at once with mac2 keyed by the cookie, from this same
          // socket (the cookie is bound to the source address and port the server saw).
          if (cookie === undefined) {
            cookie = reply.cookie;
            send();
          }
          return;
        case 'invalid-cookie':
        case 'unrelated':
          return;
      }
    };
    const onEnd = (error: unknown): void => finish({ answer: cookie === undefined ? 'none' : 'cookie-only', error });
    const detach = startUdpExchange(channel, { host: input.address, port: input.port }, deadline, {
      onMessage,
      onEnd,
      onConnected: sendAndRetry,
    });
  });
}
