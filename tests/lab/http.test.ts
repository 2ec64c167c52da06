import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Server, Socket } from 'node:net';
import { expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { probeHttp, type HttpTarget } from '../../src-main/engine/probes/http.ts';
import type { ProbeContext } from '../../src-main/engine/probes/probe-context.ts';
import { httpObservationSchema, type ProbeResult } from '../../src-main/shared/observation.ts';
import {
  CP1251_TITLE,
  FREEZE_AFTER_BYTES,
  HUGE_BYTES,
  httpServer,
  httpsServer,
  OK_BODY,
  OK_TITLE,
  TRICKLED,
  TRUNCATED,
} from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import {
  acceptAndHang,
  closedPort,
  closeOnFirstData,
  replyOnFirstData,
  resetOnFirstData,
} from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

function context(signal = new AbortController().signal, timeoutMs = 5000): ProbeContext {
  return { dialer: directDialer(), signal, timeoutMs };
}

async function probe(target: HttpTarget, ctx = context()): Promise<ProbeResult<'http'>> {
  const result = await probeHttp(target, ctx);
  // Valid as an observation once the engine adds its fields.
  httpObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  return result;
}

/** The base URL of a lab server started on loopback. */
async function labUrl(server: Server, scheme = 'http'): Promise<string> {
  const { port } = await listen(server);
  return `${scheme}://127.0.0.1:${port}`;
}

/** Resolves when the server's first connection has been closed (by the probe, here). */
function firstConnectionClosed(server: Server): Promise<unknown> {
  return new Promise((resolve) => server.once('connection', (socket: Socket) => socket.once('close', resolve)));
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

test('a page: status, lower-case headers (repeated ones joined), timing, body hash and title', async () => {
  const server = httpServer();
  const closed = firstConnectionClosed(server);
  const base = await labUrl(server);
  const result = await probe({ url: `${base}/ok` });

  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({
    probe: 'http',
    url: `${base}/ok`,
    finalUrl: `${base}/ok`,
    redirects: [],
    status: 200,
  });
  expect(result.headers).toMatchObject({
    'content-type': 'text/html; charset=utf-8',
    'set-cookie': 'first=1, second=2',
    'x-seen-host': base.slice('http://'.length),
  });
  expect(result.headersMs).toBeGreaterThan(0);
  expect(result.durationMs).toBeGreaterThanOrEqual(result.headersMs ?? 0);
  expect(result.body).toEqual({
    bytes: Buffer.byteLength(OK_BODY),
    contentLength: Buffer.byteLength(OK_BODY),
    capped: false,
    sha256: sha256(OK_BODY),
    title: OK_TITLE,
  });
  await closed; // the keep-alive connection did not outlive the probe
});

test('a windows-1251 block page has its Cyrillic title decoded', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/cp1251` });
  expect(result.failure).toBeUndefined();
  expect(result.body?.title).toBe(CP1251_TITLE);
});

test('a redirect loop fails at the first URL seen again, with every hop recorded', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/redirect-loop` });
  expect(result.failure).toMatchObject({ stage: 'http', class: 'redirect-loop' });
  expect(result.redirects).toEqual([
    { url: `${base}/redirect-loop`, status: 302, location: '/redirect-loop/b' },
    { url: `${base}/redirect-loop/b`, status: 302, location: '/redirect-loop' },
  ]);
  expect(result).toMatchObject({ finalUrl: `${base}/redirect-loop/b`, status: 302 });
  expect(result.body).toBeUndefined();
});

test('ten redirects are followed, eleven are too many', async () => {
  const base = await labUrl(httpServer());
  const ten = await probe({ url: `${base}/redirect-chain/10` });
  expect(ten.failure).toBeUndefined();
  expect(ten.redirects).toHaveLength(10);
  expect(ten.redirects[9]).toEqual({ url: `${base}/redirect-chain/1`, status: 302, location: '/redirect-chain/0' });
  expect(ten).toMatchObject({ status: 200, finalUrl: `${base}/redirect-chain/0` });
  expect(ten.body?.title).toBe(OK_TITLE);

  const eleven = await probe({ url: `${base}/redirect-chain/11` });
  expect(eleven.failure).toMatchObject({ stage: 'http', class: 'too-many-redirects' });
  expect(eleven.redirects).toHaveLength(11);

  const fewer = await probe({ url: `${base}/redirect-chain/3`, maxRedirects: 2 });
  expect(fewer.failure).toMatchObject({ stage: 'http', class: 'too-many-redirects' });
});

test('a 2 GB body costs the cap: reading stops there and the connection is dropped', async () => {
  const server = httpServer();
  const closed = firstConnectionClosed(server);
  const base = await labUrl(server);
  const cap = 256 * 1024;
  const result = await probe({ url: `${base}/huge`, bodyCapBytes: cap });
  expect(result.failure).toBeUndefined();
  expect(result.body).toMatchObject({ capped: true, contentLength: HUGE_BYTES, sha256: sha256(Buffer.alloc(cap)) });
  expect(result.body?.bytes).toBeGreaterThan(cap);
  expect(result.body?.bytes).toBeLessThan(cap + 256 * 1024);
  await closed;
});

test('a body cut short by the server is truncated, keeping what arrived', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/truncated` });
  expect(result.failure).toMatchObject({ stage: 'read', class: 'truncated' });
  expect(result.status).toBe(200);
  expect(result.body).toMatchObject({ bytes: TRUNCATED.sent, contentLength: TRUNCATED.contentLength, capped: false });
  expect(result.body?.sha256).toBe(sha256(Buffer.alloc(TRUNCATED.sent)));
});

test('headers that never end are a precise failure (http-headers-too-large), not an unknown one', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/endless-headers` });
  expect(result.failure).toMatchObject({ stage: 'http', class: 'http-headers-too-large' });
});

test('a reset in the middle of the body is a read reset', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/reset-mid-body` });
  expect(result.failure).toMatchObject({ stage: 'read', class: 'reset', detail: 'ECONNRESET' });
  expect(result.body?.bytes).toBeLessThanOrEqual(TRUNCATED.sent);
});

test('headers and then silence time out in the read stage, near the deadline', async () => {
  const base = await labUrl(httpServer());
  const timeoutMs = 400;
  const result = await probe({ url: `${base}/freeze-16k` }, context(undefined, timeoutMs));
  expect(result.failure).toMatchObject({ stage: 'read', class: 'timeout' });
  // Node's timers may fire a millisecond early against performance.now().
  expect(result.failure?.afterMs).toBeGreaterThanOrEqual(timeoutMs - 2);
  expect(result.failure?.afterMs).toBeLessThan(timeoutMs + 300);
  expect(result.body).toMatchObject({ bytes: FREEZE_AFTER_BYTES, capped: false });
});

test('cancelling the run mid-body stops the probe at once', async () => {
  const server = httpServer();
  const base = await labUrl(server);
  const run = new AbortController();
  const pending = probe({ url: `${base}/slow` }, context(run.signal, 10_000));
  await once(server, TRICKLED);
  await once(server, TRICKLED); // the first byte has had a whole interval to arrive
  const abortedAt = performance.now();
  run.abort();
  const result = await pending;
  expect(performance.now() - abortedAt).toBeLessThan(1000);
  expect(result.failure).toMatchObject({ stage: 'read', class: 'cancelled' });
  expect(result.body?.bytes).toBeGreaterThanOrEqual(1);
});

test('https with a valid certificate, the address pinned: Host and SNI carry the URL name', async () => {
  const { port } = await listen(httpsServer('valid'));
  const url = `https://detour.test:${port}/redirect-chain/1`;
  const result = await probe({ url, address: '127.0.0.1' });
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ status: 200, finalUrl: `https://detour.test:${port}/redirect-chain/0` });
  expect(result.headers).toMatchObject({ 'x-seen-host': `detour.test:${port}`, 'x-seen-sni': 'detour.test' });
  expect(result.body?.title).toBe(OK_TITLE);
});

test('plain http with the address pinned sends the URL name as Host', async () => {
  const { port } = await listen(httpServer());
  const result = await probe({ url: `http://detour.test:${port}/ok`, address: '127.0.0.1' });
  expect(result.failure).toBeUndefined();
  expect(result.headers['x-seen-host']).toBe(`detour.test:${port}`);
});

test('a self-signed certificate does not stop the fetch: the TLS probe judges certificates', async () => {
  const { port } = await listen(httpsServer('self-signed'));
  const result = await probe({ url: `https://detour.test:${port}/ok`, address: '127.0.0.1' });
  expect(result.failure).toBeUndefined();
  expect(result.body?.title).toBe(OK_TITLE);
});

test('failures before the headers are placed at the stage where they happened', async () => {
  const refused = await probe({ url: `http://127.0.0.1:${await closedPort()}/` });
  expect(refused.failure).toMatchObject({ stage: 'tcp', class: 'refused', detail: 'ECONNREFUSED' });
  expect(refused).toMatchObject({ headers: {}, redirects: [] });
  expect(refused.status).toBeUndefined();

  const notTls = await probe({ url: `${(await labUrl(httpServer())).replace('http:', 'https:')}/ok` });
  expect(notTls.failure).toMatchObject({ stage: 'tls', class: 'tls-protocol', detail: 'ERR_SSL_WRONG_VERSION_NUMBER' });

  const reset = await probe({ url: `${await labUrl(resetOnFirstData())}/` });
  expect(reset.failure).toMatchObject({ stage: 'http', class: 'reset' });

  const closed = await probe({ url: `${await labUrl(closeOnFirstData())}/` });
  expect(closed.failure).toMatchObject({ stage: 'http', class: 'eof', detail: 'UND_ERR_SOCKET' });

  const garbage = await probe({ url: `${await labUrl(replyOnFirstData('SSH-2.0-OpenSSH\r\n\r\n'))}/` });
  expect(garbage.failure).toMatchObject({ stage: 'http', class: 'http-protocol' });
});

test('a server that accepts and never answers times out in the http stage', async () => {
  const base = await labUrl(acceptAndHang());
  const result = await probe({ url: `${base}/` }, context(undefined, 300));
  expect(result.failure).toMatchObject({ stage: 'http', class: 'timeout' });
  expect(result.failure?.afterMs).toBeGreaterThanOrEqual(298);
});
