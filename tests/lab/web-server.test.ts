import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventSource } from 'undici';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { DetourApi } from '../../src-main/shared/ipc/contract.ts';
import type { RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import { startWebMode, type WebMode, type WebModeOptions } from '../../src-main/web/web-mode.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { acceptAndHang } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

const PAGE = `<!doctype html><html><head><title>Detour</title><script type="module" src="./assets/app.js"></script></head><body></body></html>`;

let dir = '';
const running: WebMode[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-web-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), PAGE);
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log("detour")');
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((mode) => mode.close()));
  rmSync(dir, { recursive: true, force: true });
});

/** The real web mode on port 0, with its own data folder and the tiny renderer above. */
async function start(options: Partial<WebModeOptions> = {}): Promise<WebMode> {
  const mode = await startWebMode({
    port: 0,
    dataDir: join(dir, 'data'),
    rendererRoot: join(dir, 'renderer'),
    languages: ['az-AZ'],
    detectTools: () => Promise.resolve([]),
    ...options,
  });
  running.push(mode);
  return mode;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json: () => unknown;
}

interface Call {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One request with node:http, which lets a test set Host and Origin as an attacker would. */
function call(mode: WebMode, { method = 'GET', path, headers = {}, body }: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: mode.port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text,
          json: () => JSON.parse(text) as unknown,
        });
      });
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** An API call as the renderer makes it: the token in its header, the request as JSON. */
function api(mode: WebMode, channel: string, payload?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return call(mode, {
    method: 'POST',
    path: `/api/${channel}`,
    headers: { 'content-type': 'application/json', 'x-detour-token': mode.token, ...headers },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
}

/** Reads the event stream until `done` says so: no sleeping, the stream itself says when. */
function openEvents(mode: WebMode, path = `/api/events?token=${mode.token}`) {
  const messages: RunEventMessage[] = [];
  const comments: string[] = [];
  let response: IncomingMessage | undefined;
  let buffer = '';
  const waiters: Array<() => void> = [];
  const opened = new Promise<IncomingMessage>((resolve, reject) => {
    const request = httpRequest({ host: '127.0.0.1', port: mode.port, path }, (answer) => {
      response = answer;
      answer.setEncoding('utf8');
      answer.on('data', (chunk: string) => {
        buffer += chunk;
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith('data: ')) messages.push(JSON.parse(block.slice(6)) as RunEventMessage);
          else comments.push(block);
        }
        for (const wake of waiters.splice(0)) wake();
      });
      resolve(answer);
    });
    request.on('error', reject);
    request.end();
  });
  const until = (done: () => boolean): Promise<void> =>
    new Promise((resolve) => {
      const check = (): void => (done() ? resolve() : void waiters.push(check));
      check();
    });
  return { opened, messages, comments, until, close: () => response?.destroy() };
}

const isRunEnd = (message: RunEventMessage): boolean =>
  message.kind === 'run-failed' || message.event.type === 'run-finished';

function startRequest(url: string) {
  return { targets: [{ input: url, source: 'form 1' }], routes: [{ name: 'direct', kind: 'direct' }] };
}

test('the printed address is 127.0.0.1 with a port and the token', async () => {
  const mode = await start();
  expect(mode.url).toBe(`http://127.0.0.1:${mode.port}/?token=${mode.token}`);
  expect(mode.port).toBeGreaterThan(0);
});

test('the page needs the token; its scripts do not; both carry the web CSP', async () => {
  const mode = await start();
  expect((await call(mode, { path: '/' })).status).toBe(403);
  expect((await call(mode, { path: '/?token=wrong' })).status).toBe(403);
  expect((await call(mode, { path: `/index.html?token=${mode.token}x` })).status).toBe(403);

  const page = await call(mode, { path: `/?token=${mode.token}` });
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  const csp = page.headers['content-security-policy'];
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain("connect-src 'none'");
  expect(page.headers['x-content-type-options']).toBe('nosniff');

  const script = await call(mode, { path: '/assets/app.js' });
  expect(script.status).toBe(200);
  expect(script.text).toBe('console.log("detour")');
  expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  expect(script.headers['content-security-policy']).toContain("connect-src 'self'");
});

test('nothing outside the renderer folder is served', async () => {
  const mode = await start();
  for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '//secret.txt', '/missing.js']) {
    const answer = await call(mode, { path: `${path}?token=${mode.token}` });
    expect(answer.status, path).toBe(404);
    expect(answer.text).not.toContain('outside');
  }
  expect((await call(mode, { method: 'POST', path: '/assets/app.js' })).status).toBe(405);
});

test('the API refuses a missing or wrong token', async () => {
  const mode = await start();
  for (const token of ['', 'wrong', `${mode.token}x`, mode.token.slice(1)]) {
    const answer = await api(mode, 'detour:get-settings', undefined, { 'x-detour-token': token });
    expect(answer.status).toBe(403);
    expect(answer.json()).toEqual({ ok: false, error: { code: 'forbidden' } });
  }
  // The token in the query is for the page and EventSource only, never for an action.
  const inQuery = await call(mode, { method: 'POST', path: `/api/detour:get-settings?token=${mode.token}` });
  expect(inQuery.status).toBe(403);
  expect((await call(mode, { path: '/api/events' })).status).toBe(403);
  expect((await call(mode, { path: '/api/events?token=wrong' })).status).toBe(403);
});

test('a Host other than this server (DNS rebinding) is refused, the token notwithstanding', async () => {
  const mode = await start();
  for (const host of [`evil.example:${mode.port}`, `127.0.0.1:${mode.port + 1}`, '127.0.0.1', `[::1]:${mode.port}`]) {
    const answer = await api(mode, 'detour:get-settings', undefined, { host });
    expect(answer.status, host).toBe(403);
    expect(answer.text).not.toContain('"ok":true');
    expect((await call(mode, { path: `/?token=${mode.token}`, headers: { host } })).status).toBe(403);
  }
  const byName = await api(mode, 'detour:get-settings', undefined, { host: `localhost:${mode.port}` });
  expect(byName.status).toBe(200);
});

test('a request from another origin is refused; one from the page itself passes', async () => {
  const mode = await start();
  for (const origin of ['https://evil.example', 'null', `http://localhost:${mode.port}`]) {
    const answer = await api(mode, 'detour:get-settings', undefined, { origin });
    expect(answer.status, origin).toBe(403);
    expect(answer.text).not.toContain('"ok":true');
  }
  const same = await api(mode, 'detour:get-settings', undefined, { origin: `http://127.0.0.1:${mode.port}` });
  expect(same.status).toBe(200);
});

test('bodies: too large is 413, not JSON is 400, against the schema is 400', async () => {
  const mode = await start();
  const huge = Buffer.alloc(4 * 1024 * 1024 + 1, 0x20);
  const tooLarge = await call(mode, {
    method: 'POST',
    path: '/api/detour:set-settings',
    headers: { 'x-detour-token': mode.token, 'content-type': 'application/json' },
    body: huge,
  });
  expect(tooLarge.status).toBe(413);
  expect(tooLarge.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });

  // Sent in chunks, without a length announced up front.
  const chunked = await new Promise<number>((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: mode.port, method: 'POST', path: '/api/detour:set-settings' },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.setHeader('x-detour-token', mode.token);
    request.on('error', reject);
    for (let i = 0; i < 5; i++) request.write(Buffer.alloc(1024 * 1024, 0x20));
    request.end();
  });
  expect(chunked).toBe(413);

  const notJson = await call(mode, {
    method: 'POST',
    path: '/api/detour:set-settings',
    headers: { 'x-detour-token': mode.token },
    body: '{"language": ',
  });
  expect(notJson.status).toBe(400);
  expect(notJson.json()).toMatchObject({ ok: false, error: { code: 'bad-request' } });

  const wrong = await api(mode, 'detour:set-settings', { language: 'de' });
  expect(wrong.status).toBe(400);
  const refusal = wrong.json() as { ok: boolean; error: { code: string; message: string } };
  expect(refusal).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(refusal.error.message).toContain('language');
});

test('one large body at a time: a second while the first is read is 429, and the place is freed after', async () => {
  const mode = await start();
  const path = '/api/detour:read-report-text';
  // Past the 4 MiB of ordinary requests: only the report channels take this much.
  const large = Buffer.from(JSON.stringify('a'.repeat(6 * 1024 * 1024)));
  const headers = { 'x-detour-token': mode.token, 'content-type': 'application/json', 'content-length': large.length };

  const first = httpRequest({
    host: '127.0.0.1',
    port: mode.port,
    method: 'POST',
    path,
    headers: { ...headers, expect: '100-continue' },
  });
  const firstStatus = new Promise<number>((resolve, reject) => {
    first.once('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    first.once('error', reject);
  });
  // The server answers "100 Continue" as it takes the request: from then on, its body holds the place.
  first.flushHeaders();
  await new Promise((resolve) => first.once('continue', resolve));

  const second = await call(mode, { method: 'POST', path, headers, body: large });
  expect(second.status).toBe(429);
  expect(second.headers['retry-after']).toBe('1');
  expect(second.json()).toMatchObject({ ok: false, error: { code: 'busy' } });

  first.end(large);
  // Handled, not refused: a JSON string is no report request (400).
  expect(await firstStatus).toBe(400);
  const after = await call(mode, { method: 'POST', path, headers, body: large });
  expect(after.status).toBe(400);
});

test('an unknown action is 404, a wrong method 405', async () => {
  const mode = await start();
  expect((await api(mode, 'detour:format-disk')).status).toBe(404);
  expect((await api(mode, 'startRun')).status).toBe(404);
  const get = await call(mode, { path: '/api/detour:get-settings', headers: { 'x-detour-token': mode.token } });
  expect(get.status).toBe(405);
  expect(get.headers['allow']).toBe('POST');
  const postEvents = await call(mode, { method: 'POST', path: `/api/events?token=${mode.token}` });
  expect(postEvents.status).toBe(405);
});

test('settings are read and changed through the API, and kept in the data folder', async () => {
  const mode = await start();
  const settings = await api(mode, 'detour:get-settings');
  expect(settings.status).toBe(200);
  expect(settings.headers['content-type']).toBe('application/json; charset=utf-8');
  expect(settings.json()).toMatchObject({ ok: true, value: { language: 'az', timeoutMs: 8000 } });

  // The colon of the channel may come percent-encoded, as encodeURIComponent writes it.
  const changed = await api(mode, 'detour%3Aset-settings', { language: 'ru' });
  expect(changed.json()).toMatchObject({ ok: true, value: { language: 'ru' } });
  await mode.close();

  const again = await start();
  expect((await api(again, 'detour:get-settings')).json()).toMatchObject({ value: { language: 'ru' } });
  expect(again.token).not.toBe(mode.token);
});

test('a run waits for consent, then streams run-started … run-finished over server-sent events', async () => {
  const { port } = await listen(httpsServer());
  const mode = await start();
  const target = `https://localhost:${port}/ok`;

  const refused = await api(mode, 'detour:start-run', startRequest(target));
  expect(refused.status).toBe(200);
  expect(refused.json()).toEqual({ ok: false, error: { code: 'consent-required' } });
  expect((await api(mode, 'detour:get-consent')).json()).toMatchObject({ value: { riskNoticeAccepted: false } });

  const consent = await api(mode, 'detour:set-consent', { riskNoticeAccepted: true });
  expect(consent.json()).toMatchObject({ ok: true, value: { riskNoticeAccepted: true } });

  const events = openEvents(mode);
  const stream = await events.opened;
  expect(stream.statusCode).toBe(200);
  expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
  await events.until(() => events.comments.includes(': connected'));

  const started = await api(mode, 'detour:start-run', startRequest(target));
  const answer = started.json() as { ok: boolean; value: { runId: string } };
  expect(answer.ok).toBe(true);
  await events.until(() => events.messages.some(isRunEnd));

  const { messages } = events;
  expect(messages.every((message) => message.runId === answer.value.runId)).toBe(true);
  const types = messages.flatMap((message) => (message.kind === 'event' ? [message.event.type] : []));
  expect(types[0]).toBe('run-started');
  expect(types).toContain('target-finished');
  expect(messages.at(-1)).toMatchObject({ kind: 'event', event: { type: 'run-finished', status: 'completed' } });
  expect((await api(mode, 'detour:get-run-status')).json()).toEqual({ ok: true, value: { state: 'idle' } });
});

test('the stream sends a heartbeat comment and ends cleanly when the server closes', async () => {
  const mode = await start({ heartbeatMs: 10 });
  const events = openEvents(mode);
  const stream = await events.opened;
  await events.until(() => events.comments.includes(': heartbeat'));
  const ended = new Promise<void>((resolve) => stream.once('end', resolve));
  await mode.close();
  await ended;
});

test('closing web mode cancels a running run', async () => {
  const { port } = await listen(acceptAndHang());
  const mode = await start();
  await api(mode, 'detour:set-consent', { riskNoticeAccepted: true });
  const finished = new Promise<RunEventMessage>((resolve) =>
    mode.engine.subscribe((message) => {
      if (isRunEnd(message)) resolve(message);
    }),
  );
  const started = await api(mode, 'detour:start-run', {
    ...startRequest(`https://127.0.0.1:${port}/`),
    options: { timeoutMs: 60_000 },
  });
  expect(started.json()).toMatchObject({ ok: true });
  await mode.close();
  expect(await finished).toMatchObject({ kind: 'event', event: { type: 'run-finished', status: 'cancelled' } });
});

/** The renderer's client, as the page's bridge builds it. */
interface BridgeModule {
  createWebDetourApi: (options: {
    token: string;
    baseUrl?: string;
    openEventSource?: (url: string) => {
      addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
      close(): void;
    };
  }) => DetourApi;
}

test("the renderer's bridge speaks to the real server: actions over fetch, events over EventSource", async () => {
  // Loaded by URL: the renderer belongs to the browser's TypeScript project, not this one.
  const bridgeUrl = new URL('../../src-renderer/lib/bridge.ts', import.meta.url).href;
  const { createWebDetourApi } = (await import(bridgeUrl)) as BridgeModule;
  const { port } = await listen(httpsServer());
  const mode = await start();
  const sources: EventSource[] = [];
  const detour = createWebDetourApi({
    token: mode.token,
    baseUrl: `http://127.0.0.1:${mode.port}`,
    openEventSource: (url) => {
      const source = new EventSource(url);
      sources.push(source);
      return source;
    },
  });

  expect(await detour.getConsent()).toMatchObject({ ok: true, value: { riskNoticeAccepted: false } });
  expect(await detour.setConsent({ riskNoticeAccepted: true })).toMatchObject({ ok: true });
  expect(await detour.setSettings({ language: 'xx' as 'en' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });

  const received: RunEventMessage[] = [];
  const stopReceiving = detour.onRunEvent((message) => received.push(message));
  detour.onRunEvent(() => undefined)(); // on and off again: the shared stream stays for the first
  expect(sources).toHaveLength(1);
  const source = sources[0] as EventSource;
  await new Promise((resolve) => source.addEventListener('open', resolve));

  const ended = new Promise<void>((resolve) => {
    const stop = detour.onRunEvent((message) => {
      if (!isRunEnd(message)) return;
      stop();
      resolve();
    });
  });
  const request = startRequest(`https://localhost:${port}/ok`) as Parameters<DetourApi['startRun']>[0];
  expect(await detour.startRun(request)).toMatchObject({ ok: true });
  await ended;
  expect(received[0]).toMatchObject({ kind: 'event', event: { type: 'run-started' } });
  expect(received.at(-1)).toMatchObject({ kind: 'event', event: { type: 'run-finished' } });
  expect(sources).toHaveLength(1);
  // The last listener gone, the stream goes too.
  stopReceiving();
  expect(source.readyState).toBe(EventSource.CLOSED);

  // A wrong token gets the contract's refusal as plain data.
  const stranger = createWebDetourApi({ token: 'wrong', baseUrl: `http://127.0.0.1:${mode.port}` });
  expect(await stranger.getSettings()).toEqual({ ok: false, error: { code: 'forbidden' } });
});
