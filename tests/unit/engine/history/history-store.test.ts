import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HistoryError, HistoryStore } from '../../../../src-main/engine/history/index.ts';
import { runPaths } from '../../../../src-main/engine/history/run-files.ts';
import { reportSchema } from '../../../../src-main/shared/report.ts';
import { eventsOf, runStartedOf, sampleReport, writeRun } from './sample-report.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-history-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ids = { a: 'aaaa1111-0000-4000-8000-000000000001', b: 'bbbb2222-0000-4000-8000-000000000002' };
const c = 'cccc3333-0000-4000-8000-000000000003';

function threeRuns(): void {
  writeRun(dir, sampleReport({ runId: ids.a, startedAt: '2026-11-27T08:00:00.000Z', targets: 4 }));
  writeRun(dir, sampleReport({ runId: c, startedAt: '2026-11-29T08:00:00.000Z', targets: 4, status: 'cancelled' }));
  writeRun(dir, sampleReport({ runId: ids.b, startedAt: '2026-11-28T08:00:00.000Z', targets: 8 }));
}

test('lists runs newest first with their counts, and rebuilds a missing index from the files', async () => {
  threeRuns();
  const store = await HistoryStore.open(dir);
  const list = await store.list();
  expect(list.map((e) => e.id)).toEqual([c, ids.b, ids.a]);
  expect(list[1]).toMatchObject({
    status: 'completed',
    startedAt: '2026-11-28T08:00:00.000Z',
    endedAt: '2026-11-28T08:00:42.000Z',
    name: '',
    counts: { targets: 8, finished: 8, blocked: 2, kinds: { ok: 6, 'tls-blocked': 2 } },
  });
  expect(list[1]).not.toHaveProperty('network');
  // One JSON document that any tool reads, laid out an entry per line for a fast read.
  const index = readFileSync(join(dir, 'index.json'), 'utf8');
  expect(JSON.parse(index)).toEqual({ version: 3, runs: list });
  expect(index.split('\n')).toHaveLength(list.length + 3);

  rmSync(join(dir, 'index.json'));
  expect(await (await HistoryStore.open(dir)).list()).toEqual(list);
});

test('a corrupt index is rebuilt, and names, network labels and schedule marks survive it (they live beside the reports)', async () => {
  threeRuns();
  const store = await HistoryStore.open(dir);
  await store.rename('bbbb', '  before the VPN  ');
  await store.setNetwork(ids.b, 'home Wi-Fi');
  await store.markScheduled(ids.a);
  await store.setNetwork(ids.a, 'office');
  await store.setNetwork(ids.a, '');
  const before = await store.list();
  expect(before[1]).toMatchObject({ name: 'before the VPN', network: 'home Wi-Fi' });
  expect(before[1]).not.toHaveProperty('scheduled');
  expect(before[2]).not.toHaveProperty('network');
  // A schedule's mark outlives a change of label, and the rebuilds below.
  expect(before[2]).toMatchObject({ scheduled: true });

  // An index that says otherwise than the files: trusted when well laid out, rebuilt when not.
  const stale = before.map((entry) => JSON.stringify({ ...entry, name: 'stale' }));
  const laidOut = (lines: string[]): string => ['{"version":3,"runs":[', ...lines, ']}'].join('\n');
  writeFileSync(join(dir, 'index.json'), laidOut(stale.map((line, i) => (i < stale.length - 1 ? `${line},` : line))));
  expect((await (await HistoryStore.open(dir)).list()).map((entry) => entry.name)).toEqual(['stale', 'stale', 'stale']);
  const garbage = [
    '{"version": 1, "runs": [{"id": 3}]}',
    '{"runs": [',
    '',
    // Valid JSON, but not laid out an entry per line; then a comma missing between entries.
    `{"version":3,"runs":[${stale.join(',')}]}`,
    laidOut(stale),
  ];
  for (const text of garbage) {
    writeFileSync(join(dir, 'index.json'), text);
    expect(await (await HistoryStore.open(dir)).list()).toEqual(before);
  }
});

test('a damaged file is listed with the reason, never a crash; the full check runs when it is opened', async () => {
  threeRuns();
  writeFileSync(join(dir, '2026-11-20T08-00-00.000Z-notjson.json'), '{"schemaVersion": 2, "runId": ');
  writeFileSync(join(dir, '2026-11-21T08-00-00.000Z-array.json'), '[1, 2]');
  writeFileSync(join(dir, '2026-11-22T08-00-00.000Z-old.json'), '{"schemaVersion": 1}');
  writeFileSync(join(dir, '2026-11-23T08-00-00.000Z-nostatus.json'), '{"schemaVersion": 2, "runId": "x"}');
  // Valid where the list looks, broken deep inside: found when the run is opened.
  const deep = sampleReport({ runId: 'dddd4444', startedAt: '2026-11-24T08:00:00.000Z', targets: 2 });
  const deepFile = writeRun(dir, { ...deep, observations: [{ probe: 'tcp' }] } as never);

  const store = await HistoryStore.open(dir);
  const damaged = (await store.list()).filter((e) => e.status === 'damaged');
  expect(damaged.map((e) => [e.id, e.startedAt, e.damage?.code])).toEqual([
    ['nostatus', '2026-11-23T08:00:00.000Z', 'not-a-report'],
    ['old', '2026-11-22T08:00:00.000Z', 'unsupported-version'],
    ['array', '2026-11-21T08:00:00.000Z', 'not-a-report'],
    ['notjson', '2026-11-20T08:00:00.000Z', 'not-json'],
  ]);
  expect(damaged[0]?.damage?.detail).toMatch(/^startedAt: /);
  expect(damaged[1]?.damage?.detail).toBe('1');

  expect((await store.list()).find((e) => e.id === 'dddd4444')?.status).toBe('completed');
  const opened = await store.open('dddd');
  expect(opened).toMatchObject({ ok: false, damage: { code: 'not-a-report' } });
  expect(!opened.ok && opened.damage.detail).toMatch(/^observations\[0\]\./);
  expect((await (await HistoryStore.open(dir)).list()).find((e) => e.file === deepFile)?.status).toBe('damaged');

  // A good one opens, validated.
  const good = await store.open(ids.b);
  expect(good.ok && reportSchema.parse(good.report).runId).toBe(ids.b);
  // Damaged files can be deleted like any other.
  await store.delete('notjson');
  expect(existsSync(join(dir, '2026-11-20T08-00-00.000Z-notjson.json'))).toBe(false);
});

/** A pid that no process has: a child that has exited and been reaped. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

test.each([
  ['no lock file', (_lock: string) => undefined],
  ['a lock whose process has exited', (lock: string) => writeFileSync(lock, JSON.stringify({ pid: deadPid() }))],
  [
    "this process's pid in a lock it does not hold (an earlier process of the same pid)",
    (lock: string) => writeFileSync(lock, JSON.stringify({ pid: process.pid })),
  ],
  [
    'a living pid whose lock went untouched for a minute (the pid was reused)',
    (lock: string) => {
      writeFileSync(lock, JSON.stringify({ pid: process.ppid }));
      const old = new Date(Date.now() - 60_000);
      utimesSync(lock, old, old);
    },
  ],
  ['an unreadable lock', (lock: string) => writeFileSync(lock, 'pid?')],
])(
  'a run still "running" whose writer is gone (%s) is listed and rewritten as interrupted, with its results',
  async (_case, makeLock) => {
    const running = sampleReport({ runId: ids.a, targets: 5, finished: 2 });
    const file = writeRun(dir, running);
    const paths = runPaths(dir, file);
    makeLock(paths.lock);

    const store = await HistoryStore.open(dir);
    const [entry] = await store.list();
    expect(entry).toMatchObject({ status: 'interrupted', counts: { targets: 5, finished: 2, blocked: 1 } });
    expect(existsSync(paths.lock)).toBe(false);
    const saved = reportSchema.parse(JSON.parse(readFileSync(paths.report, 'utf8')));
    expect(saved).toEqual({ ...running, status: 'interrupted' });
    const opened = await store.open(ids.a);
    expect(opened.ok && opened.report.targets.map((t) => t.verdict?.direct?.status ?? null)).toEqual([
      'tls-blocked',
      'ok',
      null,
      null,
      null,
    ]);
  },
);

test("a run whose writer lives (a fresh lock of a living process) stays running, and can't be deleted", async () => {
  const file = writeRun(dir, sampleReport({ runId: ids.a, targets: 5, finished: 2 }));
  writeFileSync(runPaths(dir, file).lock, JSON.stringify({ pid: process.ppid }));
  const store = await HistoryStore.open(dir, { retentionDays: 0 });
  expect((await store.list()).map((e) => e.status)).toEqual(['running']);
  await expect(store.delete(ids.a)).rejects.toMatchObject({ code: 'running' });
  expect(await store.deleteAll()).toBe(0);
  expect(existsSync(join(dir, file))).toBe(true);
});

test('a run recorded by this process is running (also to a second reader) until it finishes', async () => {
  const store = await HistoryStore.open(dir);
  const final = sampleReport({ runId: ids.a, targets: 3 });
  const recorder = await store.startRun(runStartedOf(final));
  const paths = runPaths(dir, recorder.path.split('/').at(-1) ?? '');
  expect(existsSync(paths.lock)).toBe(true);
  expect(existsSync(paths.journal)).toBe(true);
  expect(existsSync(paths.report)).toBe(false);
  expect(await (await HistoryStore.open(dir)).list()).toMatchObject([
    { id: ids.a, status: 'running', counts: { targets: 3, finished: 0 } },
  ]);

  const events = eventsOf(final);
  for (const event of events.slice(0, -1)) recorder.add(event);
  // What is journalled is read back while the run goes on: the list's counts grow, and the run opens.
  await recorder.recording.flush();
  expect(await (await HistoryStore.open(dir)).list()).toMatchObject([
    { id: ids.a, status: 'running', counts: { targets: 3, finished: 3 } },
  ]);
  const live = await (await HistoryStore.open(dir)).open(ids.a);
  expect(live.ok && live.report.observations).toEqual(final.observations);

  for (const event of events.slice(-1)) recorder.add(event);
  const entry = await recorder.finish();
  expect(entry).toMatchObject({ status: 'completed', counts: { targets: 3, finished: 3, blocked: 1 } });
  expect([existsSync(paths.lock), existsSync(paths.journal)]).toEqual([false, false]);
  expect(await store.list()).toEqual([entry]);
  expect(await (await HistoryStore.open(dir)).list()).toEqual([entry]);
  expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  // The report is written once, whole, in the format every reader knows.
  const written = reportSchema.parse(JSON.parse(readFileSync(paths.report, 'utf8')));
  expect(written).toMatchObject({ status: 'completed', observations: final.observations, summary: final.summary });
  expect(written.targets).toEqual(final.targets);
});

test('a run killed mid-way is rebuilt from its journal: interrupted, judged as far as it went', async () => {
  const store = await HistoryStore.open(dir);
  const whole = sampleReport({ runId: ids.b, targets: 5 });
  const recorder = await store.startRun(runStartedOf(whole));
  const paths = runPaths(dir, recorder.path.split('/').at(-1) ?? '');
  const finished = new Set(['t1', 't2']);
  for (const event of eventsOf(whole)) {
    if (event.type === 'target-finished' && !finished.has(event.targetId)) continue;
    if (event.type !== 'run-finished') recorder.add(event);
  }
  await recorder.recording.close();
  // The journal's last line cut short, as a kill mid-write leaves it.
  appendFileSync(paths.journal, '{"type":"target-finished","targetId":"t3","outc');
  // A lock whose writer is gone: a pid no process has.
  writeFileSync(paths.lock, JSON.stringify({ pid: 2 ** 22 + 1 }));

  const [entry] = await (await HistoryStore.open(dir)).list();
  expect(entry).toMatchObject({ status: 'interrupted', counts: { targets: 5, finished: 2, blocked: 1 } });
  expect([existsSync(paths.lock), existsSync(paths.journal)]).toEqual([false, false]);
  const opened = await store.open(ids.b);
  if (!opened.ok) throw new Error(JSON.stringify(opened.damage));
  expect(opened.report.targets.map((t) => t.verdict?.direct?.status ?? null)).toEqual([
    'tls-blocked',
    'ok',
    null,
    null,
    null,
  ]);
  expect(opened.report.observations).toEqual(whole.observations);
  expect(opened.report.summary).toMatchObject({ targets: 2, blocked: 1 });
});

test('runs written or deleted by another process show up on the next list', async () => {
  threeRuns();
  const store = await HistoryStore.open(dir);
  expect(await store.list()).toHaveLength(3);
  const file = writeRun(dir, sampleReport({ runId: 'eeee5555', startedAt: '2026-11-30T08:00:00.000Z', targets: 1 }));
  expect((await store.list()).map((e) => e.id)[0]).toBe('eeee5555');
  rmSync(join(dir, file));
  expect((await store.list()).map((e) => e.id)).toEqual([c, ids.b, ids.a]);
});

test('ids are found by their start; a wrong or ambiguous one is a clear error', async () => {
  threeRuns();
  writeRun(dir, sampleReport({ runId: 'aaaa9999', startedAt: '2026-11-26T08:00:00.000Z', targets: 1 }));
  const store = await HistoryStore.open(dir);
  expect(store.find('BBBB').id).toBe(ids.b);
  expect(store.find('aaaa1').id).toBe(ids.a);
  expect(() => store.find('aaaa')).toThrow(new HistoryError('ambiguous', '"aaaa" starts 2 run ids; give more of it'));
  expect(() => store.find('ffff')).toThrow('no run "ffff" in the history');
  expect(() => store.find('')).toThrow(HistoryError);
  await expect(store.rename('x'.repeat(5), 'n')).rejects.toMatchObject({ code: 'not-found' });
  await expect(store.rename(ids.a, 'n'.repeat(201))).rejects.toMatchObject({ code: 'too-long' });
});

test('delete removes a run and what belongs to it; delete all empties the history', async () => {
  threeRuns();
  const store = await HistoryStore.open(dir);
  await store.rename(ids.a, 'first');
  const removed = await store.delete('aaaa');
  expect(removed.id).toBe(ids.a);
  expect(readdirSync(dir).filter((name) => name.includes('aaaa'))).toEqual([]);
  expect((await store.list()).map((e) => e.id)).toEqual([c, ids.b]);
  await expect(store.delete(ids.a)).rejects.toMatchObject({ code: 'not-found' });

  expect(await store.deleteAll()).toBe(2);
  expect(await store.list()).toEqual([]);
  expect(readdirSync(dir)).toEqual(['index.json']);
});

test('retention: opening deletes runs started more than N days ago; 0 keeps none', async () => {
  threeRuns();
  const now = () => Date.parse('2026-12-28T07:00:00.000Z');
  const kept = await HistoryStore.open(dir, { retentionDays: 30, now });
  // 30 days before is 28 Nov 07:00: the run of 27 Nov goes, those of 28 and 29 Nov stay.
  expect((await kept.list()).map((e) => e.id)).toEqual([c, ids.b]);
  expect(await (await HistoryStore.open(dir, { retentionDays: 3650, now })).list()).toHaveLength(2);
  expect(await (await HistoryStore.open(dir, { retentionDays: 0, now })).list()).toEqual([]);
});
