import { join } from 'node:path';
import { expect, test } from 'vitest';
import { appendRunSpeeds } from '../../../src-main/engine/history/speed-file.ts';
import { AppHistory, createHistoryHandlers } from '../../../src-main/host/history-actions.ts';
import { speedPatternRequestSchema, speedPatternSchema } from '../../../src-main/shared/ipc/pattern.ts';
import { CONTROL_SITE, mondayWeeksBefore, SLOWED_SITE, weekdayEveningSeries } from '../../support/speed-series.ts';
import { tempDirPerTest } from '../../support/temp-dir.ts';
import { sampleReport, writeRun } from '../engine/history/sample-report.ts';

const dir = tempDirPerTest('speed-pattern-action');
const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const START = mondayWeeksBefore(new Date(NOW), 3);

/** Three weeks of runs at 09:00 and 19:00 as a schedule leaves them: the reports and the speed file beside them. */
async function seededHandlers() {
  const folder = join(dir(), 'history');
  const series = weekdayEveningSeries(START, 3, [9, 19]);
  for (const run of series.runs) {
    writeRun(folder, sampleReport({ runId: run.runId, startedAt: run.startedAt, targets: 1, inputs: [SLOWED_SITE] }));
  }
  await appendRunSpeeds(folder, series.runs);
  const history = new AppHistory(folder, { retentionDays: () => Promise.resolve(30), now: () => NOW });
  return { handlers: createHistoryHandlers({ history }), series };
}

test('speedPattern: the judged week in the viewer’s hours and the lines to draw, one site when asked', async () => {
  const { handlers, series } = await seededHandlers();
  const answer = await handlers.speedPattern({ site: SLOWED_SITE, utcOffsetMinutes: -START.getTimezoneOffset() });
  if (!answer.ok) throw new Error(`refused: ${JSON.stringify(answer.error)}`);
  expect(speedPatternSchema.parse(answer.value)).toEqual(answer.value);
  const { pattern, lines } = answer.value;
  expect(pattern.runs).toBe(series.runs.length);
  expect(pattern.sites.map((site) => [site.site, site.kind])).toEqual([[SLOWED_SITE, 'targeted']]);
  expect(pattern.sites[0]?.windows[0]).toMatchObject({ days: [0, 1, 2, 3, 4], fromMinute: 19 * 60, toMinute: 20 * 60 });
  expect(lines.map((line) => [line.site, line.control, line.points.length])).toEqual([
    [CONTROL_SITE, true, series.runs.length],
    [SLOWED_SITE, false, series.runs.length],
  ]);
});

test('speedPattern requests: only a site and an offset within UTC−14…+14 hours pass', () => {
  expect(speedPatternRequestSchema.safeParse({ utcOffsetMinutes: 15 * 60 }).success).toBe(false);
  expect(speedPatternRequestSchema.safeParse({ site: '' }).success).toBe(false);
  expect(speedPatternRequestSchema.safeParse({ folder: '/etc' }).success).toBe(false);
  expect(speedPatternRequestSchema.safeParse({}).success).toBe(true);
});

test('speedPattern without a history answers unavailable', async () => {
  expect(await createHistoryHandlers({}).speedPattern({})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
});
