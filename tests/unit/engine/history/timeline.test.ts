import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { HistoryStore } from '../../../../src-main/engine/history/history-store.ts';
import { readTimeline } from '../../../../src-main/engine/history/timeline.ts';
import type { CatalogLabel } from '../../../../src-main/shared/catalog-label.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import { sampleReport, writeRun } from './sample-report.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-timeline-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A run whose first target is a built-in one with this label (none: as a report from before labels). */
function run(startedAt: string, label: CatalogLabel | null): Report {
  const report = sampleReport({ runId: `run-${startedAt}`, startedAt, targets: 2, blocked: (i) => i === 0 });
  if (label === null) return report;
  const entries = report.plan.entries.map((entry, index) => (index === 0 ? { ...entry, label } : entry));
  return { ...report, plan: { ...report.plan, entries } };
}

test("a timeline names a built-in target by the newest run's label; old runs without labels still count", async () => {
  writeRun(dir, run('2026-11-20T08:00:00.000Z', null));
  writeRun(dir, run('2026-11-21T08:00:00.000Z', { brand: 'Telegram', kind: 'app-servers', index: 1 }));
  writeRun(dir, run('2026-11-22T08:00:00.000Z', { brand: 'Telegram', kind: 'app-servers', index: 2 }));
  const timeline = await readTimeline(await HistoryStore.open(dir));
  expect(timeline.targets).toEqual([
    {
      input: 'site0.example',
      label: { brand: 'Telegram', kind: 'app-servers', index: 2 },
      statuses: ['tls-blocked', 'tls-blocked', 'tls-blocked'],
    },
    { input: 'site1.example', statuses: ['ok', 'ok', 'ok'] },
  ]);
});
