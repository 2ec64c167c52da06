import { rm } from 'node:fs/promises';
import type { EngineEvent, EngineEventOf, InputError } from '../../shared/events.ts';
import type { Report } from '../../shared/report.ts';
import { journalObservations } from './journal-reader.ts';
import { JournalWriter } from './journal-writer.ts';
import { ReportBuilder } from './report-builder.ts';
import { writeReportFile } from './report-stream.ts';

/**
 * One run as it is recorded: its events folded into the report (report-builder.ts)
 * without the observations, which go to the run's journal (journal-writer.ts) and
 * leave memory; at the end the report is written once, streamed, its observations
 * read back from the journal (report-stream.ts). Without a journal (nothing to save
 * the run to) the observations are simply not kept.
 *
 * The journal's first lines are `run-started` and the input errors found before the
 * run (list files the CLI read), as `input-error` events: the journal alone rebuilds
 * the report (rebuild-run.ts).
 */
export class RunRecording {
  readonly #builder = new ReportBuilder([], { keepObservations: false });
  readonly #journal: JournalWriter | null;
  readonly #watchers: ((event: EngineEvent) => void)[] = [];

  private constructor(journal: JournalWriter | null) {
    this.#journal = journal;
  }

  /** `journalPath` null: folded only. `onError`: told about a journal write that failed. */
  static async start(
    first: EngineEventOf<'run-started'>,
    earlyErrors: readonly InputError[],
    journalPath: string | null,
    onError?: (error: unknown) => void,
  ): Promise<RunRecording> {
    const journal = journalPath === null ? null : await JournalWriter.create(journalPath, onError);
    const recording = new RunRecording(journal);
    recording.add(first);
    for (const error of earlyErrors) recording.add({ type: 'input-error', error });
    return recording;
  }

  get journalPath(): string | null {
    return this.#journal?.path ?? null;
  }

  add(event: EngineEvent): void {
    this.#builder.add(event);
    this.#journal?.append(event);
    for (const watcher of this.#watchers) watcher(event);
  }

  /**
   * Calls `watcher` with every event from now on: what keeps a little of a run beside
   * its journal (the history's speed samples, history/run-speed.ts) sees what the
   * report's fold does not keep in memory.
   */
  watch(watcher: (event: EngineEvent) => void): void {
    this.#watchers.push(watcher);
  }

  /** The report so far, without its observations. */
  current(): Report {
    const report = this.#builder.current();
    if (report === null) throw new Error('a recording starts with run-started');
    return report;
  }

  /** Writes the journal's lines so far (they are, within a second, anyway). */
  async flush(): Promise<void> {
    await this.#journal?.flush();
  }

  /** Writes what is left of the journal and closes it; resolves false if a write failed. */
  async close(): Promise<boolean> {
    return (await this.#journal?.close()) ?? true;
  }

  /** Writes the report to `path` (atomically), its observations streamed from the closed journal. */
  writeReport(path: string): Promise<void> {
    const journal = this.journalPath;
    return writeReportFile(path, this.current(), journal === null ? undefined : journalObservations(journal));
  }

  /** Removes the journal, once the report is written. */
  async removeJournal(): Promise<void> {
    const journal = this.journalPath;
    if (journal !== null) await rm(journal, { force: true });
  }
}
