import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HistoryStore, readSpeedSeries } from '../../../../src-main/engine/history/index.ts';
import { runSpeedOf } from '../../../../src-main/engine/history/run-speed.ts';
import { SPEED_FILE } from '../../../../src-main/engine/history/speed-file.ts';
import type { Observation } from '../../../../src-main/shared/observation.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import { speedSeriesSchema } from '../../../../src-main/shared/speed-series.ts';
import { eventsOf, runStartedOf, sampleReport, writeRun } from './sample-report.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-speed-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ids = { a: 'aaaa1111-0000-4000-8000-000000000001', b: 'bbbb2222-0000-4000-8000-000000000002' };

/**
 * A sample run with the speed test on: every reached target and route downloads at
 * `speed(input, route)`, and the control over each route that checked it at 2 MB/s.
 */
function withThroughput(report: Report, speed: (input: string, route: string) => number): Report {
  const observations: Observation[] = [...report.observations];
  const add = (o: Omit<Extract<Observation, { probe: 'throughput' }>, 'id'>): string => {
    const id = `o${observations.length + 1}`;
    observations.push({ ...o, id });
    return id;
  };
  const at = { startedAt: report.startedAt, durationMs: 4000, samples: [], bytes: 1e6 };
  const routeChecks = report.routeChecks.map((check) =>
    check.status === 'usable'
      ? {
          ...check,
          observationIds: [
            ...check.observationIds,
            add({
              ...at,
              probe: 'throughput',
              targetId: 'control',
              path: check.path,
              url: 'https://example.com/',
              bytesPerSecond: 2e6,
            }),
          ],
        }
      : check,
  );
  const targets = report.targets.map((entry) => ({
    ...entry,
    outcomes: entry.outcomes.map((outcome) =>
      outcome.status !== 'reachable'
        ? outcome
        : {
            ...outcome,
            observationIds: [
              ...outcome.observationIds,
              add({
                ...at,
                probe: 'throughput',
                targetId: entry.target.id,
                path: outcome.path,
                url: `https://${entry.target.input}/`,
                bytesPerSecond: speed(entry.target.input, outcome.path),
              }),
            ],
          },
    ),
  }));
  return { ...report, observations, routeChecks, targets };
}

test('a run gives one sample per site and route, its controls beside them, and blocked ones as failed', () => {
  const report = withThroughput(sampleReport({ runId: ids.a, targets: 2 }), (input) =>
    input === 'site1.example' ? 5e4 : 1e6,
  );
  const run = runSpeedOf(report, 12);
  expect(run).toMatchObject({ runId: ids.a, startedAt: report.startedAt, sleptMs: 12 });
  expect(run.samples).toEqual([
    { site: 'https://example.com/', route: 'office', control: true, bytesPerSecond: 2e6 },
    { site: 'https://example.com/', route: 'dns', control: true, bytesPerSecond: 2e6 },
    // site0 is blocked on direct and over encrypted DNS (a TLS reset), reached through the proxy.
    { site: 'site0.example', route: 'direct', control: false, failed: true },
    { site: 'site0.example', route: 'office', control: false, bytesPerSecond: 1e6, ttfbMs: 49 },
    { site: 'site0.example', route: 'dns', control: false, failed: true },
    { site: 'site1.example', route: 'direct', control: false, bytesPerSecond: 5e4, ttfbMs: 49 },
    { site: 'site1.example', route: 'office', control: false, bytesPerSecond: 5e4, ttfbMs: 49 },
    { site: 'site1.example', route: 'dns', control: false, bytesPerSecond: 5e4, ttfbMs: 49 },
  ]);
});

test('a recorded run adds its samples to the speed file, with the time the machine slept (none here)', async () => {
  const store = await HistoryStore.open(dir);
  const final = withThroughput(sampleReport({ runId: ids.a, targets: 2 }), () => 1e6);
  const recorder = await store.startRun(runStartedOf(final));
  for (const event of eventsOf(final)) recorder.add(event);
  await recorder.finish();
  const lines = readFileSync(join(dir, SPEED_FILE), 'utf8').trim().split('\n');
  expect(lines).toHaveLength(1);
  const series = await readSpeedSeries(store);
  expect(speedSeriesSchema.parse(series)).toEqual(series);
  expect(series.runs).toHaveLength(1);
  expect(series.runs[0]?.sleptMs).toBeLessThan(1000);
  expect(series.runs[0]?.samples).toEqual(runSpeedOf(final).samples);
});

test('a run the machine slept through says how long: the wall clock ran past the monotonic one', async () => {
  // The history's wall clock jumps two hours between the start and the end of the run, as a closed lid does.
  let wall = Date.parse('2026-11-28T20:00:00.000Z');
  const store = await HistoryStore.open(dir, { now: () => wall });
  const final = withThroughput(sampleReport({ runId: ids.a, targets: 1 }), () => 1e6);
  const recorder = await store.startRun(runStartedOf(final));
  for (const event of eventsOf(final)) recorder.add(event);
  wall += 2 * 3_600_000;
  await recorder.finish();
  const [run] = (await readSpeedSeries(store)).runs;
  expect(run?.sleptMs).toBeGreaterThan(2 * 3_600_000 - 60_000);
  expect(run?.sleptMs).toBeLessThanOrEqual(2 * 3_600_000);
});

test('runs missing from the speed file are read from their reports once; deleted runs leave the series', async () => {
  writeRun(
    dir,
    withThroughput(sampleReport({ runId: ids.a, startedAt: '2026-11-28T08:00:00.000Z', targets: 2 }), () => 1e6),
  );
  writeRun(
    dir,
    withThroughput(sampleReport({ runId: ids.b, startedAt: '2026-11-27T08:00:00.000Z', targets: 2 }), () => 2e6),
  );
  const store = await HistoryStore.open(dir);
  const first = await readSpeedSeries(store);
  expect(first.runs.map((run) => run.runId)).toEqual([ids.b, ids.a]);
  expect(readFileSync(join(dir, SPEED_FILE), 'utf8').trim().split('\n')).toHaveLength(2);

  // A torn last line (a crash mid-append) is skipped, and the run read again from its report.
  const whole = readFileSync(join(dir, SPEED_FILE), 'utf8');
  writeFileSync(join(dir, SPEED_FILE), whole.slice(0, whole.length - 20));
  expect(await readSpeedSeries(store)).toEqual(first);

  await store.delete(ids.a);
  await store.delete(ids.b);
  expect(await readSpeedSeries(store)).toEqual({ runs: [] });
  // Lines of deleted runs are dropped once they are most of the file.
  expect(statSync(join(dir, SPEED_FILE)).size).toBe(0);
});
