import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { judgedReport } from '../../../src-main/core/judge/judged-report.ts';
import { observationsOn } from '../../../src-main/core/view/cells.ts';
import { AppHistory, createHistoryHandlers } from '../../../src-main/host/history-actions.ts';
import { validatedHandler } from '../../../src-main/host/validated-handler.ts';
import { openedRunSchema } from '../../../src-main/shared/ipc/history.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { eventsOf, runStartedOf, sampleReport, writeRun } from '../engine/history/sample-report.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';

const dir = tempDirPerTest('run-observations');
const folder = (): string => join(dir(), 'history');
const RUN = 'f00d0000-0000-4000-8000-000000000001';

function setup() {
  const history = new AppHistory(folder(), { retentionDays: () => Promise.resolve(30) });
  return { history, handlers: createHistoryHandlers({ history }) };
}

function value<T>(answer: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

/** A run big enough that its file is read as a stream (over 4 MiB), started today. */
function bigRun(): Report {
  return sampleReport({ runId: RUN, startedAt: new Date().toISOString(), targets: 800 });
}

test('openRun sends the report without its observations; runObservations reads one cell’s from the file', async () => {
  const report = bigRun();
  const file = writeRun(folder(), report);
  expect(statSync(join(folder(), file)).size).toBeGreaterThan(4 * 1024 * 1024);
  const { handlers } = setup();

  const opened = value(await handlers.openRun({ id: RUN }));
  expect(openedRunSchema.safeParse(opened).success).toBe(true);
  expect(opened).toEqual({ ...report, observations: [] });

  // Cells at the start, the middle and the end of the file, one on each route ("t1"
  // and not "t10": whole ids only).
  const cells = [
    ['t1', 'direct'],
    ['t400', 'office'],
    ['t800', 'dns'],
  ] as const;
  for (const [targetId, path] of cells) {
    const wanted = observationsOn(report, targetId, path);
    expect(wanted.length).toBeGreaterThan(0);
    expect(value(await handlers.runObservations({ id: RUN, targetId, path }))).toEqual(wanted);
  }
  expect(value(await handlers.runObservations({ id: RUN, targetId: 'nobody', path: 'direct' }))).toEqual([]);
  // Each read scans a file of megabytes: a busy machine needs more than the default 5 s.
}, 60_000);

test('an unfinished run is judged before its observations are left out, as every other view judges it', async () => {
  const whole = sampleReport({ runId: RUN, startedAt: new Date().toISOString(), targets: 8, status: 'interrupted' });
  // Killed after measuring its last site and before judging it.
  const last = whole.targets.length - 1;
  const unjudged: Report = {
    ...whole,
    targets: whole.targets.map((entry, index) => (index === last ? { target: entry.target, outcomes: [] } : entry)),
  };
  delete unjudged.summary;
  writeRun(folder(), unjudged);

  const opened = value(await setup().handlers.openRun({ id: RUN }));
  const judged = judgedReport(unjudged).report;
  expect(opened.targets[last]?.verdict).toBeDefined();
  expect(opened).toEqual({ ...judged, observations: [] });
});

test('a run going on: a cell’s observations come from its journal', async () => {
  const report = sampleReport({ runId: RUN, startedAt: new Date().toISOString(), targets: 4 });
  const { history, handlers } = setup();
  const recorder = await (await history.store()).startRun(runStartedOf({ ...report, status: 'running' }));
  for (const event of eventsOf({ ...report, status: 'running' })) recorder.add(event);
  await recorder.recording.flush();
  expect(value(await handlers.listRuns())[0]).toMatchObject({ id: RUN, status: 'running' });

  expect(value(await handlers.openRun({ id: RUN })).observations).toEqual([]);
  expect(value(await handlers.runObservations({ id: RUN, targetId: 't2', path: 'office' }))).toEqual(
    observationsOn(report, 't2', 'office'),
  );
  await recorder.finish();
});

test('a damaged observation is refused for its cell in one line, while the run still opens', async () => {
  const report = sampleReport({ runId: RUN, startedAt: new Date().toISOString(), targets: 4 });
  const file = writeRun(folder(), report);
  const broken = report.observations.findIndex((o) => o.targetId === 't3' && o.path === 'direct');
  const text = JSON.stringify({
    ...report,
    observations: report.observations.map((o, index) => (index === broken ? { ...o, durationMs: -1 } : o)),
  });
  writeFileSync(join(folder(), file), text);
  const { handlers } = setup();

  expect(value(await handlers.openRun({ id: RUN })).runId).toBe(RUN);
  expect(await handlers.runObservations({ id: RUN, targetId: 't3', path: 'direct' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request', message: expect.stringContaining('damaged') as unknown },
  });
});

test('the contract checks a cell before the handler sees it', async () => {
  const { handlers } = setup();
  const read = validatedHandler('runObservations', handlers.runObservations, () => undefined);
  for (const request of [
    { id: RUN, targetId: 't1' },
    { id: RUN, targetId: '', path: 'direct' },
    { id: RUN, targetId: 't1', path: 'direct', extra: 1 },
  ]) {
    expect(await read(request)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  }
  expect(await read({ id: 'nope', targetId: 't1', path: 'direct' })).toMatchObject({
    ok: false,
    error: { code: 'bad-request' },
  });
});
