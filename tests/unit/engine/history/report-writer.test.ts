import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { ReportWriter } from '../../../../src-main/engine/history/report-writer.ts';
import { writeFileAtomically } from '../../../../src-main/engine/atomic-write.ts';
import { sampleReport } from './sample-report.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'detour-writer-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const saved = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

test('saveSoon saves at once, then at most once a second: the last of a burst is deferred, never dropped', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  const path = join(dir, 'run.json');
  const writer = new ReportWriter(path);
  const first = sampleReport({ targets: 2, finished: 0 });
  writer.saveSoon(first);
  await writer.close();
  expect(saved(path)).toMatchObject({ status: 'running', targets: [{}, {}] });

  vi.advanceTimersByTime(300);
  writer.saveSoon(sampleReport({ targets: 2, finished: 1 }));
  const latest = sampleReport({ targets: 2, finished: 2 });
  writer.saveSoon(latest);
  // Within the second: nothing new on disk yet.
  expect(saved(path)).toEqual(JSON.parse(JSON.stringify(first)));
  vi.advanceTimersByTime(700);
  // The deferred save started; closing waits for it.
  await vi.waitFor(async () => {
    await writer.close();
    expect(saved(path)).toEqual(JSON.parse(JSON.stringify(latest)));
  });
});

test('save replaces a deferred save, and a failing background save is reported, not thrown', async () => {
  const errors: unknown[] = [];
  const writer = new ReportWriter(join(dir, 'run.json'), (error) => errors.push(error));
  const report = sampleReport({ targets: 1 });
  await writer.save(report);
  expect(saved(join(dir, 'run.json'))).toMatchObject({ status: 'completed' });

  const blocked = new ReportWriter(join(dir, 'missing', 'run.json'), (error) => errors.push(error));
  blocked.saveSoon(report);
  await blocked.close();
  expect(errors).toHaveLength(1);
  await expect(blocked.save(report)).rejects.toThrow();
});

test('an atomic write leaves the whole new file and no temporary one, owner-only', async () => {
  const path = join(dir, 'file.json');
  await writeFileAtomically(path, 'one\n');
  await writeFileAtomically(path, 'two\n');
  expect(readFileSync(path, 'utf8')).toBe('two\n');
  expect(readdirSync(dir)).toEqual(['file.json']);
  expect(statSync(path).mode & 0o777).toBe(0o600);
});
