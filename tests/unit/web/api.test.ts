import { expect, test, vi } from 'vitest';
import { channelOfPath, createHttpDispatch, statusOf } from '../../../src-main/web/api.ts';
import { formatEvent } from '../../../src-main/web/events-stream.ts';
import type { ActionHandlers } from '../../../src-main/shared/ipc/contract.ts';
import { fail, ok } from '../../../src-main/shared/ipc/result.ts';

test('the channel is the path after /api/, decoded', () => {
  expect(channelOfPath('/api/detour:start-run')).toBe('detour:start-run');
  expect(channelOfPath('/api/detour%3Astart-run')).toBe('detour:start-run');
  expect(channelOfPath('/api/%E0%A4%A')).toBeNull();
  expect(channelOfPath('/index.html')).toBeNull();
});

test('every channel of the contract reaches its handler behind the payload check', async () => {
  const getSettings = vi.fn(() => Promise.resolve(ok({ language: 'az' })));
  const onError = vi.fn();
  const dispatch = createHttpDispatch({ getSettings } as unknown as ActionHandlers, onError);
  expect(dispatch('detour:start-run')).toBeTypeOf('function');
  expect(dispatch('startRun')).toBeUndefined();
  expect(dispatch('__proto__')).toBeUndefined();
  expect(await dispatch('detour:get-settings')?.(undefined)).toEqual({ ok: true, value: { language: 'az' } });
  expect(await dispatch('detour:get-settings')?.({ please: true })).toMatchObject({ error: { code: 'bad-request' } });
  expect(getSettings).toHaveBeenCalledTimes(1);
});

test('transport failures get HTTP statuses; refusals the contract expects are answers (200)', () => {
  expect(statusOf(ok(1))).toBe(200);
  expect(statusOf(fail('bad-request'))).toBe(400);
  expect(statusOf(fail('forbidden'))).toBe(403);
  expect(statusOf(fail('internal'))).toBe(500);
  expect(statusOf(fail('busy'))).toBe(200);
  expect(statusOf(fail('consent-required'))).toBe(200);
});

test('a run event is one data line of JSON', () => {
  const text = formatEvent({ kind: 'run-failed', runId: 'r\n1', error: { code: 'internal', message: 'a\nb' } });
  expect(text).toBe('data: {"kind":"run-failed","runId":"r\\n1","error":{"code":"internal","message":"a\\nb"}}\n\n');
});
