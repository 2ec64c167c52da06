import type { AddressInfo, Server, Socket } from 'node:net';
import { afterEach } from 'vitest';

/** A server listening on a loopback port, and how to stop it. */
export interface Listening {
  port: number;
  /** Stops listening and destroys every connection still open, so no test leaves a socket behind. */
  close(): Promise<void>;
}

/**
 * Starts `server` (node:net, node:tls, node:http…) on `port` (0: any free one) of
 * `host`. The open connections are tracked because server.close() alone waits for
 * them to end, which a server that deliberately hangs never does.
 */
export async function listen(server: Server, host = '127.0.0.1', port = 0): Promise<Listening> {
  const connections = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of connections) socket.destroy();
      }),
  };
}

/**
 * For a test file: returns a `listen` whose servers are all closed after each test,
 * so no test shares a server with another.
 */
export function listenClosingAfterEach(): (server: Server, host?: string) => Promise<Listening> {
  const open: Listening[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((listening) => listening.close()));
  });
  return async (server, host) => {
    const listening = await listen(server, host);
    open.push(listening);
    return listening;
  };
}
