import { isIP, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import { abortError } from '../deadline.ts';
import { errorCode } from '../errors.ts';
import { directDialer } from './direct.ts';
import { ProxyError } from './proxy-error.ts';

/** Where the proxy is and how to speak to it: enough to open a connection to it. */
export interface ProxyAddress {
  protocol: string;
  host: string;
  port: number;
}

/**
 * Connects to the proxy itself (and for `https` speaks TLS to it). Failing to reach it
 * is DETOUR_PROXY_UNREACHABLE; the signal firing rejects with its AbortError, which the
 * probe reports as a timeout or a cancellation.
 */
export async function connectToProxy(proxy: ProxyAddress, label: string, signal: AbortSignal): Promise<Socket> {
  let socket: Socket;
  try {
    socket = await directDialer().dialTcp({ host: proxy.host, port: proxy.port, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const why = errorCode(error) ?? String(error);
    throw new ProxyError('DETOUR_PROXY_UNREACHABLE', `cannot reach ${label} (${why})`, { cause: error });
  }
  return proxy.protocol === 'https' ? startTls(socket, proxy.host, label, signal) : socket;
}

/**
 * TLS to an `https` proxy, its certificate verified against the proxy's name or
 * address: a proxy we cannot authenticate is a broken route (DETOUR_PROXY_PROTOCOL).
 */
function startTls(socket: Socket, host: string, label: string, signal: AbortSignal): Promise<TLSSocket> {
  return new Promise((resolve, reject) => {
    const secure = tlsConnect({
      socket,
      // The name the certificate is checked against; SNI only for a name (RFC 6066 §3).
      host,
      ...(isIP(host) === 0 ? { servername: host } : {}),
      rejectUnauthorized: true,
    });
    const cleanup = (): void => {
      signal.removeEventListener('abort', onAbort);
      secure.off('secureConnect', onSecure);
      secure.off('error', onError);
    };
    const fail = (error: Error): void => {
      cleanup();
      secure.destroy();
      socket.destroy();
      reject(error);
    };
    const onAbort = (): void => fail(abortError(signal));
    const onSecure = (): void => {
      cleanup();
      resolve(secure);
    };
    const onError = (error: Error): void => {
      // OpenSSL's errors carry a short `reason`; their message is a long internal trace.
      const reason = (error as { reason?: unknown }).reason;
      const text = typeof reason === 'string' ? reason : error.message;
      const code = errorCode(error);
      const why = code === undefined ? text : `${text} (${code})`;
      fail(new ProxyError('DETOUR_PROXY_PROTOCOL', `TLS with ${label} failed: ${why}`, { cause: error }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    secure.once('secureConnect', onSecure);
    secure.once('error', onError);
    if (signal.aborted) onAbort();
  });
}
