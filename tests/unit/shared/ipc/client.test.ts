import { expect, test, vi } from 'vitest';
import { ACTION_CHANNELS } from '../../../../src-main/shared/ipc/channels.ts';
import { createDetourApi } from '../../../../src-main/shared/ipc/client.ts';
import type { RunEventMessage } from '../../../../src-main/shared/ipc/run.ts';

test('each method sends its request on its action channel and resolves with the answer', async () => {
  const invoke = vi.fn((channel: string) => Promise.resolve({ ok: true, value: { channel } }));
  const api = createDetourApi(invoke, () => () => undefined);
  expect(await api.cancelRun({ runId: 'r1' })).toEqual({ ok: true, value: { channel: ACTION_CHANNELS.cancelRun } });
  await api.getSettings();
  expect(invoke.mock.calls).toEqual([
    [ACTION_CHANNELS.cancelRun, { runId: 'r1' }],
    [ACTION_CHANNELS.getSettings, undefined],
  ]);
});

test('a rejected invoke becomes a plain internal error, never a thrown Error', async () => {
  const api = createDetourApi(
    () => Promise.reject(new Error('No handler registered')),
    () => () => undefined,
  );
  expect(await api.getRunStatus()).toEqual({
    ok: false,
    error: { code: 'internal', message: 'getRunStatus got no answer' },
  });
});

test('run events come through the subscription, which returns its own unsubscribe', () => {
  const listeners = new Set<(message: RunEventMessage) => void>();
  const api = createDetourApi(vi.fn(), (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  });
  const received: RunEventMessage[] = [];
  const unsubscribe = api.onRunEvent((message) => received.push(message));
  const message: RunEventMessage = { kind: 'run-failed', runId: 'r', error: { code: 'internal' } };
  for (const listener of listeners) listener(message);
  unsubscribe();
  expect(received).toEqual([message]);
  expect(listeners.size).toBe(0);
});

test('the api is plain data and functions only, fit for contextBridge', () => {
  const api = createDetourApi(vi.fn(), () => () => undefined);
  for (const value of Object.values(api)) expect(typeof value).toBe('function');
  expect(Object.getPrototypeOf(api)).toBe(Object.prototype);
});
