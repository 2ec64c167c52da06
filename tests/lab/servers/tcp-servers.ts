import { createServer, type Server, type Socket } from 'node:net';
import { listen } from './listen.ts';

/**
 * TCP behaviours a probe meets on the way to a blocked site, each as a plain
 * node:net server (not yet listening: start it with listen.ts).
 */

/** A server whose sockets swallow their errors: the probe hanging up mid-way is expected here. */
function serverOf(onSocket: (socket: Socket) => void): Server {
  return createServer((socket) => {
    socket.on('error', () => undefined);
    onSocket(socket);
  });
}

/** Accepts, then closes cleanly (FIN) straight away. */
export function acceptAndClose(): Server {
  return serverOf((socket) => socket.end());
}

/** Accepts and never says a word (a blackholed service behind a working handshake). */
export function acceptAndHang(): Server {
  return serverOf(() => undefined);
}

/** Accepts and answers with an RST at once, as an injecting middlebox does. */
export function resetOnAccept(): Server {
  return serverOf((socket) => socket.resetAndDestroy());
}

/** Resets as soon as the client has sent something (the ClientHello, a request…). */
export function resetOnFirstData(): Server {
  return serverOf((socket) => socket.once('data', () => socket.resetAndDestroy()));
}

/** Closes cleanly (FIN) as soon as the client has sent something, without answering. */
export function closeOnFirstData(): Server {
  return serverOf((socket) => socket.once('data', () => socket.end()));
}

/** Writes `reply` once the client has sent something, then closes. */
export function replyOnFirstData(reply: Uint8Array | string): Server {
  return serverOf((socket) => socket.once('data', () => socket.end(reply)));
}

/** A loopback port where nothing listens (connecting to it is refused): bound once, then freed. */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const listening = await listen(createServer(), host);
  await listening.close();
  return listening.port;
}
