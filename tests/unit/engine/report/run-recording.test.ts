import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { classifyReport } from '../../../../src-main/core/judge/index.ts';
import { readReportFile } from '../../../../src-main/engine/export/read-report.ts';
import { rebuildFromJournal } from '../../../../src-main/engine/report/rebuild-run.ts';
import { ReportBuilder } from '../../../../src-main/engine/report/report-builder.ts';
import { RunRecording } from '../../../../src-main/engine/report/run-recording.ts';
import { RunJudge } from '../../../../src-main/engine/run-judge.ts';
import type { EngineEvent } from '../../../../src-main/shared/events.ts';
import { reportSchema } from '../../../../src-main/shared/report.ts';
import { eventsOf, runStartedOf, sampleReport } from '../history/sample-report.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-recording-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const early = [{ source: 'sites.txt:3', input: 'not a site', code: 'malformed' as const }];

test('the report written from the journal is the one fold of the events, observations and all', async () => {
  const whole = sampleReport({ targets: 6 });
  const events: EngineEvent[] = [runStartedOf(whole), ...eventsOf(whole)];
  const journal = join(dir, 'run.journal');
  const [first, ...rest] = events;
  if (first?.type !== 'run-started') throw new Error('no run-started');
  const recording = await RunRecording.start(first, early, journal);
  for (const event of rest) {
    recording.add(event);
    recording.add({ type: 'progress', targetId: 't1', path: 'direct', step: 'tls', targetsDone: 0, targetsTotal: 6 });
  }
  // In memory: the fold without a single observation.
  expect(recording.current().observations).toEqual([]);
  expect(await recording.close()).toBe(true);
  // One line per event, progress left out.
  expect(readFileSync(journal, 'utf8').trimEnd().split('\n')).toHaveLength(events.length + early.length);

  const out = join(dir, 'report.json');
  await recording.writeReport(out);
  const full = new ReportBuilder(early);
  for (const event of events) full.add(event);
  const written = reportSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
  expect(written).toEqual(full.current());
  expect(written.observations).toHaveLength(whole.observations.length);
});

test('a journal cut short mid-line is rebuilt from its whole lines; a run going on stays running', async () => {
  const whole = sampleReport({ targets: 4 });
  const journal = join(dir, 'run.journal');
  const lines = [runStartedOf(whole), ...eventsOf(whole)]
    .filter((event) => event.type !== 'run-finished')
    .map((event) => JSON.stringify(event));
  writeFileSync(journal, `${lines.join('\n')}\n${lines.at(-1)?.slice(0, 40) ?? ''}`);
  const live = await rebuildFromJournal(journal, { judge: false });
  expect(live.ok && [live.report.status, live.report.summary]).toEqual(['running', undefined]);
  const killed = await rebuildFromJournal(journal, { judge: true });
  if (!killed.ok) throw new Error(killed.detail);
  expect(killed.report.status).toBe('interrupted');
  // Judged as far as it went, by the same judge: here every target had finished.
  expect(killed.report.summary).toEqual(whole.summary);
  expect(killed.report.targets).toEqual(whole.targets);
  expect(await rebuildFromJournal(join(dir, 'none.journal'), { judge: true })).toMatchObject({ ok: false });
});

test('RunJudge forgets what it judged and still judges as classify does on the whole report', () => {
  const whole = sampleReport({ targets: 12, blocked: (i) => i % 3 === 0 });
  const judge = new RunJudge(whole.plan.paths);
  for (const check of whole.routeChecks) judge.observe({ type: 'route-checked', check });
  const verdicts = whole.targets.map(({ target, outcomes }) => {
    for (const observation of whole.observations.filter((o) => o.targetId === target.id)) {
      judge.observe({ type: 'observation', observation });
    }
    return judge.judge(target, outcomes);
  });
  const again = classifyReport(whole);
  expect(verdicts).toEqual(again.verdicts);
  expect(judge.summary(whole.targets.map((t) => t.target))).toEqual(again.summary);
});

test('a report over 4 MiB is read as a stream into the same report', async () => {
  const big = sampleReport({ targets: 600 });
  const path = join(dir, 'big.json');
  writeFileSync(path, JSON.stringify(big, null, 2));
  expect(readFileSync(path).length).toBeGreaterThan(4 * 1024 * 1024);
  const read = await readReportFile(path);
  expect(read.ok && read.report).toEqual(big);
});
