import { isIPv6 } from 'node:net';
import type { Failure } from '../../shared/failure.ts';
import type { ProbeResult } from '../../shared/observation.ts';
import type { UdpChannel } from '../paths/dialer.ts';
import type { ProbeContext } from './probe-context.ts';
import type { BindingResponse, MappedAddress } from './stun-message.ts';
import { roundMs, startDeadline, type Deadline } from '../deadline.ts';
import { failureFromError } from '../errors.ts';
import { startUdpExchange } from './udp-exchange.ts';
import { decodeBindingResponse, encodeBindingRequest, newTransactionId } from './stun-message.ts';

/**
 * The STUN probe: can this path carry a voice or video call's UDP? It sends a Binding
 * Request (RFC 8489 §6.2.1 retransmissions) and reads the address the server saw.
 *
 * The socket is connect()ed to the server so the kernel reports ICMP port unreachable
 * as ECONNREFUSED: a `refused` (closed port, or an injected ICMP) then reads
 * differently from a `timeout` (a firewall dropping the datagrams silently). Connecting
 * also makes the kernel drop datagrams from any other source.
 */

export interface StunProbeInput {
  /** `host:port` as the user gave it, kept for the report. */
  server: string;
  /** The server's IP address, as resolved beforehand. */
  address: string;
  port: number;
}

/** RFC 8489 §6.2.1: the initial RTO SHOULD be at least 500 ms, doubling after each retransmission. */
const INITIAL_RTO_MS = 500;
/** RFC 8489 §6.2.1: Rc, the default count of requests in one transaction. */
const MAX_REQUESTS = 7;

interface Transaction {
  requestsSent: number;
  /** Set when a response to our transaction arrived. */
  answer?: { response: BindingResponse; rttMs: number };
  /** Set when the socket failed or the deadline fired first. */
  error?: unknown;
}

export async function probeStun(input: StunProbeInput, ctx: ProbeContext): Promise<ProbeResult<'stun'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const result = (transaction: Transaction, failure?: Failure): ProbeResult<'stun'> => {
    const answer = transaction.answer;
    const mappedAddress: MappedAddress | undefined =
      answer?.response.kind === 'success' ? answer.response.mappedAddress : undefined;
    return {
      probe: 'stun',
      startedAt: deadline.startedAt,
      durationMs: roundMs(deadline.elapsedMs()),
      server: input.server,
      address: input.address,
      port: input.port,
      requestsSent: transaction.requestsSent,
      ...(answer === undefined ? {} : { rttMs: roundMs(answer.rttMs) }),
      ...(mappedAddress === undefined ? {} : { mappedAddress }),
      ...(failure === undefined ? {} : { failure }),
    };
  };

  try {
    const opening = ctx.dialer.openUdp({ family: isIPv6(input.address) ? 6 : 4, signal: deadline.signal });
    if (opening === null) {
      const failure: Failure = { stage: 'udp', class: 'udp-unsupported', afterMs: 0 };
      return result({ requestsSent: 0 }, failure);
    }
    let socket: UdpChannel;
    try {
      socket = await opening;
    } catch (error) {
      return result({ requestsSent: 0 }, failureFromError('udp', error, deadline));
    }
    let transaction: Transaction;
    try {
      transaction = await transact(socket, input, deadline);
    } finally {
      // Awaiting 'close' means the socket is closed by the time the probe returns.
      await new Promise<void>((resolve) => socket.close(resolve));
    }
    return result(transaction, transactionFailure(transaction, deadline));
  } finally {
    deadline.dispose();
  }
}

function transactionFailure(transaction: Transaction, deadline: Deadline): Failure | undefined {
  const response = transaction.answer?.response;
  if (response === undefined) return failureFromError('udp', transaction.error, deadline);
  if (response.kind === 'success') return undefined;
  // The server answered, so UDP got through; the detail keeps its STUN error code.
  const afterMs = roundMs(deadline.elapsedMs());
  return { stage: 'udp', class: 'unknown', detail: `stun-error-${response.code}`, afterMs };
}

/**
 * Runs one STUN transaction on `socket` until a response to it, a socket error, or the
 * deadline. Datagrams that are not a response to our transaction id are ignored.
 *
 * `rttMs` is measured from the latest send before the answer: retransmissions reuse
 * the transaction id, so which one was answered is ambiguous (Karn's problem,
 * RFC 6298 §3); the latest is the right guess unless the RTT exceeds the RTO.
 * `durationMs` of the result still shows the full wait from the first send.
 */
function transact(socket: UdpChannel, target: StunProbeInput, deadline: Deadline): Promise<Transaction> {
  return new Promise((resolve) => {
    const transactionId = newTransactionId();
    const request = encodeBindingRequest(transactionId);
    let requestsSent = 0;
    let lastSentAtMs = 0;
    let rtoMs = INITIAL_RTO_MS;
    let retransmit: NodeJS.Timeout | undefined;
    let settled = false;

    const finish = (outcome: Omit<Transaction, 'requestsSent'>): void => {
      if (settled) return;
      settled = true;
      clearTimeout(retransmit);
      detach();
      resolve({ requestsSent, ...outcome });
    };
    const send = (): void => {
      requestsSent += 1;
      lastSentAtMs = deadline.elapsedMs();
      socket.send(request, (error) => {
        if (error) finish({ error });
      });
      if (requestsSent < MAX_REQUESTS) {
        retransmit = setTimeout(send, rtoMs);
        rtoMs *= 2;
      }
    };
    const onMessage = (datagram: Buffer): void => {
      const decoded = decodeBindingResponse(datagram, transactionId);
      if (decoded.ok) finish({ answer: { response: decoded.value, rttMs: deadline.elapsedMs() - lastSentAtMs } });
    };
    const detach = startUdpExchange(socket, { host: target.address, port: target.port }, deadline, {
      onMessage,
      onEnd: (error) => finish({ error }),
      onConnected: send,
    });
  });
}
