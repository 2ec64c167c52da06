import type { Readable } from 'node:stream';
import { errors, request, type Dispatcher } from 'undici';
import type { Failure, Stage } from '../../shared/failure.ts';
import type { Dialer } from '../paths/dialer.ts';
import { dispatcherForDialer } from '../paths/undici-dispatcher.ts';
import { abortError, roundMs, type Deadline } from '../deadline.ts';
import { errorCode, failureFromError } from '../errors.ts';
import { ProxyError } from '../paths/proxy-error.ts';
import { handshakeFailure } from './tls-failure.ts';
import { firstSystemAddress } from './dns-system.ts';
import type { HostResolver } from './probe-context.ts';

/**
 * The plumbing the HTTP and throughput probes share: one undici Agent per probe whose
 * connections go through the path's dialer, a GET that looks like a browser's, redirects
 * followed by hand (each hop recorded), and failures placed at the stage where they
 * happened (dns, tcp, tls, http before the headers; read after them).
 */

/**
 * Many block pages and CDNs answer non-browser clients differently, so the request looks
 * like desktop Chrome. No Accept-Encoding: the body is hashed and its title read as sent,
 * and a compressed body would differ with the server's compression settings.
 */
const BROWSER_HEADERS: Readonly<Record<string, string>> = {
  'user-agent':
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8',
  'accept-language': 'en-US,en;q=0.9',
};

/** The statuses that redirect with a Location (RFC 9110 §15.4); 300 and 304 do not. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

export interface GetTarget {
  url: string;
  /** The address to connect to for the URL's own host name: the engine pins what it measured. */
  address?: string;
  maxRedirects: number;
}

interface Exchange {
  /** The URL of the last request made. */
  finalUrl: string;
  redirects: RedirectHop[];
}

/** The final response's headers arrived; its body is still to be read. */
export interface Answered extends Exchange {
  failure?: undefined;
  status: number;
  headers: Record<string, string>;
  headersMs: number;
  /** Elapsed deadline time when the headers arrived. */
  headersAtMs: number;
  /** Content-Length as announced, when it is a valid one. */
  contentLength?: number;
  body: Readable;
}

export interface Failed extends Exchange {
  failure: Failure;
  /** The last response, when the failure is about redirects. */
  status?: number;
  headers?: Record<string, string>;
}

export interface HttpSession {
  /** GETs the target, following redirects; never rejects. */
  get(target: GetTarget): Promise<Answered | Failed>;
  /** The failure for an error while reading an answered body (stage `read`). */
  readFailure(error: unknown, answered: Answered): Failure;
  /** Destroys the Agent and every connection it opened. */
  close(): Promise<void>;
}

/**
 * Opens the Agent a probe uses for its whole measurement; close it in `finally`. The
 * target's own host goes to the address the engine measured; any other host a
 * redirect leads to is resolved by `resolveHost` (the route's way).
 */
export function openHttpSession(
  dialer: Dialer,
  deadline: Deadline,
  resolveHost: HostResolver = firstSystemAddress,
): HttpSession {
  // The stage a failure before the headers belongs to, advanced as a connection is made.
  let stage: Stage = 'http';
  let stageAfterDial: Stage = 'http';
  let pinned: { hostname: string; address: string } | undefined;
  // undici sends `connection: close` (one Agent, no pipelining) and then reports an RST
  // after the headers as a Content-Length mismatch, like a FIN: the socket itself tells.
  // Every request dials afresh, so the latest connection is the one that failed.
  let peerReset = false;
  // A route's stream that failed (a key's server reset it before answering) says why itself.
  let routeError: ProxyError | undefined;
  const stagedDialer: Dialer = {
    ...dialer,
    dialTcp: async (dialRequest) => {
      stage = 'tcp';
      const socket = await dialer.dialTcp(dialRequest);
      peerReset = false;
      routeError = undefined;
      socket.on('error', (error) => {
        peerReset ||= errorCode(error) === 'ECONNRESET';
        if (error instanceof ProxyError) routeError = error;
      });
      stage = stageAfterDial;
      return socket;
    },
  };
  const agent = dispatcherForDialer(stagedDialer, {
    signal: deadline.signal,
    resolve: (hostname, signal) => {
      stage = 'dns';
      if (pinned !== undefined && hostname === pinned.hostname) return Promise.resolve(pinned.address);
      return resolveHost(hostname, signal);
    },
  });
  agent.on('connect', () => {
    stage = 'http';
  });

  const get = async (target: GetTarget): Promise<Answered | Failed> => {
    const redirects: RedirectHop[] = [];
    let url = target.url;
    try {
      let current = new URL(url);
      if (target.address !== undefined) pinned = { hostname: bareHostname(current), address: target.address };
      const seen = new Set([current.href]);
      for (;;) {
        url = current.href;
        stage = 'http';
        stageAfterDial = current.protocol === 'https:' ? 'tls' : 'http';
        const sentAtMs = deadline.elapsedMs();
        const response = await request(current, {
          dispatcher: agent,
          method: 'GET',
          headers: requestHeaders(current, dialer),
          signal: deadline.signal,
        });
        const headersAtMs = deadline.elapsedMs();
        const answer = {
          finalUrl: url,
          redirects,
          status: response.statusCode,
          headers: flatHeaders(response.headers),
        };
        const location = answer.headers['location'];
        if (!REDIRECT_STATUSES.has(response.statusCode) || location === undefined) {
          const headersMs = roundMs(headersAtMs - sentAtMs);
          const contentLength = declaredLength(answer.headers['content-length']);
          return {
            ...answer,
            headersMs,
            headersAtMs,
            ...(contentLength === undefined ? {} : { contentLength }),
            body: response.body,
          };
        }
        // A redirect's body is of no interest; destroying it may cost a connection, never a wait.
        response.body.on('error', () => undefined).destroy();
        redirects.push({ url, status: response.statusCode, location });
        current = new URL(location, current);
        const redirectFailure = seen.has(current.href)
          ? 'redirect-loop'
          : redirects.length > target.maxRedirects
            ? 'too-many-redirects'
            : undefined;
        if (redirectFailure !== undefined) {
          const failure: Failure = { stage: 'http', class: redirectFailure, afterMs: roundMs(deadline.elapsedMs()) };
          return { ...answer, failure };
        }
        seen.add(current.href);
      }
    } catch (error) {
      return { finalUrl: url, redirects, failure: exchangeFailure(stage, error) };
    }
  };

  /**
   * undici reports a FIN as UND_ERR_SOCKET ("other side closed") before the headers and
   * as a Content-Length mismatch after them: an EOF, or a truncation when a length was
   * announced (bytes against contentLength then shows where it stopped).
   */
  const exchangeFailure = (failedStage: Stage, error: unknown, contentLength?: number): Failure => {
    if (routeError !== undefined) return failureFromError(failedStage, routeError, deadline);
    const failure = failureFromError(failedStage, error, deadline);
    // Alerts and OpenSSL errors are read as the TLS probe reads them.
    if (failedStage === 'tls')
      return handshakeFailure({ error, peerClosed: false, afterMs: failure.afterMs ?? 0 }, deadline);
    if (failure.class === 'timeout' || failure.class === 'cancelled') return failure;
    if (peerReset) return { ...failure, class: 'reset', detail: 'ECONNRESET' };
    // undici 8 leaves `code` undefined on llhttp errors (it looks the name up by number).
    if (error instanceof errors.HTTPParserError) return { ...failure, class: 'http-protocol' };
    const code = errorCode(error);
    if (code !== 'UND_ERR_SOCKET' && code !== 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return failure;
    return { ...failure, class: failedStage === 'read' && contentLength !== undefined ? 'truncated' : 'eof' };
  };

  return {
    get,
    readFailure: (error, answered) => exchangeFailure('read', error, answered.contentLength),
    close: () => agent.destroy(),
  };
}

export type BodyEnd = { kind: 'complete' } | { kind: 'stopped' } | { kind: 'failed'; error: unknown };

export interface BodyReading {
  done: Promise<BodyEnd>;
  /** Stops reading and destroys the body: nothing more is downloaded. */
  stop(): void;
}

/**
 * Reads a body chunk by chunk as it arrives; `onChunk` returns false to stop. The
 * deadline is watched here too, so a cancelled run stops reading at once.
 */
export function readBody(body: Readable, signal: AbortSignal, onChunk: (chunk: Buffer) => boolean): BodyReading {
  let settle: (end: BodyEnd) => void = () => undefined;
  const done = new Promise<BodyEnd>((resolve) => {
    settle = (end) => {
      settle = () => undefined;
      signal.removeEventListener('abort', onAbort);
      body.off('data', onData);
      resolve(end);
    };
  });
  const stop = (): void => {
    settle({ kind: 'stopped' });
    body.destroy();
  };
  const onData = (chunk: Buffer): void => {
    if (!onChunk(chunk)) stop();
  };
  const onAbort = (): void => {
    settle({ kind: 'failed', error: abortError(signal) });
    body.destroy();
  };
  // Stays attached: destroying the body later must not raise an unhandled 'error'.
  body.on('error', (error) => settle({ kind: 'failed', error }));
  body.once('end', () => settle({ kind: 'complete' }));
  body.on('data', onData);
  signal.addEventListener('abort', onAbort, { once: true });
  if (signal.aborted) onAbort();
  return { done, stop };
}

/**
 * The browser's headers, and for plain HTTP the Host a strategy rewrites (http-hostcase).
 * undici takes a `host` header as the Host line's value; over TLS the name stays as it
 * is, since a censor cannot read it there.
 */
function requestHeaders(url: URL, dialer: Dialer): Readonly<Record<string, string>> {
  if (url.protocol !== 'http:' || dialer.httpHost === undefined) return BROWSER_HEADERS;
  return { ...BROWSER_HEADERS, host: dialer.httpHost(url.host) };
}

/** Lower-case names (undici gives them so); repeated headers joined with ", " (RFC 9110 §5.3). */
function flatHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function declaredLength(header: string | undefined): number | undefined {
  return header !== undefined && /^\d+$/.test(header) ? Number(header) : undefined;
}

/** The host name as undici hands it to the connector: IPv6 literals without brackets. */
function bareHostname(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}
