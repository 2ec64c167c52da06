import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createActionHandlers } from '../../../src-main/host/actions.ts';
import type { EngineHost } from '../../../src-main/host/engine-host.ts';
import { AppHistory, createHistoryHandlers } from '../../../src-main/host/history-actions.ts';
import { validatedHandler } from '../../../src-main/host/validated-handler.ts';
import { JsonFileStore } from '../../../src-main/host/json-file-store.ts';
import { EncryptedFileSecretStore } from '../../../src-main/host/secret-store.ts';
import { HistoryStore } from '../../../src-main/engine/index.ts';
import { runEntrySchema } from '../../../src-main/shared/ipc/history.ts';
import { ok } from '../../../src-main/shared/ipc/result.ts';
import { consentSchema, DEFAULT_SETTINGS, NO_CONSENT, settingsSchema } from '../../../src-main/shared/ipc/settings.ts';
import { reportSchema } from '../../../src-main/shared/report.ts';
import { eventsOf, runStartedOf, sampleReport, writeRun } from '../engine/history/sample-report.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('history-actions');
const folder = (): string => join(dir(), 'history');

const ids = {
  a: 'aaaa1111-0000-4000-8000-000000000001',
  b: 'bbbb2222-0000-4000-8000-000000000002',
  c: 'cccc3333-0000-4000-8000-000000000003',
};
const NOW = Date.parse('2026-12-01T12:00:00.000Z');

/** Three runs on disk: A (2 of 8 blocked), B (a day later, the proxy broken, nothing blocked), C cancelled. */
function threeRuns(): void {
  writeRun(folder(), sampleReport({ runId: ids.a, startedAt: '2026-11-27T08:00:00.000Z', targets: 8 }));
  writeRun(
    folder(),
    sampleReport({
      runId: ids.b,
      startedAt: '2026-11-28T08:00:00.000Z',
      targets: 8,
      blocked: () => false,
      failedRoutes: ['office'],
    }),
  );
  writeRun(
    folder(),
    sampleReport({ runId: ids.c, startedAt: '2026-11-29T08:00:00.000Z', targets: 4, status: 'cancelled' }),
  );
}

function setup(retentionDays = 30) {
  const history = new AppHistory(folder(), { retentionDays: () => Promise.resolve(retentionDays), now: () => NOW });
  return { history, handlers: createHistoryHandlers({ history }) };
}

function value<T>(answer: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

test('listRuns: newest first, with status, counts, and no file name (the folder is the main process’s business)', async () => {
  threeRuns();
  const { handlers } = setup();
  const runs = value(await handlers.listRuns());
  expect(runs.map((run) => run.id)).toEqual([ids.c, ids.b, ids.a]);
  expect(runs.map((run) => run.status)).toEqual(['cancelled', 'completed', 'completed']);
  expect(runs[2]).toEqual({
    id: ids.a,
    startedAt: '2026-11-27T08:00:00.000Z',
    endedAt: '2026-11-27T08:00:42.000Z',
    status: 'completed',
    name: '',
    counts: { targets: 8, finished: 8, blocked: 2, kinds: { ok: 6, 'tls-blocked': 2 }, network: 'not-checked' },
    // The sample's sites are given on the command line; its routes are a proxy and encrypted DNS.
    lists: ['other'],
    routes: ['office', 'dns'],
  });
  for (const run of runs) expect(runEntrySchema.strict().safeParse(run).success).toBe(true);
});

test('openRun: the report without its observations, validated; an unknown id, or only the start of one, is refused', async () => {
  threeRuns();
  const { handlers } = setup();
  const report = value(await handlers.openRun({ id: ids.a }));
  expect(reportSchema.parse(report).runId).toBe(ids.a);
  expect(report.observations).toEqual([]);
  expect(await handlers.openRun({ id: 'nope' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  // The command line takes a prefix; the app names runs by their whole id only.
  expect(await handlers.openRun({ id: 'aaaa' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('a damaged run file is listed as damaged with the reason, and opening it says so', async () => {
  threeRuns();
  writeFileSync(join(folder(), '2026-11-30T08-00-00.000Z-dddd4444.json'), '{"schemaVersion": 2, "runId": ');
  const { handlers } = setup();
  const damaged = value(await handlers.listRuns())[0];
  expect(damaged).toMatchObject({ id: 'dddd4444', status: 'damaged', damage: { code: 'not-json' } });
  expect(await handlers.openRun({ id: 'dddd4444' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request', message: expect.stringContaining('damaged') as unknown },
  });
});

test('renameRun and setRunNetwork are kept (also by another opening of the history); an empty label removes it', async () => {
  threeRuns();
  const { handlers } = setup();
  expect(value(await handlers.renameRun({ id: ids.a, name: '  home, morning ' }))).toMatchObject({
    name: 'home, morning',
  });
  expect(value(await handlers.setRunNetwork({ id: ids.a, network: 'VPN off' }))).toMatchObject({ network: 'VPN off' });
  const reopened = setup().handlers;
  expect(value(await reopened.listRuns())[2]).toMatchObject({ id: ids.a, name: 'home, morning', network: 'VPN off' });
  const cleared = value(await reopened.setRunNetwork({ id: ids.a, network: '' }));
  expect(cleared).not.toHaveProperty('network');
  expect(await reopened.renameRun({ id: 'missing', name: 'x' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
});

test('the contract checks names and ids before a handler sees them', async () => {
  const { handlers } = setup();
  const rename = validatedHandler('renameRun', handlers.renameRun, () => undefined);
  expect(await rename({ id: ids.a, name: 'x'.repeat(201) })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await rename({ id: '', name: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  expect(await rename({ id: ids.a, name: 'x', extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('deleteRun removes one run and its files; a run still being written is refused as busy', async () => {
  threeRuns();
  const { history, handlers } = setup();
  expect(value(await handlers.deleteRun({ id: ids.b }))).toMatchObject({ id: ids.b });
  expect(value(await handlers.listRuns()).map((run) => run.id)).toEqual([ids.c, ids.a]);
  expect(existsSync(join(folder(), '2026-11-28T08-00-00.000Z-' + ids.b + '.json'))).toBe(false);

  const running = sampleReport({
    runId: 'eeee5555',
    startedAt: '2026-11-30T08:00:00.000Z',
    targets: 4,
    finished: 1,
    status: 'running',
  });
  const recorder = await (await history.store()).startRun(runStartedOf(running));
  expect(await handlers.deleteRun({ id: 'eeee5555' })).toMatchObject({ ok: false, error: { code: 'busy' } });
  for (const event of eventsOf(sampleReport({ runId: 'eeee5555', targets: 4, status: 'cancelled' }))) {
    recorder.add(event);
  }
  await recorder.finish();
  expect(value(await handlers.deleteRun({ id: 'eeee5555' }))).toMatchObject({ status: 'cancelled' });
});

test('deleteAllRuns empties the history but for a run in progress, and says how many went', async () => {
  threeRuns();
  const { history, handlers } = setup();
  const running = sampleReport({
    runId: 'eeee5555',
    startedAt: '2026-11-30T08:00:00.000Z',
    targets: 4,
    finished: 0,
    status: 'running',
  });
  const recorder = await (await history.store()).startRun(runStartedOf(running));
  expect(value(await handlers.deleteAllRuns())).toEqual({ deleted: 3 });
  expect(value(await handlers.listRuns()).map((run) => run.id)).toEqual(['eeee5555']);
  await recorder.finish();
});

test('historyLocation names the folder, which the history actions use', async () => {
  const { handlers } = setup();
  expect(value(await handlers.historyLocation())).toEqual({ folder: folder() });
  expect(value(await handlers.listRuns())).toEqual([]);
  expect(existsSync(folder())).toBe(true);
});

test('compareRuns: verdict changes per target and the routes that stopped working, from the engine’s compareReports', async () => {
  threeRuns();
  const { handlers } = setup();
  const comparison = value(await handlers.compareRuns({ a: ids.a, b: ids.b }));
  expect(comparison.before.runId).toBe(ids.a);
  expect(comparison.after.runId).toBe(ids.b);
  const changed = comparison.targets.filter((target) => target.changed);
  expect(changed.map((target) => [target.before?.status, target.after?.status])).toEqual([
    ['tls-blocked', 'ok'],
    ['tls-blocked', 'ok'],
  ]);
  expect(comparison.routes.find((route) => route.path === 'office')).toMatchObject({
    before: { usable: true },
    after: { usable: false },
    change: 'stopped',
  });
  expect(comparison.counts.before.blocked).toBe(2);
  expect(await handlers.compareRuns({ a: ids.a, b: 'nope' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
});

test('runTimeline: every target across the runs, oldest first, with its direct verdict in each', async () => {
  threeRuns();
  const { handlers } = setup();
  const timeline = value(await handlers.runTimeline());
  expect(timeline.runs.map((run) => run.id)).toEqual([ids.a, ids.b, ids.c]);
  const first = timeline.targets[0];
  expect(first?.statuses).toEqual(['tls-blocked', 'ok', 'tls-blocked']);
  expect(timeline.targets).toHaveLength(8);
  // Targets only the 8-target runs had are null in the 4-target one.
  expect(timeline.targets[7]?.statuses[2]).toBeNull();
});

test('the retention setting applies when the history is opened: older runs are deleted, newer kept', async () => {
  threeRuns();
  writeRun(folder(), sampleReport({ runId: 'old00000', startedAt: '2026-10-01T08:00:00.000Z', targets: 2 }));
  const { handlers } = setup(30);
  expect(value(await handlers.listRuns()).map((run) => run.id)).toEqual([ids.c, ids.b, ids.a]);
  const none = setup(0).handlers;
  expect(value(await none.listRuns())).toEqual([]);
});

test('a history the folder of which cannot be made answers internal (thrown) and is tried again next time', async () => {
  writeFileSync(join(dir(), 'blocker'), 'a file where the folder should be');
  const history = new AppHistory(join(dir(), 'blocker', 'history'), { retentionDays: () => Promise.resolve(30) });
  const handlers = createHistoryHandlers({ history });
  await expect(handlers.listRuns()).rejects.toThrow();
  await expect(history.store()).rejects.toThrow();
});

test('without a history (a setup that keeps none) every history action answers unavailable', async () => {
  const handlers = createHistoryHandlers({});
  expect(await handlers.listRuns()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  expect(await handlers.historyLocation()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  expect(await handlers.getScheduleStatus()).toMatchObject({ ok: false, error: { code: 'unavailable' } });
});

test('createActionHandlers serves the history actions beside the others', async () => {
  threeRuns();
  const engine: EngineHost = {
    start: () => Promise.resolve(ok({ runId: 'run-1' })),
    cancel: (runId) => Promise.resolve(ok({ runId })),
    status: () => Promise.resolve({ state: 'idle' }),
    subscribe: () => () => undefined,
    detectLocalTools: () => Promise.resolve([]),
    testRoute: () => Promise.resolve({ path: 'direct', status: 'usable', elapsedMs: 1 }),
  };
  const handlers = createActionHandlers({
    engine,
    settings: new JsonFileStore(join(dir(), 'settings.json'), settingsSchema, DEFAULT_SETTINGS),
    consent: new JsonFileStore(join(dir(), 'consent.json'), consentSchema, NO_CONSENT),
    secrets: new EncryptedFileSecretStore(join(dir(), 'credentials.json'), {
      isAvailable: () => Promise.resolve(false),
      encrypt: () => Promise.reject(new Error('none')),
      decrypt: () => Promise.reject(new Error('none')),
    }),
    history: setup().history,
  });
  expect(value(await handlers.listRuns())).toHaveLength(3);
  expect(await (await HistoryStore.open(folder())).list()).toHaveLength(3);
});

test('a list while a run of this process finishes never settles it as interrupted over its final report', async () => {
  const { history, handlers } = setup();
  const store = await history.store();
  for (let round = 0; round < 5; round += 1) {
    const runId = `ffff000${round}`;
    const running = sampleReport({
      runId,
      startedAt: `2026-11-30T08:00:0${round}.000Z`,
      targets: 4,
      finished: 0,
      status: 'running',
    });
    const recorder = await store.startRun(runStartedOf(running));
    for (const event of eventsOf(sampleReport({ runId, startedAt: running.startedAt, targets: 4 }))) {
      recorder.add(event);
    }
    const [, during] = await Promise.all([recorder.finish(), handlers.listRuns(), handlers.listRuns()]);
    expect(during.ok && during.value.find((run) => run.id === runId)?.status).toMatch(/running|completed/);
    expect(value(await handlers.openRun({ id: runId }))).toMatchObject({ status: 'completed', summary: {} });
  }
});

test('a schedule request must be longer than its interval, in whole minutes and hours', async () => {
  const start = validatedHandler('startSchedule', createHistoryHandlers({}).startSchedule, () => undefined);
  const run = {
    targets: [{ input: 'https://example.org/', source: 'form' }],
    routes: [{ name: 'direct', kind: 'direct' }],
  };
  expect(await start({ everyMinutes: 90, forHours: 1, run })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await start({ everyMinutes: 0.5, forHours: 1, run })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  expect(await start({ everyMinutes: 30, forHours: 24, run: { ...run, targets: [] } })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
  // Passes the contract; this setup has no schedule host.
  expect(await start({ everyMinutes: 30, forHours: 24, run })).toMatchObject({
    ok: false,
    error: { code: 'unavailable' },
  });
});
