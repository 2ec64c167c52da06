import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { leaf, type LeafName } from './pki.ts';

/**
 * Origin behaviours for the HTTP and throughput probes, as one node:http server
 * (and an https twin) with a route per behaviour. Not yet listening: start it with
 * listen.ts, whose close() also destroys the connections left hanging on purpose.
 *
 * Every response carries `x-seen-host` and `x-seen-sni`, so a test can check which
 * name the client asked for when it pinned the address itself.
 */

export const OK_TITLE = 'Detour & the lab';
export const OK_BODY = '<html><title>\n  Detour &amp; the   lab </title><p>ok</p></html>';
/** "Доступ ограничен" ("access restricted"), as block pages in the region say it. */
export const CP1251_TITLE = 'Доступ ограничен';
export const HUGE_BYTES = 2 ** 31;
export const TRUNCATED = { contentLength: 100_000, sent: 20_000 } as const;
export const FREEZE_AFTER_BYTES = 16 * 1024;
export const FAST_BYTES = 4 * 1024 * 1024;
/** Pause between the bytes of /slow. */
export const SLOW_INTERVAL_MS = 200;
/** Emitted on the server with the byte count each time /slow has written a byte. */
export const TRICKLED = 'trickled';

const CHUNK = Buffer.alloc(64 * 1024);

type Handler = (request: IncomingMessage, response: ServerResponse, server: Server) => void;

const ROUTES: Readonly<Record<string, Handler>> = {
  '/ok': (_request, response) => {
    response.setHeader('set-cookie', ['first=1', 'second=2']);
    html(response, OK_BODY);
  },
  '/redirect-loop': (_request, response) => redirect(response, '/redirect-loop/b'),
  '/redirect-loop/b': (_request, response) => redirect(response, '/redirect-loop'),
  '/huge': (_request, response) => streamZeros(response, HUGE_BYTES),
  '/fast': (_request, response) => streamZeros(response, FAST_BYTES),
  '/slow': trickle,
  '/truncated': (_request, response) => {
    response.writeHead(200, { 'content-length': TRUNCATED.contentLength });
    response.write(Buffer.alloc(TRUNCATED.sent), () => response.socket?.destroy());
  },
  '/reset-mid-body': (_request, response) => {
    response.writeHead(200, { 'content-length': TRUNCATED.contentLength });
    response.write(Buffer.alloc(TRUNCATED.sent), () => response.socket?.resetAndDestroy());
  },
  '/endless-headers': (_request, response) => {
    // A status line, then header lines for ever: no page ever starts.
    const socket = response.socket;
    if (socket === null) return;
    socket.write('HTTP/1.1 200 OK\r\n');
    const more = (): void => {
      if (!socket.destroyed) socket.write(`X-Filler: ${'f'.repeat(1000)}\r\n`, () => setImmediate(more));
    };
    more();
  },
  '/freeze-16k': (_request, response) => {
    // Announces more and then never sends it, keeping the connection open: the
    // throttling some censors apply after the first ~16 KB of a flow.
    response.writeHead(200, { 'content-length': 1024 * 1024 });
    response.write(Buffer.alloc(FREEZE_AFTER_BYTES));
  },
  '/cp1251': (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
    response.end(
      encodeCp1251(`<html><head><title>${CP1251_TITLE}</title></head><body>Сайт заблокирован</body></html>`),
    );
  },
};

/** `/redirect-chain/N` redirects N times, then answers like /ok. */
function route(path: string): Handler | undefined {
  const chain = /^\/redirect-chain\/(\d+)$/.exec(path)?.[1];
  if (chain === undefined) return ROUTES[path];
  const left = Number(chain);
  return left === 0 ? ROUTES['/ok'] : (_request, response) => redirect(response, `/redirect-chain/${left - 1}`);
}

function handle(this: Server, request: IncomingMessage, response: ServerResponse): void {
  response.setHeader('x-seen-host', request.headers.host ?? '');
  response.setHeader('x-seen-sni', String((request.socket as Partial<TLSSocket>).servername ?? ''));
  // The client hanging up mid-body is what most of these routes are about.
  response.on('error', () => undefined);
  const handler = route(new URL(request.url ?? '/', 'http://lab').pathname);
  if (handler === undefined) {
    response.writeHead(404).end();
    return;
  }
  handler(request, response, this);
}

export function httpServer(): Server {
  return createHttpServer(handle);
}

export function httpsServer(name: LeafName = 'valid'): Server {
  const server = createHttpsServer(leaf(name), handle);
  server.on('tlsClientError', () => undefined);
  return server;
}

function html(response: ServerResponse, body: string): void {
  const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(body) };
  response.writeHead(200, headers).end(body);
}

function redirect(response: ServerResponse, location: string): void {
  response.writeHead(302, { location, 'content-type': 'text/html' }).end('<a href="elsewhere">moved</a>');
}

/** Streams `total` zero bytes as fast as the client reads them, and stops when it goes away. */
function streamZeros(response: ServerResponse, total: number): void {
  response.writeHead(200, { 'content-length': total, 'content-type': 'application/octet-stream' });
  let left = total;
  const pump = (): void => {
    while (left > 0 && !response.destroyed) {
      const chunk = left >= CHUNK.length ? CHUNK : CHUNK.subarray(0, left);
      left -= chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (left === 0) response.end();
  };
  pump();
}

/** One byte every SLOW_INTERVAL_MS, forever, until the client goes away. */
function trickle(_request: IncomingMessage, response: ServerResponse, server: Server): void {
  response.writeHead(200, { 'content-type': 'text/plain' });
  let sent = 0;
  const send = (): void => {
    response.write('.', () => server.emit(TRICKLED, ++sent));
  };
  send();
  const timer = setInterval(send, SLOW_INTERVAL_MS);
  response.once('close', () => clearInterval(timer));
}

/** Windows-1251 for ASCII and the Russian alphabet, which is all the lab page needs. */
function encodeCp1251(text: string): Buffer {
  const bytes = [...text].map((char) => {
    const code = char.codePointAt(0) ?? 0x3f;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (code === 0x401) return 0xa8; // Ё
    if (code === 0x451) return 0xb8; // ё
    return 0x3f; // '?'
  });
  return Buffer.from(bytes);
}
