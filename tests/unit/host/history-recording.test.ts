import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { AppHistory, createHistoryHandlers } from '../../../src-main/host/history-actions.ts';
import { InProcessEngineHost } from '../../../src-main/host/in-process-engine-host.ts';
import type { RunEventMessage } from '../../../src-main/shared/ipc/run.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../../src-main/shared/plan.ts';
import { httpsServer } from '../../lab/servers/http-servers.ts';
import { listenClosingAfterEach } from '../../lab/servers/listen.ts';
import { acceptAndHang } from '../../lab/servers/tcp-servers.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const listen = listenClosingAfterEach();
const dir = tempDirPerTest('history-recording');

function plan(inputs: string[], timeoutMs = 5000): Plan {
  return {
    entries: inputs.map((input, index) => ({ input, source: `form ${index + 1}` })),
    paths: [{ name: 'direct', kind: 'direct' }],
    options: { ...DEFAULT_PLAN_OPTIONS, timeoutMs },
  };
}

function setup() {
  const history = new AppHistory(join(dir(), 'history'), { retentionDays: () => Promise.resolve(30) });
  const errors: unknown[] = [];
  const host = new InProcessEngineHost({ history, onError: (error) => errors.push(error) });
  return { host, errors, handlers: createHistoryHandlers({ history }) };
}

/** Resolves with the first message `wanted` accepts: no sleeping. */
function next(host: InProcessEngineHost, wanted: (message: RunEventMessage) => boolean): Promise<RunEventMessage> {
  return new Promise((resolve) => {
    const stop = host.subscribe((message) => {
      if (!wanted(message)) return;
      stop();
      resolve(message);
    });
  });
}

const isEnd = (message: RunEventMessage): boolean =>
  message.kind === 'run-failed' || message.event.type === 'run-finished';

test('every run is in the history: listed as running from its start, finished with its counts when run-finished arrives', async () => {
  const { port } = await listen(httpsServer());
  const { host, handlers, errors } = setup();
  const ended = next(host, isEnd);
  const started = await host.start({ plan: plan([`https://localhost:${port}/ok`, 'bad target!']), secrets: {} });
  if (!started.ok) throw new Error('the run did not start');
  const runId = started.value.runId;

  // Listed before anyone hears of the run, so a window can open it at once.
  const during = await handlers.listRuns();
  expect(during.ok && during.value.find((run) => run.id === runId)?.status).toMatch(/running|completed/);

  await ended;
  const after = await handlers.listRuns();
  expect(after).toMatchObject({
    ok: true,
    value: [{ id: runId, status: 'completed', counts: { targets: 1, finished: 1, blocked: 0, kinds: { ok: 1 } } }],
  });
  const report = await handlers.openRun({ id: runId });
  expect(report).toMatchObject({
    ok: true,
    value: { runId, status: 'completed', inputErrors: [{ input: 'bad target!' }] },
  });
  // What was measured is kept, and read a cell at a time (the result screen's evidence).
  const targetId = report.ok ? (report.value.targets[0]?.target.id ?? '') : '';
  const measured = await handlers.runObservations({ id: runId, targetId, path: 'direct' });
  expect(measured.ok && measured.value.length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

test('a cancelled run is saved as cancelled, with what was measured until then', async () => {
  const { port: okPort } = await listen(httpsServer());
  const { port: hangPort } = await listen(acceptAndHang());
  const { host, handlers } = setup();
  const okFinished = next(host, (m) => m.kind === 'event' && m.event.type === 'target-finished');
  const ended = next(host, isEnd);
  const started = await host.start({
    plan: plan([`https://localhost:${okPort}/ok`, `https://127.0.0.1:${hangPort}/`], 60_000),
    secrets: {},
  });
  if (!started.ok) throw new Error('the run did not start');
  await okFinished;
  await host.cancel(started.value.runId);
  await ended;
  expect(await handlers.listRuns()).toMatchObject({
    ok: true,
    value: [{ id: started.value.runId, status: 'cancelled', counts: { targets: 2, finished: 2 } }],
  });
});

test('a history that cannot be written costs the run nothing: it runs, and the failure is reported', async () => {
  const { port } = await listen(httpsServer());
  writeFileSync(join(dir(), 'blocker'), 'a file where the folder should be');
  const history = new AppHistory(join(dir(), 'blocker', 'history'), { retentionDays: () => Promise.resolve(30) });
  const errors: unknown[] = [];
  const host = new InProcessEngineHost({ history, onError: (error) => errors.push(error) });
  const ended = next(host, isEnd);
  const started = await host.start({ plan: plan([`https://localhost:${port}/ok`]), secrets: {} });
  expect(started.ok).toBe(true);
  expect(await ended).toMatchObject({ kind: 'event', event: { type: 'run-finished', status: 'completed' } });
  expect(errors).toHaveLength(1);
});
