import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { EngineHost } from '../host/engine-host.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import {
  API_PREFIX,
  bodyLimitOf,
  channelOfPath,
  createHttpDispatch,
  EVENTS_PATH,
  LargeBodyGate,
  MAX_BODY_BYTES,
  readJsonBody,
  sendError,
  sendJson,
  statusOf,
  type HttpDispatch,
} from './api.ts';
import { openEventStream } from './events-stream.ts';
import { isAllowedHost, isAllowedOrigin } from './request-checks.ts';
import { isPage, serveRendererFile, webPathToFile } from './static-files.ts';
import { TOKEN_QUERY, tokenFromHeader, tokenFromQuery, tokenMatches } from './token.ts';

/** Only this machine: the web mode is never reachable from another one. */
export const WEB_HOST = '127.0.0.1';

export interface WebServerOptions {
  token: string;
  /** The built renderer (out/renderer). */
  rendererRoot: string;
  handlers: ActionHandlers;
  engine: Pick<EngineHost, 'subscribe'>;
  /** 0 (the default): any free port. */
  port?: number;
  heartbeatMs?: number;
  maxBodyBytes?: number;
  /** Told about a handler that threw or a request that broke (by action name); the client only learns `internal`. */
  onError?: (where: string, error: unknown) => void;
}

export interface WebServer {
  port: number;
  /** The address to open, token included. */
  url: string;
  /** Ends the event streams, stops listening and closes every connection. */
  close(): Promise<void>;
}

interface Context {
  port: number;
  token: string;
  rendererRoot: string;
  dispatch: HttpDispatch;
  openStream: (response: ServerResponse) => void;
  maxBodyBytes: number;
  largeBodies: LargeBodyGate;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const onError = options.onError ?? ((where: string, error: unknown) => console.error(`detour: ${where}:`, error));
  const streamOptions = options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs };
  const streams = new Set<() => void>();
  const context: Context = {
    port: 0,
    token: options.token,
    rendererRoot: options.rendererRoot,
    dispatch: createHttpDispatch(options.handlers, onError),
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    largeBodies: new LargeBodyGate(),
    openStream: (response) => {
      const end = openEventStream(response, options.engine, streamOptions);
      streams.add(end);
      response.once('close', () => streams.delete(end));
    },
  };
  const server = createServer((request, response) => {
    route(request, response, context).catch((error: unknown) => {
      onError('request', error);
      if (!response.headersSent) sendError(response, 500, 'internal');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: WEB_HOST, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  context.port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | null = null;
  return {
    port: context.port,
    url: `http://${WEB_HOST}:${context.port}/?${TOKEN_QUERY}=${options.token}`,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        for (const end of streams) end();
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

async function route(request: IncomingMessage, response: ServerResponse, context: Context): Promise<void> {
  const { host, origin } = request.headers;
  if (!isAllowedHost(host, context.port) || !isAllowedOrigin(origin, host, context.port)) {
    return refuse(response, 'this server answers only its own page at 127.0.0.1');
  }
  const target = request.url ?? '';
  if (!target.startsWith('/')) return refuse(response, 'bad request target', 400);
  // Concatenated, not resolved against a base: `//elsewhere/x` stays a path here.
  const url = new URL(`http://${WEB_HOST}${target}`);
  if (url.pathname === EVENTS_PATH) return events(request, response, url, context);
  if (url.pathname.startsWith(API_PREFIX)) return action(request, response, url, context);
  return page(request, response, url, context);
}

function events(request: IncomingMessage, response: ServerResponse, url: URL, context: Context): void {
  // EventSource cannot set headers: the token may come in the query here.
  const token = tokenFromHeader(request.headers) ?? tokenFromQuery(url.searchParams);
  if (!tokenMatches(token, context.token)) return sendError(response, 403, 'forbidden');
  if (request.method !== 'GET') return sendError(response, 405, 'bad-request', 'use GET', { allow: 'GET' });
  context.openStream(response);
}

async function action(request: IncomingMessage, response: ServerResponse, url: URL, context: Context): Promise<void> {
  // Header only: a token in the URL of a POST would end up in logs for nothing.
  if (!tokenMatches(tokenFromHeader(request.headers), context.token)) return sendError(response, 403, 'forbidden');
  const channel = channelOfPath(url.pathname);
  const handler = channel === null ? undefined : context.dispatch(channel);
  if (handler === undefined) return sendError(response, 404, 'bad-request', 'no such action');
  if (request.method !== 'POST') return sendError(response, 405, 'bad-request', 'use POST', { allow: 'POST' });
  const large = { above: context.maxBodyBytes, gate: context.largeBodies };
  const body = await readJsonBody(request, bodyLimitOf(channel ?? '', context.maxBodyBytes), large);
  try {
    if (!body.ok) return refuseBody(response, body.status);
    const result = await handler(body.payload);
    sendJson(response, statusOf(result), result);
  } finally {
    if (body.large) context.largeBodies.leave();
  }
}

function refuseBody(response: ServerResponse, status: 400 | 413 | 429): void {
  if (status === 429) {
    return sendError(response, 429, 'busy', 'another large request is being handled; try again', {
      'retry-after': '1',
    });
  }
  sendError(response, status, 'bad-request', status === 413 ? 'body too large' : 'body is not JSON');
}

async function page(request: IncomingMessage, response: ServerResponse, url: URL, context: Context): Promise<void> {
  if (request.method !== 'GET') return refuse(response, 'use GET', 405, { allow: 'GET' });
  const file = webPathToFile(request.url ?? '', context.rendererRoot);
  // The page needs the token; the scripts and styles it loads are the public build.
  if (file !== null && isPage(file) && !tokenMatches(tokenFromQuery(url.searchParams), context.token)) {
    return refuse(response, 'open the full address Detour printed when it started, ?token=… included');
  }
  await serveRendererFile(request, response, context.rendererRoot);
}

function refuse(response: ServerResponse, reason: string, status = 403, headers: Record<string, string> = {}): void {
  const text = `${reason}\n`;
  response
    .writeHead(status, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'x-content-type-options': 'nosniff',
      ...headers,
    })
    .end(text);
}
