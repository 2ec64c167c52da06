import { readBoundedText } from '../read-bounded.ts';
import type { EngineEvent } from '../../shared/events.ts';
import type { Report } from '../../shared/report.ts';
import type { RunRecording } from '../report/run-recording.ts';
import { runCounts } from './counts.ts';
import { runMetaSchema, type HistoryEntry, type RunMeta } from './index-file.ts';
import type { Damage, RunHead } from './read-run.ts';
import { describeBaseName, runBaseOf } from './run-files.ts';

/** A run as the history lists it, from its file, and the recorder that writes one as it goes. */

/** Records one run in the history as it goes (report/run-recording.ts); `finish` writes its report and lists it. */
export class RunRecorder {
  /** Where the report is written when the run ends. */
  readonly path: string;
  readonly recording: RunRecording;
  readonly #finish: () => Promise<HistoryEntry>;
  #finished: Promise<HistoryEntry> | null = null;

  constructor(path: string, recording: RunRecording, finish: () => Promise<HistoryEntry>) {
    this.path = path;
    this.recording = recording;
    this.#finish = finish;
  }

  /** Records an event (to the run's journal); none after `finish`. */
  add(event: EngineEvent): void {
    if (this.#finished === null) this.recording.add(event);
  }

  /**
   * Writes the report, releases the lock and updates the list; once. A run that never
   * got its `run-finished` (the engine broke) is saved as interrupted, judged as far as it went.
   */
  finish(): Promise<HistoryEntry> {
    this.#finished ??= this.#finish();
    return this.#finished;
  }
}

export function entryOf(file: string, report: RunHead | Report, meta: RunMeta): HistoryEntry {
  return {
    id: report.runId,
    file,
    startedAt: report.startedAt,
    ...(report.endedAt === undefined ? {} : { endedAt: report.endedAt }),
    status: report.status,
    name: meta.name,
    ...(meta.network === undefined ? {} : { network: meta.network }),
    counts: runCounts(report),
  };
}

export function damagedEntry(file: string, damage: Damage, meta: RunMeta): HistoryEntry {
  const base = runBaseOf(file) ?? file;
  return {
    ...describeBaseName(base),
    file,
    status: 'damaged',
    damage,
    name: meta.name,
    ...(meta.network === undefined ? {} : { network: meta.network }),
    counts: { targets: 0, finished: 0, blocked: 0, kinds: {} },
  };
}

/** A name and a label of at most a few hundred characters: a meta file larger than this is not one. */
const MAX_META_BYTES = 64 * 1024;

export async function readMeta(path: string): Promise<RunMeta> {
  // No meta file: the user never named the run.
  const read = await readBoundedText(path, { limit: MAX_META_BYTES, purpose: 'run name file' });
  if (!read.ok) return { name: '' };
  try {
    const parsed = runMetaSchema.safeParse(JSON.parse(read.value));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: as if the run had no name.
  }
  return { name: '' };
}
