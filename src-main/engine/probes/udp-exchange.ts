import type { UdpChannel } from '../paths/dialer.ts';
import { abortError, type Deadline } from '../deadline.ts';

export interface UdpExchangeHandlers {
  /** Every datagram from the peer; the probe decides which one answers it. */
  onMessage(datagram: Buffer): void;
  /**
   * The exchange cannot go on: an ICMP error on the connected socket (ECONNREFUSED,
   * EHOSTUNREACH…), the deadline or the run's cancellation, or a connect that threw.
   */
  onEnd(error: unknown): void;
  /** The channel is connected: the first request may go. */
  onConnected(): void;
}

/**
 * Connects `socket` to `peer` and wires a probe's handlers to it, for the request and
 * answer exchanges of DNS over UDP and STUN. A connected socket makes the kernel report
 * ICMP port unreachable as an error (a quick `refused` rather than a timeout) and drop
 * datagrams from other sources. Returns the function that unwires everything. No
 * handler runs before this function has returned, so a handler may call it.
 */
export function startUdpExchange(
  socket: UdpChannel,
  peer: { host: string; port: number },
  deadline: Deadline,
  handlers: UdpExchangeHandlers,
): () => void {
  let ended = false;
  const onMessage = (datagram: Buffer): void => handlers.onMessage(datagram);
  const onError = (error: Error): void => handlers.onEnd(error);
  const onAbort = (): void => handlers.onEnd(abortError(deadline.signal));
  const detach = (): void => {
    ended = true;
    socket.off('message', onMessage);
    socket.off('error', onError);
    deadline.signal.removeEventListener('abort', onAbort);
  };
  if (deadline.signal.aborted) {
    queueMicrotask(onAbort);
    return detach;
  }
  deadline.signal.addEventListener('abort', onAbort, { once: true });
  socket.on('message', onMessage);
  socket.on('error', onError);
  try {
    // Node calls this back with the error when connect(2) fails (ENETUNREACH with no
    // route, as offline): @types/node leaves the argument out, so it is read here.
    const connected = (error?: Error): void => {
      if (ended) return;
      if (error === undefined) handlers.onConnected();
      else handlers.onEnd(error);
    };
    socket.connect(peer.port, peer.host, connected);
  } catch (error) {
    // A bad port or an already connected socket throws synchronously.
    queueMicrotask(() => handlers.onEnd(error));
  }
  return detach;
}
