import { connect, createServer, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { leaf, type LeafName } from './pki.ts';

/**
 * In-process proxies for what Debian's daemons cannot be made to do: SOCKS5 and HTTP
 * proxies that misbehave on cue, and an HTTP CONNECT proxy over TLS (Debian's proxies
 * speak plain TCP to their clients). Not yet listening: start them with listen.ts.
 * Proxies that only close, hang or send garbage are the plain servers of tcp-servers.ts.
 */

/** An answer to one message of the client, or a clean close (FIN). */
type Answer = Uint8Array | 'close';

/**
 * Answers the client's messages in turn, one answer each; past the end of the script it
 * says nothing more and keeps the connection open. The client of a proxy handshake waits
 * for each answer before it writes again, so each of its messages arrives on its own.
 */
function scriptedProxy(answers: readonly Answer[]): Server {
  return createServer((socket) => {
    socket.on('error', () => undefined);
    let turn = 0;
    socket.on('data', () => {
      const answer = answers[turn++];
      if (answer === 'close') socket.end();
      else if (answer !== undefined) socket.write(answer);
    });
  });
}

/** RFC 1928 §3: the method-selection reply accepting "no authentication required". */
const NO_AUTHENTICATION = Uint8Array.of(0x05, 0x00);

/** Accepts none of the client's authentication methods (METHOD X'FF', RFC 1928 §3). */
export function socks5RefusingEveryMethod(): Server {
  return scriptedProxy([Uint8Array.of(0x05, 0xff)]);
}

/** Asks for a user name and password (RFC 1929) and rejects whatever it is sent. */
export function socks5RejectingPassword(): Server {
  return scriptedProxy([Uint8Array.of(0x05, 0x02), Uint8Array.of(0x01, 0x01)]);
}

/** Accepts the method negotiation, then closes when the CONNECT request arrives. */
export function socks5ClosingMidHandshake(): Server {
  return scriptedProxy([NO_AUTHENTICATION, 'close']);
}

/**
 * Answers the CONNECT request with reply code `reply` (RFC 1928 §6) and a bound address
 * of 127.0.0.1:80, then `after` as if the target had spoken first.
 */
export function socks5Replying(reply: number, after = ''): Server {
  const bound = [0x01, 127, 0, 0, 1, 0, 80];
  return scriptedProxy([
    NO_AUTHENTICATION,
    Buffer.concat([Uint8Array.of(0x05, reply, 0x00, ...bound), Buffer.from(after)]),
  ]);
}

/**
 * Answers a SOCKS4 request with reply code `reply` (90 granted, 91 to 93 refusals) and
 * VN `version`, which the protocol sets to 0.
 */
export function socks4Replying(reply: number, version = 0): Server {
  return scriptedProxy([Uint8Array.of(version, reply, 0, 0, 0, 0, 0, 0)]);
}

/** Answers the CONNECT request with `answer`, raw: a status line and headers, or anything else. */
export function httpProxyAnswering(answer: string): Server {
  return scriptedProxy([Buffer.from(answer, 'latin1')]);
}

/**
 * A working HTTP CONNECT proxy (RFC 9110 §9.3.6) over TLS, with the lab certificate
 * `certificate`. It tunnels to the host and port of the request, or answers 502.
 */
export function httpsConnectProxy(certificate: LeafName): Server {
  const server = createTlsServer(leaf(certificate), (socket) => {
    socket.on('error', () => undefined);
    let head = Buffer.alloc(0);
    const onData = (chunk: Buffer): void => {
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.off('data', onData);
      const [, host = '', port = ''] =
        /^CONNECT \[?([^\]\s]+?)\]?:(\d+) HTTP\/1\.1\r\n/.exec(head.toString('latin1')) ?? [];
      const upstream = connect({ host, port: Number(port) });
      let tunnelled = false;
      upstream.on('error', () => (tunnelled ? socket.destroy() : socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n')));
      upstream.once('connect', () => {
        tunnelled = true;
        socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
        upstream.write(head.subarray(end + 4));
        socket.pipe(upstream).pipe(socket);
      });
      socket.once('close', () => upstream.destroy());
      upstream.once('close', () => socket.destroy());
    };
    socket.on('data', onData);
  });
  server.on('tlsClientError', () => undefined);
  return server;
}
