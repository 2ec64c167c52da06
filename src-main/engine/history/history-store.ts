import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineEventOf, InputError } from '../../shared/events.ts';
import { observationsOn } from '../../core/view/cells.ts';
import type { Observation } from '../../shared/observation.ts';
import type { Report } from '../../shared/report.ts';
import { writeFileAtomically } from '../atomic-write.ts';
import type { ReportReadOptions } from '../export/read-report.ts';
import { journalObservations } from '../report/journal-reader.ts';
import { readJournalReport, rebuildFromJournal } from '../report/rebuild-run.ts';
import { writeReportFile } from '../report/report-stream.ts';
import { RunRecording } from '../report/run-recording.ts';
import { readIndex, writeIndex, type HistoryEntry, type RunMeta } from './index-file.ts';
import { damagedEntry, entryOf, readMeta, RunRecorder } from './run-entries.ts';
import type { ObservationFilter } from '../report/read-observations.ts';
import { readRunFile, readRunHead, readRunObservations, type Damage } from './read-run.ts';
import { forEachLimited, INDEX_FILE, reportFileName, runFileOf, runPaths, type RunPaths } from './run-files.ts';
import { RunLock, writerGone } from './run-lock.ts';
import { recordRunSpeed, SpeedObservations } from './run-speed.ts';

export interface HistoryOptions {
  /**
   * Deletes the runs started more than this many days ago when the history is opened
   * (the app's setting; 0 keeps none). Absent: keeps every run.
   */
  retentionDays?: number;
  /** The time now, in ms since the epoch (tests). */
  now?: () => number;
}

export type RunObservations = { ok: true; observations: Observation[] } | { ok: false; damage: Damage };

export type OpenedRun =
  { ok: true; entry: HistoryEntry; report: Report } | { ok: false; entry: HistoryEntry; damage: Damage };

export type HistoryErrorCode = 'not-found' | 'ambiguous' | 'running' | 'too-long';

/** A request the history cannot carry out: no such run, an ambiguous id, a run still in progress. */
export class HistoryError extends Error {
  override readonly name = 'HistoryError';
  readonly code: HistoryErrorCode;

  constructor(code: HistoryErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Longest name or network label a run takes. */
export const MAX_LABEL_LENGTH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Files read at once while the index is rebuilt. */
const READ_CONCURRENCY = 16;

/**
 * Every run, one report file each, in one folder (see run-files.ts for the names).
 * A run going on has a journal instead (report/journal-writer.ts), turned into its
 * report once, when it ends. The files are the truth; `index.json` is a cache of
 * the list, so 1,000 runs list without reading 1,000 reports. It is rebuilt from the
 * files when it is missing or damaged, and reconciled with the folder every time the
 * list is read: files it does not know (another process's runs) are read and added,
 * entries whose file is gone are dropped, and runs still `running` are read again
 * (their counts grow) and checked for a living writer (run-lock.ts): one whose
 * writer is gone is settled as `interrupted`, its report rebuilt from its journal
 * with every target it finished and their verdicts (report/rebuild-run.ts).
 * Operations within one process are serialised.
 */
export class HistoryStore {
  readonly dir: string;
  readonly #indexPath: string;
  readonly #now: () => number;
  /** By report file name. */
  #entries = new Map<string, HistoryEntry>();
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(dir: string, now: () => number) {
    this.dir = dir;
    this.#indexPath = join(dir, INDEX_FILE);
    this.#now = now;
  }

  /** Opens (creating it if need be) the history in `dir`, then applies the retention. */
  static async open(dir: string, options: HistoryOptions = {}): Promise<HistoryStore> {
    const store = new HistoryStore(dir, options.now ?? Date.now);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const index = await readIndex(store.#indexPath);
    if (index !== null) store.#entries = new Map(index.map((entry) => [entry.file, entry]));
    await store.#sync(index === null);
    if (options.retentionDays !== undefined) await store.prune(options.retentionDays);
    return store;
  }

  /** Every run, newest first, the folder's current state. */
  list(): Promise<HistoryEntry[]> {
    return this.#serially(async () => {
      await this.#sync(false);
      return this.#sorted();
    });
  }

  /** The run with this id, or the one whose id starts with it. */
  find(idOrPrefix: string): HistoryEntry {
    const wanted = idOrPrefix.trim().toLowerCase();
    const entries = [...this.#entries.values()];
    const exact = entries.find((e) => e.id.toLowerCase() === wanted || e.file.toLowerCase() === wanted);
    if (exact !== undefined) return exact;
    const matches = wanted === '' ? [] : entries.filter((e) => e.id.toLowerCase().startsWith(wanted));
    const [only] = matches;
    if (only !== undefined && matches.length === 1) return only;
    if (matches.length === 0) throw new HistoryError('not-found', `no run "${idOrPrefix}" in the history`);
    throw new HistoryError('ambiguous', `"${idOrPrefix}" starts ${matches.length} run ids; give more of it`);
  }

  /**
   * The run's report, validated; a file that fails is marked damaged in the list, with
   * the reason. `observations: false`: without its observations (the app's result
   * screen reads them one cell at a time, with `observations`).
   */
  open(idOrPrefix: string, options: ReportReadOptions = {}): Promise<OpenedRun> {
    return this.#serially(async () => {
      const found = this.find(idOrPrefix);
      const entry = await this.#refresh(found.file, found);
      this.#entries.set(entry.file, entry);
      if (entry.damage !== undefined) {
        await this.#saveIndexIfChanged(found, entry);
        return { ok: false, entry, damage: entry.damage };
      }
      const read = await this.#readReport(runPaths(this.dir, entry.file), entry, options);
      if (!read.ok) {
        const damaged = damagedEntry(entry.file, read.damage, entry);
        this.#entries.set(entry.file, damaged);
        await this.#writeIndex();
        return { ok: false, entry: damaged, damage: read.damage };
      }
      await this.#saveIndexIfChanged(found, entry);
      return { ok: true, entry, report: read.report };
    });
  }

  /**
   * The observations of one target on one route of a run: its report file scanned, not
   * read whole (read-run.ts); a run going on, from its journal.
   */
  observations(idOrPrefix: string, filter: ObservationFilter): Promise<RunObservations> {
    return this.#serially(async () => {
      const entry = this.find(idOrPrefix);
      const paths = runPaths(this.dir, entry.file);
      if (entry.status === 'running') {
        const live = await readJournalReport(paths.journal);
        if (live.ok) return { ok: true, observations: observationsOn(live.report, filter.targetId, filter.path) };
        if (!missing(live.detail)) return { ok: false, damage: { code: 'not-json', detail: live.detail } };
      }
      return readRunObservations(paths.report, filter);
    });
  }

  rename(idOrPrefix: string, name: string): Promise<HistoryEntry> {
    return this.#changeMeta(idOrPrefix, (meta) => ({ ...meta, name: label(name) }));
  }

  /** Labels the network the run was made on; an empty label removes it. */
  setNetwork(idOrPrefix: string, network: string): Promise<HistoryEntry> {
    return this.#changeMeta(idOrPrefix, (meta) => {
      const kept: RunMeta = { ...meta };
      delete kept.network;
      return label(network) === '' ? kept : { ...kept, network: label(network) };
    });
  }

  /** Marks a run as started by a schedule, for a list that tells them from the user's own. */
  markScheduled(idOrPrefix: string): Promise<HistoryEntry> {
    return this.#changeMeta(idOrPrefix, (meta) => ({ ...meta, scheduled: true }));
  }

  /** Deletes one run; a run another process is still writing is refused. */
  delete(idOrPrefix: string): Promise<HistoryEntry> {
    return this.#serially(async () => {
      const entry = this.find(idOrPrefix);
      if (entry.status === 'running') throw new HistoryError('running', `run ${entry.id} is still in progress`);
      await this.#remove(entry);
      await this.#writeIndex();
      return entry;
    });
  }

  /** Deletes every run but those in progress; resolves with how many were deleted. */
  deleteAll(): Promise<number> {
    return this.#deleteWhere(() => true);
  }

  /** Deletes the runs started more than `days` days ago (0: every finished run). */
  prune(days: number): Promise<number> {
    const cutoff = this.#now() - days * DAY_MS;
    return this.#deleteWhere((entry) => days === 0 || Date.parse(entry.startedAt) < cutoff);
  }

  /**
   * Starts recording a run from its `run-started`: takes its lock, starts its journal
   * and lists it as running. The recorder journals every event; `finish` writes the
   * report (streamed from the journal), removes the journal and releases the lock.
   */
  startRun(
    first: EngineEventOf<'run-started'>,
    earlyErrors: readonly InputError[] = [],
    onError?: (error: unknown) => void,
  ): Promise<RunRecorder> {
    return this.#serially(async () => {
      const file = reportFileName(first.startedAt, first.runId);
      const paths = runPaths(this.dir, file);
      const lock = await RunLock.acquire(paths.lock);
      let recording: RunRecording;
      try {
        recording = await RunRecording.start(first, earlyErrors, paths.journal, onError);
      } catch (error) {
        await lock.release();
        throw error;
      }
      this.#entries.set(file, entryOf(file, recording.current(), { name: '' }));
      await this.#writeIndex();
      const clocksAtStart = { wall: this.#now(), monotonic: performance.now() };
      const speed = new SpeedObservations();
      recording.watch((event) => speed.add(event));
      // The final save and the lock's release are one step of the queue: a list in
      // between would find the journal, its lock gone, and settle it as interrupted.
      return new RunRecorder(paths.report, recording, () =>
        this.#serially(async () => {
          let report: Report;
          try {
            if (!(await recording.close())) throw new Error('the run journal could not be written');
            report = recording.current();
            if (report.status === 'running') {
              // The engine stopped without run-finished: saved as a killed run would be.
              report = await this.#settle(paths);
            } else {
              await recording.writeReport(paths.report);
              await recording.removeJournal();
            }
          } finally {
            await lock.release();
          }
          const meta = await readMeta(paths.meta);
          const entry = entryOf(file, report, meta);
          this.#entries.set(file, entry);
          await this.#writeIndex();
          await recordRunSpeed(this.dir, report, speed.list(), {
            wallMs: this.#now() - clocksAtStart.wall,
            monotonicMs: performance.now() - clocksAtStart.monotonic,
          });
          return entry;
        }),
      );
    });
  }

  #changeMeta(idOrPrefix: string, change: (meta: RunMeta) => RunMeta): Promise<HistoryEntry> {
    return this.#serially(async () => {
      const entry = this.find(idOrPrefix);
      const meta = change({
        name: entry.name,
        ...(entry.network === undefined ? {} : { network: entry.network }),
        ...(entry.scheduled === undefined ? {} : { scheduled: entry.scheduled }),
      });
      await writeFileAtomically(runPaths(this.dir, entry.file).meta, `${JSON.stringify(meta)}\n`);
      const changed: HistoryEntry = { ...entry, ...meta };
      if (meta.network === undefined) delete changed.network;
      this.#entries.set(entry.file, changed);
      await this.#writeIndex();
      return changed;
    });
  }

  #deleteWhere(condemned: (entry: HistoryEntry) => boolean): Promise<number> {
    return this.#serially(async () => {
      const doomed = [...this.#entries.values()].filter((e) => e.status !== 'running' && condemned(e));
      for (const entry of doomed) await this.#remove(entry);
      if (doomed.length > 0) await this.#writeIndex();
      return doomed.length;
    });
  }

  async #remove(entry: HistoryEntry): Promise<void> {
    const paths = runPaths(this.dir, entry.file);
    await rm(paths.report, { force: true });
    await rm(paths.journal, { force: true });
    await rm(paths.meta, { force: true });
    await rm(paths.lock, { force: true });
    this.#entries.delete(entry.file);
  }

  /**
   * Brings the entries in line with the folder: reads the files the index does not
   * know (all of them when `rebuild`), drops entries whose file is gone, and reads
   * running ones again. Saves the index when anything changed.
   */
  async #sync(rebuild: boolean): Promise<void> {
    const names = await readdir(this.dir);
    const files = [...new Set(names.flatMap((name) => runFileOf(name) ?? []))];
    const named = new Set(names);
    const present = new Set(files);
    let changed = rebuild;
    for (const file of this.#entries.keys()) {
      if (!present.has(file)) {
        this.#entries.delete(file);
        changed = true;
      }
    }
    const stale = files.filter((file) => {
      const known = this.#entries.get(file);
      return rebuild || known === undefined || known.status === 'running';
    });
    await forEachLimited(stale, READ_CONCURRENCY, async (file) => {
      const before = this.#entries.get(file);
      const { meta, journal } = runPaths('', file);
      const after = await this.#refresh(file, rebuild ? undefined : before, named.has(meta), named.has(journal));
      this.#entries.set(file, after);
      if (JSON.stringify(before) !== JSON.stringify(after)) changed = true;
    });
    if (changed) await this.#writeIndex();
  }

  /**
   * The entry for a file as it is on disk now. A known, settled entry is kept as it
   * is; a new or running one is read; a running one whose writer is gone is settled
   * as interrupted (its report written from its journal, or, in a history of an older
   * version, its report rewritten so; its lock removed).
   */
  async #refresh(
    file: string,
    known: HistoryEntry | undefined,
    hasMeta = true,
    hasJournal?: boolean,
  ): Promise<HistoryEntry> {
    if (known !== undefined && known.status !== 'running') return known;
    const paths = runPaths(this.dir, file);
    const meta = known ?? (hasMeta ? await readMeta(paths.meta) : { name: '' });
    const journaled =
      hasJournal ??
      (await stat(paths.journal).then(
        () => true,
        () => false,
      ));
    const journal = journaled ? await this.#journalHead(paths) : null;
    if (journal !== null) {
      if (!journal.ok) return damagedEntry(file, { code: 'not-json', detail: journal.detail }, meta);
      return entryOf(file, journal.report, meta);
    }
    const read = await readRunHead(paths.report);
    if (!read.ok) return damagedEntry(file, read.damage, meta);
    let { value: head, json } = read;
    if (head.status === 'running' && (await writerGone(paths.lock, this.#now()))) {
      // Another process may have saved its final report and released the lock since the read.
      const again = await readRunHead(paths.report);
      if (again.ok && again.value.status !== 'running') return entryOf(file, again.value, meta);
      if (again.ok) ({ value: head, json } = again);
      head.status = 'interrupted';
      // A report an older version kept rewriting: rewritten as it was read, but for its
      // status (read in full, as an older version could only write what it held whole).
      const whole = await readRunFile(paths.report);
      if (whole.ok) await writeReportFile(paths.report, { ...whole.report, status: head.status });
      else await writeFileAtomically(paths.report, `${JSON.stringify({ ...json, status: head.status })}\n`);
      await rm(paths.lock, { force: true });
    }
    return entryOf(file, head, meta);
  }

  /**
   * A run with a journal, as far as it went: null when there is no journal (or the
   * report was written since). A journal whose writer is gone is settled first.
   */
  async #journalHead(paths: RunPaths): Promise<{ ok: true; report: Report } | { ok: false; detail: string } | null> {
    if (!(await writerGone(paths.lock, this.#now()))) {
      const live = await rebuildFromJournal(paths.journal, { judge: false });
      return live.ok || !missing(live.detail) ? live : null;
    }
    const finished = await readRunHead(paths.report);
    if (finished.ok && finished.value.status !== 'running') {
      // Killed between writing its report and removing its journal: the report is whole.
      await rm(paths.journal, { force: true });
      return null;
    }
    try {
      return { ok: true, report: await this.#settle(paths) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return missing(detail) ? null : { ok: false, detail };
    }
  }

  /**
   * A run whose writer is gone, from its journal: judged as far as it went, its report
   * written (observations streamed from the journal), the journal and lock removed.
   */
  async #settle(paths: RunPaths): Promise<Report> {
    const rebuilt = await rebuildFromJournal(paths.journal, { judge: true });
    if (!rebuilt.ok) throw new Error(rebuilt.detail);
    await writeReportFile(paths.report, rebuilt.report, journalObservations(paths.journal));
    await rm(paths.journal, { force: true });
    await rm(paths.lock, { force: true });
    return rebuilt.report;
  }

  /** A run's whole report: its file, or, while it goes on, its journal folded. */
  async #readReport(
    paths: RunPaths,
    entry: HistoryEntry,
    options: ReportReadOptions,
  ): Promise<{ ok: true; report: Report } | { ok: false; damage: Damage }> {
    if (entry.status === 'running') {
      const live =
        options.observations === false
          ? await rebuildFromJournal(paths.journal, { judge: false })
          : await readJournalReport(paths.journal);
      if (live.ok) return live;
      if (!missing(live.detail)) return { ok: false, damage: { code: 'not-json', detail: live.detail } };
    }
    return readRunFile(paths.report, options);
  }

  async #saveIndexIfChanged(before: HistoryEntry, after: HistoryEntry): Promise<void> {
    if (JSON.stringify(before) !== JSON.stringify(after)) await this.#writeIndex();
  }

  #writeIndex(): Promise<void> {
    return writeIndex(this.#indexPath, this.#sorted());
  }

  #sorted(): HistoryEntry[] {
    return [...this.#entries.values()].sort(
      (a, b) => b.startedAt.localeCompare(a.startedAt) || a.id.localeCompare(b.id),
    );
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(task);
    this.#queue = next.catch(() => undefined);
    return next;
  }
}

function label(text: string): string {
  const trimmed = text.trim();
  if ([...trimmed].length > MAX_LABEL_LENGTH) {
    throw new HistoryError('too-long', `a name or label is at most ${MAX_LABEL_LENGTH} characters`);
  }
  return trimmed;
}

/** A journal that is not there (never was, or removed once its report was written). */
function missing(detail: string): boolean {
  return /no such file|ENOENT/.test(detail);
}
