/**
 * npm run bench:history: opening and listing a history of 1,000 runs.
 *
 * The runs have the shape of real ones (tests/unit/engine/history/sample-report.ts):
 * 20 targets × 3 routes (direct, a SOCKS proxy, encrypted DNS), DNS, TCP, TLS with a
 * certificate chain and HTTP observed on each, verdicts and summary from the real
 * classifier, saved as the recorder saves them (indented JSON). Measured:
 *   cold: no index, so every file is read and checked and the index rebuilt;
 *   warm: the index is there, the folder is only listed and compared with it;
 *   list: the list again on a history already open (what the app does on each visit);
 *   open: one run read and checked against the full report schema.
 * The files were just written, so they are in the page cache: "cold" means no
 * index, not a cold disk. Everything happens in a temporary folder, removed at the end.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HistoryStore } from '../../src-main/engine/history/index.ts';
import { reportFileName } from '../../src-main/engine/history/run-files.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';

const RUNS = 1000;
const TARGETS = 20;
const COLD_ROUNDS = 5;
const ROUNDS = 25;
/** Rounds run before each phase's counted ones (one for the cold phase, whose rounds take seconds). */
const UNCOUNTED_ROUNDS = 15;
const HOUR = 3_600_000;

/** A few kinds of run (what is blocked, which route works, how it ended), each copied many times. */
const templates: Report[] = [
  sampleReport({ targets: TARGETS }),
  sampleReport({ targets: TARGETS, blocked: (i) => i % 3 === 0 }),
  sampleReport({ targets: TARGETS, blocked: (i) => i < 2, failedRoutes: ['office'] }),
  sampleReport({ targets: TARGETS, blocked: () => false }),
  sampleReport({ targets: TARGETS, status: 'cancelled', finished: 12 }),
  sampleReport({ targets: TARGETS, status: 'interrupted', finished: 7 }),
];

const dir = mkdtempSync(join(tmpdir(), 'detour-bench-history-'));
try {
  const bytes = writeHistory();
  console.log(
    `history: ${RUNS} runs of ${TARGETS} targets × 3 routes (${templates[0]?.observations.length ?? 0} observations, ` +
      `${(bytes / RUNS / 1024).toFixed(0)} KB each, ${(bytes / 1024 / 1024).toFixed(0)} MB in all)`,
  );
  await bench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function writeHistory(): number {
  const start = Date.parse('2026-11-29T08:00:00.000Z');
  let bytes = 0;
  for (let index = 0; index < RUNS; index += 1) {
    const template = templates[index % templates.length] as Report;
    const startedAt = new Date(start - index * HOUR).toISOString();
    const runId = `${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
    const report: Report = {
      ...template,
      runId,
      startedAt,
      ...(template.endedAt === undefined ? {} : { endedAt: new Date(Date.parse(startedAt) + 42_000).toISOString() }),
    };
    const path = join(dir, reportFileName(startedAt, runId));
    writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
    bytes += statSync(path).size;
  }
  return bytes;
}

/**
 * Each figure in its own phase, many rounds after some not counted, the median printed:
 * a warm open measured right after a cold one paid for the cold one's garbage (a major
 * GC of some hundred MB), and the first fifteen or so of a fresh process for V8 growing
 * its heap and compiling, which made five rounds vary by a factor of two between runs.
 */
async function bench(): Promise<void> {
  const cold = await rounds(
    COLD_ROUNDS,
    async () => {
      rmSync(join(dir, 'index.json'), { force: true });
      return timed(async () => (await HistoryStore.open(dir)).list());
    },
    1,
  );
  const warm = await rounds(ROUNDS, () => timed(async () => (await HistoryStore.open(dir)).list()));
  const store = await HistoryStore.open(dir);
  const entries = await store.list();
  if (entries.length !== RUNS) throw new Error(`listed ${entries.length} runs, not ${RUNS}`);
  const list = await rounds(ROUNDS, () => timed(() => store.list()));
  const middle = entries[Math.floor(RUNS / 2)]?.id ?? '';
  const open = await rounds(ROUNDS, () =>
    timed(async () => {
      const opened = await store.open(middle);
      if (!opened.ok) throw new Error('a bench run is damaged');
    }),
  );
  const line = (label: string, times: number[]): void => {
    const ms = median(times);
    console.log(`  ${label}: ${ms.toFixed(1)} ms (${Math.round((RUNS / ms) * 1000).toLocaleString('en')} runs/s)`);
  };
  console.log(
    `median of ${COLD_ROUNDS} rounds (cold) and ${ROUNDS} (the others), after 1 and ${UNCOUNTED_ROUNDS} not counted:`,
  );
  line('cold open + list (no index: every file read, index rebuilt)', cold);
  line('warm open + list (index present)', warm);
  line('list again on an open history', list);
  console.log(`  open one run (full schema check): ${median(open).toFixed(1)} ms`);
}

async function rounds(count: number, measure: () => Promise<number>, uncounted = UNCOUNTED_ROUNDS): Promise<number[]> {
  for (let round = 0; round < uncounted; round += 1) await measure();
  const times: number[] = [];
  for (let round = 0; round < count; round += 1) times.push(await measure());
  return times;
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
