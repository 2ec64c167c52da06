import { expect, test, vi } from 'vitest';
import { guardHandler, type GuardOptions } from '../../../src-main/app/ipc-dispatch.ts';
import { describeIssues } from '../../../src-main/host/validated-handler.ts';
import { ok } from '../../../src-main/shared/ipc/result.ts';

const APP_FRAME = { url: 'app://detour/index.html', isMainFrame: true };
const options = (): GuardOptions => ({ devServerOrigin: null, onInternalError: vi.fn() });

const validStart = {
  targets: [{ input: 'https://example.org/', source: 'form' }],
  routes: [{ name: 'direct', kind: 'direct' }],
};

test('a trusted sender with a valid payload reaches the handler with the parsed request', async () => {
  const handler = vi.fn(() => Promise.resolve(ok({ runId: 'r1' })));
  const guarded = guardHandler('startRun', handler, options());
  expect(await guarded(APP_FRAME, validStart)).toEqual({ ok: true, value: { runId: 'r1' } });
  expect(handler).toHaveBeenCalledWith(validStart);
});

test('an untrusted sender is refused before its payload is even read', async () => {
  const handler = vi.fn();
  const guarded = guardHandler('startRun', handler, options());
  expect(await guarded({ url: 'https://evil.example/', isMainFrame: true }, validStart)).toEqual({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await guarded(null, validStart)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  expect(handler).not.toHaveBeenCalled();
});

test.each([
  ['startRun', undefined],
  ['startRun', 'https://example.org/'],
  ['startRun', { ...validStart, targets: [] }],
  ['startRun', { ...validStart, extra: true }],
  ['startRun', { ...validStart, routes: [{ name: 'direct', kind: 'teleport' }] }],
  ['startRun', { ...validStart, routes: [validStart.routes[0], validStart.routes[0]] }],
  ['startRun', { ...validStart, secrets: { office: { username: 'u', password: 42 } } }],
  ['startRun', { ...validStart, options: { timeoutMs: 5 } }],
  ['startRun', { ...validStart, options: { controlUrl: 'stun:stun.example' } }],
  ['cancelRun', {}],
  ['cancelRun', { runId: '' }],
  ['getSettings', { please: true }],
  ['setSettings', { language: 'de' }],
  ['setSettings', { timeoutMs: '8000' }],
  ['setSettings', { colourScheme: 'dark' }],
  ['setConsent', { riskNoticeAccepted: 'yes' }],
  ['testRoute', { route: { name: 'p', kind: 'proxy', protocol: 'socks5', host: 'h', port: 0, auth: false } }],
  ['saveRouteCredentials', { route: 'office', credentials: { username: '', password: 'x' } }],
  ['forgetRouteCredentials', { route: '' }],
] as const)('%s with a bad payload (%j) answers bad-request', async (action, payload) => {
  const handler = vi.fn();
  const guarded = guardHandler(action, handler, options());
  const answer = await guarded(APP_FRAME, payload);
  expect(answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(handler).not.toHaveBeenCalled();
});

test('the bad-request message names the field, never its value', async () => {
  const guarded = guardHandler('startRun', vi.fn(), options());
  const answer = await guarded(APP_FRAME, {
    ...validStart,
    secrets: { office: { username: 'u', password: 1234567 } },
  });
  expect(answer).toEqual({
    ok: false,
    error: { code: 'bad-request', message: 'secrets.office.password: Invalid input: expected string, received number' },
  });
  expect(JSON.stringify(answer)).not.toContain('1234567');
});

test('a handler that throws answers internal as plain data, and the error goes to the log', async () => {
  const guardOptions = options();
  const failure = new Error('disk on fire');
  const guarded = guardHandler('getSettings', () => Promise.reject(failure), guardOptions);
  const answer = await guarded(APP_FRAME, undefined);
  expect(answer).toEqual({ ok: false, error: { code: 'internal' } });
  expect(guardOptions.onInternalError).toHaveBeenCalledWith('getSettings', failure);
});

test('at most three issues are described', () => {
  const issue = (path: string[]) => ({ code: 'custom' as const, path, message: 'wrong', input: 'secret' });
  expect(describeIssues([issue(['a']), issue(['b']), issue([]), issue(['d'])])).toBe(
    'a: wrong; b: wrong; request: wrong; …',
  );
});
