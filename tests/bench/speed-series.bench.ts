/**
 * npm run bench:speed: a week of 15-minute runs over 30 sites, as the speed series
 * keeps it (engine/history/speed-file.ts) and the time-pattern judge reads it.
 *
 * 672 runs, each of 30 sites and the 5 default neutral controls over the direct route, their
 * reports written as the history writes them (tests/unit/engine/history/sample-report.ts)
 * and their speed lines appended as a finished run appends its own. Measured:
 *   the speed file's size, and the index's beside it (what every list reads);
 *   list: the history's list on an open history, the speed file present;
 *   series: readSpeedSeries, every run found in the speed file;
 *   series, cold: the speed file removed, every run's samples read from its report;
 *   judge: judgeTimePattern over the week, in hours of the week.
 * Everything happens in a temporary folder, removed at the end.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { judgeTimePattern } from '../../src-main/core/judge/time-pattern.ts';
import { HistoryStore, readSpeedSeries } from '../../src-main/engine/history/index.ts';
import { reportFileName } from '../../src-main/engine/history/run-files.ts';
import { appendRunSpeeds, SPEED_FILE } from '../../src-main/engine/history/speed-file.ts';
import type { Report } from '../../src-main/shared/report.ts';
import type { RunSpeed } from '../../src-main/shared/speed-series.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';

const RUNS = 7 * 24 * 4;
const SITES = 30;
const CONTROLS = [
  'https://example.com/',
  'https://1.1.1.1/',
  'https://www.apple.com/library/test/success.html',
  'http://detectportal.firefox.com/success.txt',
  'http://connectivitycheck.gstatic.com/generate_204',
];
const ROUNDS = 5;
const QUARTER = 15 * 60_000;
const START = Date.parse('2026-11-23T00:00:00.000Z');

const inputs = Array.from({ length: SITES }, (_, i) => `https://www.independent-news-${i}.example/`);
const template: Report = sampleReport({ targets: SITES, inputs: inputs.map((url) => new URL(url).hostname) });

const dir = mkdtempSync(join(tmpdir(), 'detour-bench-speed-'));
try {
  const series = writeHistory();
  await appendRunSpeeds(dir, series);
  const store = await HistoryStore.open(dir);
  if ((await store.list()).length !== RUNS) throw new Error('the bench history is not complete');
  const speedBytes = statSync(join(dir, SPEED_FILE)).size;
  const indexBytes = statSync(join(dir, 'index.json')).size;
  console.log(`speed series: ${RUNS} runs (a week every 15 min) × ${SITES} sites + ${CONTROLS.length} controls`);
  console.log(
    `  speed file: ${kib(speedBytes)} (${(speedBytes / RUNS).toFixed(0)} bytes a run); index: ${kib(indexBytes)}`,
  );
  const list: number[] = [];
  const warm: number[] = [];
  const cold: number[] = [];
  const judge: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    list.push(await timed(() => store.list()));
    warm.push(await timed(() => readSpeedSeries(store)));
    const read = await readSpeedSeries(store);
    judge.push(await timed(() => Promise.resolve(judgeTimePattern(read))));
  }
  for (let round = 0; round < 2; round += 1) {
    rmSync(join(dir, SPEED_FILE));
    cold.push(await timed(() => readSpeedSeries(store)));
  }
  console.log(`median of ${ROUNDS} rounds:`);
  console.log(`  list the history (index only): ${median(list).toFixed(1)} ms`);
  console.log(`  read the series from the speed file: ${median(warm).toFixed(1)} ms`);
  console.log(`  judge the week (hours of the week): ${median(judge).toFixed(1)} ms`);
  console.log(`  read the series with no speed file (every report read, file rebuilt): ${median(cold).toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The week's reports in the folder; returns each run's speed samples, as the recorder would append them. */
function writeHistory(): RunSpeed[] {
  return Array.from({ length: RUNS }, (_, index) => {
    const startedAt = new Date(START + index * QUARTER).toISOString();
    const runId = `${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const report: Report = {
      ...template,
      runId,
      startedAt,
      endedAt: new Date(Date.parse(startedAt) + 42_000).toISOString(),
    };
    writeFileSync(join(dir, reportFileName(startedAt, runId)), `${JSON.stringify(report, null, 2)}\n`);
    const wobble = (seed: number): number => 0.9 + (((seed * 2654435761) >>> 0) % 1000) / 5000;
    return {
      runId,
      startedAt,
      endedAt: report.endedAt,
      sleptMs: 0,
      samples: [
        ...CONTROLS.map((site, c) => ({
          site,
          route: 'direct',
          control: true,
          bytesPerSecond: Math.round(2e6 * wobble(index + c)),
          ttfbMs: 45,
        })),
        ...inputs.map((site, s) => ({
          site,
          route: 'direct',
          control: false,
          bytesPerSecond: Math.round(9e5 * wobble(index * 31 + s)),
          ttfbMs: 120,
        })),
      ],
    };
  });
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
