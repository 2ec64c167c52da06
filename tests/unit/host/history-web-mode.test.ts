import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { ACTION_CHANNELS, type ActionName } from '../../../src-main/shared/ipc/channels.ts';
import type { RunEventMessage } from '../../../src-main/shared/ipc/run.ts';
import { startWebMode, type WebMode } from '../../../src-main/web/web-mode.ts';
import { httpsServer } from '../../lab/servers/http-servers.ts';
import { listenClosingAfterEach } from '../../lab/servers/listen.ts';
import { acceptAndHang } from '../../lab/servers/tcp-servers.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const listen = listenClosingAfterEach();
const dir = tempDirPerTest('history-web');
const running: WebMode[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((mode) => mode.close()));
});

async function start(): Promise<WebMode> {
  mkdirSync(join(dir(), 'renderer'), { recursive: true });
  writeFileSync(join(dir(), 'renderer', 'index.html'), '<!doctype html><title>Detour</title>');
  const mode = await startWebMode({
    port: 0,
    dataDir: join(dir(), 'data'),
    rendererRoot: join(dir(), 'renderer'),
    detectTools: () => Promise.resolve([]),
    onError: () => undefined,
  });
  running.push(mode);
  return mode;
}

/** An action over web mode's HTTP, as the renderer's bridge calls it (127.0.0.1 only). */
async function call(mode: WebMode, action: ActionName, payload?: unknown): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${mode.port}/api/${encodeURIComponent(ACTION_CHANNELS[action])}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-detour-token': mode.token },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
  return response.json();
}

function ended(mode: WebMode): Promise<RunEventMessage> {
  return new Promise((resolve) => {
    const stop = mode.engine.subscribe((message) => {
      if (message.kind === 'event' && message.event.type !== 'run-finished') return;
      stop();
      resolve(message);
    });
  });
}

const run = (...inputs: string[]) => ({
  targets: inputs.map((input, index) => ({ input, source: `form ${index + 1}` })),
  routes: [{ name: 'direct', kind: 'direct' }],
  options: { timeoutMs: 60_000 },
});

test('web mode keeps its history in <data-dir>/history and serves it through the contract', async () => {
  const { port } = await listen(httpsServer());
  const mode = await start();
  expect(await call(mode, 'historyLocation')).toEqual({ ok: true, value: { folder: join(dir(), 'data', 'history') } });
  await call(mode, 'setConsent', { riskNoticeAccepted: true });
  const done = ended(mode);
  const started = (await call(mode, 'startRun', run(`https://localhost:${port}/ok`))) as { value: { runId: string } };
  await done;
  expect(await call(mode, 'listRuns')).toMatchObject({
    ok: true,
    value: [{ id: started.value.runId, status: 'completed', counts: { targets: 1, blocked: 0 } }],
  });
  expect(await call(mode, 'setRunNetwork', { id: started.value.runId, network: 'VPN off' })).toMatchObject({
    ok: true,
    value: { network: 'VPN off' },
  });
  expect(existsSync(join(dir(), 'data', 'history', 'index.json'))).toBe(true);
});

test('closing web mode in the middle of a run waits until it is saved, as cancelled', async () => {
  const { port } = await listen(acceptAndHang());
  const mode = await start();
  await call(mode, 'setConsent', { riskNoticeAccepted: true });
  const observed = new Promise<void>((resolve) => {
    const stop = mode.engine.subscribe((message) => {
      if (message.kind !== 'event' || message.event.type !== 'observation') return;
      stop();
      resolve();
    });
  });
  const started = (await call(mode, 'startRun', run(`https://127.0.0.1:${port}/`))) as { value: { runId: string } };
  await observed;
  await mode.close();
  running.splice(0);

  const again = await start();
  expect(await call(again, 'listRuns')).toMatchObject({
    ok: true,
    value: [{ id: started.value.runId, status: 'cancelled' }],
  });
});

test('a schedule started over HTTP runs at once, is saved, and stops when asked', async () => {
  const { port } = await listen(httpsServer());
  const mode = await start();
  await call(mode, 'setConsent', { riskNoticeAccepted: true });
  const done = ended(mode);
  expect(
    await call(mode, 'startSchedule', { everyMinutes: 30, forHours: 2, run: run(`https://localhost:${port}/ok`) }),
  ).toMatchObject({ ok: true, value: { state: 'on', everyMinutes: 30 } });
  await done;
  expect(await call(mode, 'getScheduleStatus')).toMatchObject({ ok: true, value: { state: 'on', runsDone: 1 } });
  expect(await call(mode, 'listRuns')).toMatchObject({ ok: true, value: [{ status: 'completed' }] });
  expect(await call(mode, 'stopSchedule')).toEqual({ ok: true, value: { state: 'off', runsDone: 1 } });
});
