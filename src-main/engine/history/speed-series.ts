import { join } from 'node:path';
import type { RunSpeed, SpeedSeries } from '../../shared/speed-series.ts';
import type { HistoryStore } from './history-store.ts';
import { readRunFile } from './read-run.ts';
import { forEachLimited } from './run-files.ts';
import { runSpeedOf } from './run-speed.ts';
import { appendRunSpeeds, readSpeedFile, rewriteSpeedFile } from './speed-file.ts';

const READ_CONCURRENCY = 8;

/**
 * The speed series of every finished run in the history, oldest first: from the
 * speed file (speed-file.ts), each run missing from it (older runs, one whose line
 * a crash tore) read once from its report and added, so the file can always be
 * rebuilt from the reports, as the index can. Runs deleted from the history leave
 * the series with them.
 */
export async function readSpeedSeries(store: HistoryStore): Promise<SpeedSeries> {
  const entries = (await store.list()).filter((e) => e.status !== 'damaged' && e.status !== 'running');
  const saved = await readSpeedFile(store.dir);
  const missing = entries.filter((entry) => !saved.runs.has(entry.id));
  const added: RunSpeed[] = [];
  await forEachLimited(missing, READ_CONCURRENCY, async (entry) => {
    const read = await readRunFile(join(store.dir, entry.file));
    if (read.ok) added.push(runSpeedOf(read.report));
  });
  const live = new Set(entries.map((entry) => entry.id));
  const runs = [...[...saved.runs.values()].filter((run) => live.has(run.runId)), ...added].sort(
    (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt),
  );
  // Best effort: a history folder that cannot be written to still shows its pattern.
  try {
    if (saved.lines > 2 * runs.length) await rewriteSpeedFile(store.dir, runs);
    else await appendRunSpeeds(store.dir, added);
  } catch {
    // The series is recomputed from the reports next time.
  }
  return { runs };
}
