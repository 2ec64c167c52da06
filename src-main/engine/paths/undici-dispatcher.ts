import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { Socket } from 'node:net';
import { Agent } from 'undici';
import type { Dialer } from './dialer.ts';
import { abortError } from '../deadline.ts';

export interface DispatcherOptions {
  /** Aborts dials in progress (the probe's deadline signal). */
  signal: AbortSignal;
  /** Where to connect for a host name; lets a probe pin the address it measured. */
  resolve(hostname: string, signal: AbortSignal): Promise<string>;
  /** ALPN offered on https connections; undici speaks HTTP/1.1 here. */
  alpn?: string[];
  /**
   * Refuse servers whose certificate does not verify (default false). DoH sets it: a
   * DNS answer from an unverified server is worthless.
   */
  rejectUnauthorized?: boolean;
}

/**
 * An undici Agent whose every connection is opened by a Dialer, so HTTP and DoH
 * run over any path. Certificate checks are left to the TLS probe, which records
 * them; here the body is fetched even from an untrusted server, because a block
 * page behind an intercepting certificate is evidence too.
 * One Agent per probe: connections are never reused between measurements.
 */
export function dispatcherForDialer(dialer: Dialer, options: DispatcherOptions): Agent {
  return new Agent({
    pipelining: 0,
    connect: (connectOptions, callback) => {
      const port = Number(connectOptions.port) || (connectOptions.protocol === 'https:' ? 443 : 80);
      openConnection(
        dialer,
        options,
        connectOptions.hostname,
        port,
        connectOptions.protocol === 'https:',
        connectOptions.servername,
      )
        .then((socket) => callback(null, socket))
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null));
    },
  });
}

async function openConnection(
  dialer: Dialer,
  options: DispatcherOptions,
  hostname: string,
  port: number,
  secure: boolean,
  servername: string | undefined,
): Promise<Socket | TLSSocket> {
  // A route that resolves names itself gets the name: resolving it here would leak the
  // lookup to the local network and miss what the route's resolver answers.
  const host = dialer.resolvesNames === true ? hostname : await options.resolve(hostname, options.signal);
  const socket = await dialer.dialTcp({ host, port, signal: options.signal });
  if (!secure) return socket;
  const shaping = dialer.tls;
  const requested = servername ?? (isIpLiteral(hostname) ? '' : hostname);
  // An empty servername sends no SNI, which the strategies know as null.
  const sni = requested === '' ? null : requested;
  const sentSni = shaping?.servername ? shaping.servername(sni) : sni;
  return new Promise((resolve, reject) => {
    const tlsSocket = tlsConnect({
      // A strategy's stream reshapes the ClientHello on its way to the socket.
      socket: shaping === undefined ? socket : shaping.wrap(socket),
      servername: sentSni ?? '',
      // The name the certificate is checked against; without it Node checks "localhost" when there is no SNI.
      host: hostname,
      ALPNProtocols: options.alpn ?? ['http/1.1'],
      rejectUnauthorized: options.rejectUnauthorized ?? false,
    });
    const onAbort = (): void => {
      tlsSocket.destroy();
      reject(abortError(options.signal));
    };
    options.signal.addEventListener('abort', onAbort, { once: true });
    tlsSocket.once('secureConnect', () => {
      options.signal.removeEventListener('abort', onAbort);
      resolve(tlsSocket);
    });
    tlsSocket.once('error', (error: Error) => {
      options.signal.removeEventListener('abort', onAbort);
      tlsSocket.destroy();
      reject(error);
    });
  });
}

/** IP literals must not be sent as SNI (RFC 6066 §3). */
export function isIpLiteral(host: string): boolean {
  return /^[\d.]+$/.test(host) || host.includes(':');
}
