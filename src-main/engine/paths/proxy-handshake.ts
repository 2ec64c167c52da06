import type { Socket } from 'node:net';
import { abortError } from '../deadline.ts';
import { ProxyError, type ProxyErrorCode } from './proxy-error.ts';

/**
 * What the proxy handshakes (SOCKS4/4A, SOCKS5, HTTP CONNECT) share: a reader for the
 * proxy's answers, and the errors for what a proxy reports about the target.
 */

/**
 * One protocol's handshake over a connection to the proxy: resolves once the proxy
 * reports the tunnel open, rejects with a ProxyError for a broken route or an error
 * with a Node code for a failure of the target. It is prepared before connecting, so
 * a target the protocol cannot carry is refused without any traffic.
 */
export type Handshake = (socket: Socket, reader: HandshakeReader) => Promise<void>;

export interface Credentials {
  username: string;
  password: string;
}

/**
 * Reads a proxy's answers from the socket to the proxy. It reads in paused mode
 * ('readable' and read()), takes exactly the bytes of each answer and leaves whatever
 * follows in the socket's buffer: once the tunnel is open the next bytes belong to the
 * target, and the probe (a TLS client wrapping the socket, or undici) must find them
 * there. One answer is awaited at a time.
 */
export interface HandshakeReader {
  /** Exactly `length` bytes. */
  bytes(length: number): Promise<Buffer>;
  /**
   * The bytes up to and including `delimiter`; more than `limit` bytes without it is a
   * protocol error (a proxy must not make us buffer without bound). `check` sees the
   * bytes so far each time more arrive and may fail the read at once: garbage is told
   * apart from a slow answer without waiting for the deadline.
   */
  through(delimiter: string, limit: number, check?: (soFar: Buffer) => Error | undefined): Promise<Buffer>;
  /** Removes every listener the reader added, leaving the socket as it found it. */
  release(): void;
}

/** The Node codes of the target's failures that a proxy can report. */
export type TargetFailureCode = 'ECONNREFUSED' | 'EHOSTUNREACH' | 'ENETUNREACH' | 'ETIMEDOUT';

/**
 * The error for a proxy's negative answer: a ProxyError when the route failed, and for
 * a failure of the target (refused, unreachable, timed out) a plain error with the Node
 * code a direct connection would have met, so that errors.ts blames the target.
 */
export function answerError(code: ProxyErrorCode | TargetFailureCode, message: string): Error {
  return isProxyCode(code) ? new ProxyError(code, message) : Object.assign(new Error(message), { code });
}

function isProxyCode(code: string): code is ProxyErrorCode {
  return code.startsWith('DETOUR_PROXY_');
}

/** What a pending read does each time bytes arrive: its answer, why it failed, or undefined to wait for more. */
type Take = () => Buffer | Error | undefined;

/**
 * Starts reading `socket`. A proxy closing or resetting the connection mid-handshake
 * is a ProxyError (DETOUR_PROXY_PROTOCOL); `signal` firing rejects with its AbortError.
 * `proxyLabel` names the proxy in messages (never with its credentials).
 */
export function handshakeReader(socket: Socket, signal: AbortSignal, proxyLabel: string): HandshakeReader {
  let waiting: { take: Take; resolve: (bytes: Buffer) => void; reject: (error: Error) => void } | undefined;
  let failure: Error | undefined;
  // Bytes `through` has read without finding its delimiter yet.
  let held = Buffer.alloc(0);

  const fail = (error: Error): void => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = undefined;
  };
  /** Runs the pending read's `take`, and settles the read once it has its answer or failed. */
  const attempt = (): void => {
    if (waiting === undefined) return;
    const { take, resolve } = waiting;
    const outcome = take();
    if (outcome instanceof Error) {
      fail(outcome);
    } else if (outcome !== undefined) {
      waiting = undefined;
      resolve(outcome);
    }
  };
  const onEnd = (): void =>
    fail(new ProxyError('DETOUR_PROXY_PROTOCOL', `${proxyLabel} closed the connection mid-handshake`));
  const onError = (error: Error): void =>
    fail(new ProxyError('DETOUR_PROXY_PROTOCOL', `${proxyLabel} broke the connection mid-handshake`, { cause: error }));
  const onAbort = (): void => fail(abortError(signal));

  socket.on('readable', attempt);
  socket.once('end', onEnd);
  socket.once('close', onEnd);
  socket.once('error', onError);
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) onAbort();

  const read = (take: Take): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      if (failure !== undefined) {
        reject(failure);
        return;
      }
      waiting = { take, resolve, reject };
      attempt();
    });

  const bytes = (length: number): Promise<Buffer> =>
    read(() => {
      // An ended stream hands over a short remainder; its 'end' follows and fails the read.
      const chunk = socket.read(length) as Buffer | null;
      return chunk !== null && chunk.length === length ? chunk : undefined;
    });

  const through = (delimiter: string, limit: number, check?: (soFar: Buffer) => Error | undefined): Promise<Buffer> =>
    read(() => {
      for (let chunk = socket.read() as Buffer | null; chunk !== null; chunk = socket.read() as Buffer | null) {
        held = Buffer.concat([held, chunk]);
      }
      const refused = check?.(held);
      if (refused !== undefined) return refused;
      const end = held.indexOf(delimiter);
      if (end === -1) {
        return held.length > limit
          ? new ProxyError('DETOUR_PROXY_PROTOCOL', `${proxyLabel} sent more than ${limit} bytes of headers`)
          : undefined;
      }
      const answer = held.subarray(0, end + delimiter.length);
      const rest = held.subarray(end + delimiter.length);
      held = Buffer.alloc(0);
      // Put back what follows, in this same tick so that the stream cannot end in between.
      if (rest.length > 0) socket.unshift(rest);
      return answer;
    });

  const release = (): void => {
    socket.off('readable', attempt);
    socket.off('end', onEnd);
    socket.off('close', onEnd);
    socket.off('error', onError);
    signal.removeEventListener('abort', onAbort);
  };

  return { bytes, through, release };
}
