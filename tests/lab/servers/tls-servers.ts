import { createServer as createTcpServer, type Server } from 'node:net';
import { createServer as createTlsServer, type TlsOptions } from 'node:tls';
import { parseClientHelloSni } from '../../../src-main/engine/tls-client-hello.ts';
import { leaf, type LeafName } from './pki.ts';
import { replyOnFirstData } from './tcp-servers.ts';

/**
 * TLS behaviours for the probes: real node:tls servers with the test PKI's leaves,
 * and middleboxes that act on the raw ClientHello as censors do. The plain-TCP
 * ones (reset, FIN or silence after the ClientHello) are in tcp-servers.ts.
 */

/** A TLS server presenting one of the test PKI's leaves; it completes the handshake and then waits. */
export function tlsServer(name: LeafName, options: TlsOptions = {}): Server {
  const server = createTlsServer({ ...leaf(name), ...options });
  // A client hanging up mid-handshake is what these tests are about: not an error of the server.
  server.on('tlsClientError', () => undefined);
  return server;
}

/** A TLS alert record (RFC 8446 §6): content type 21, TLS 1.2 record version, fatal (2), description. */
export function alertRecord(description: number): Uint8Array {
  return Uint8Array.of(0x15, 0x03, 0x03, 0x00, 0x02, 0x02, description);
}

/** Answers the ClientHello with a fatal alert, as some middleboxes inject (40 = handshake_failure). */
export function alertOnClientHello(description = 40): Server {
  return replyOnFirstData(alertRecord(description));
}

export interface SniFilter {
  server: Server;
  /** The SNI of every ClientHello seen, in order; null for a ClientHello without one. */
  seen: (string | null)[];
}

/**
 * An SNI-filtering censor in front of a real TLS server: it reads the ClientHello,
 * resets the connection when the name is `forbidden`, and otherwise hands the
 * connection (with the bytes already read) to the TLS server behind it.
 */
export function sniFilter(forbidden: string, name: LeafName = 'valid'): SniFilter {
  const seen: (string | null)[] = [];
  const origin = tlsServer(name);
  const server = createTcpServer((socket) => {
    socket.on('error', () => undefined);
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      received = Buffer.concat([received, chunk]);
      const hello = parseClientHelloSni(received);
      if (!hello.complete) return;
      socket.off('data', onData);
      seen.push(hello.sni);
      if (hello.sni === forbidden) {
        socket.resetAndDestroy();
        return;
      }
      socket.pause();
      socket.unshift(received);
      origin.emit('connection', socket);
    };
    socket.on('data', onData);
  });
  return { server, seen };
}
