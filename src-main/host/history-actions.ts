import { isJudged, judgedReport } from '../core/judge/judged-report.ts';
import { speedPatternOf } from '../core/view/speed-lines.ts';
import {
  compareReports,
  HistoryError,
  HistoryStore,
  readSpeedSeries,
  readTimeline,
  type HistoryEntry,
  type ReportReadOptions,
} from '../engine/index.ts';
import type { ActionHandlers } from '../shared/ipc/contract.ts';
import type { RunEntry } from '../shared/ipc/history.ts';
import { fail, ok, type IpcResult } from '../shared/ipc/result.ts';
import type { Report } from '../shared/report.ts';
import type { ScheduleHost } from './schedule-host.ts';

export interface AppHistoryOptions {
  /** The user's setting (historyRetentionDays), read when the history is opened. */
  retentionDays: () => Promise<number>;
  /** The time now in ms (tests). */
  now?: () => number;
}

/**
 * The app's run history: a `history` folder in its own data folder (Electron's
 * userData, web mode's --data-dir), the same format as the command line's. Opened
 * once, on first use, and the retention setting is applied then: runs older than it
 * are deleted when the app starts, never under the user's eyes in the middle of a
 * session (a VPN check compares two runs just made, whatever the setting).
 */
export class AppHistory {
  readonly folder: string;
  readonly #options: AppHistoryOptions;
  #opening: Promise<HistoryStore> | null = null;

  constructor(folder: string, options: AppHistoryOptions) {
    this.folder = folder;
    this.#options = options;
  }

  /** The open history; a failed opening (a folder that cannot be made) is tried again next time. */
  store(): Promise<HistoryStore> {
    this.#opening ??= this.#open();
    const opening = this.#opening;
    opening.catch(() => {
      if (this.#opening === opening) this.#opening = null;
    });
    return opening;
  }

  /** Marks a run of the history as started by a schedule. */
  async markScheduled(runId: string): Promise<void> {
    await (await this.store()).markScheduled(runId);
  }

  /** A run's report by its whole id; undefined when there is no such run or its file is damaged (for exports). */
  async report(runId: string): Promise<Report | undefined> {
    try {
      const opened = await openReport(await this.store(), runId);
      return opened.ok ? opened.report : undefined;
    } catch (error) {
      if (error instanceof HistoryError) return undefined;
      throw error;
    }
  }

  async #open(): Promise<HistoryStore> {
    const retentionDays = await this.#options.retentionDays();
    return HistoryStore.open(this.folder, {
      retentionDays,
      ...(this.#options.now === undefined ? {} : { now: this.#options.now }),
    });
  }
}

export interface HistoryActionDependencies {
  /** Absent: this setup keeps no history (the actions answer `unavailable`). */
  history?: AppHistory | undefined;
  /** Absent: this setup cannot repeat runs. */
  schedule?: ScheduleHost | undefined;
}

type HistoryActionName =
  | 'listRuns'
  | 'openRun'
  | 'runObservations'
  | 'renameRun'
  | 'setRunNetwork'
  | 'deleteRun'
  | 'deleteAllRuns'
  | 'historyLocation'
  | 'compareRuns'
  | 'runTimeline'
  | 'speedPattern'
  | 'startSchedule'
  | 'stopSchedule'
  | 'getScheduleStatus';

export type HistoryActionHandlers = Pick<ActionHandlers, HistoryActionName>;

/** The history's actions, merged into createActionHandlers: list, open, name, label, delete, compare, schedule. */
export function createHistoryHandlers({ history, schedule }: HistoryActionDependencies): HistoryActionHandlers {
  const withStore = async <T>(work: (store: HistoryStore) => Promise<T>): Promise<IpcResult<T>> => {
    if (history === undefined) return fail('unavailable', 'this setup keeps no history');
    try {
      return ok(await work(await history.store()));
    } catch (error) {
      if (error instanceof HistoryError) return fail(error.code === 'running' ? 'busy' : 'bad-request', error.message);
      throw error;
    }
  };
  const withSchedule = <T>(work: (host: ScheduleHost) => Promise<IpcResult<T>>): Promise<IpcResult<T>> =>
    schedule === undefined ? Promise.resolve(fail('unavailable', 'this setup cannot repeat runs')) : work(schedule);

  return {
    listRuns: () => withStore(async (store) => (await store.list()).map(runEntry)),
    openRun: async ({ id }) => {
      const opened = await withStore((store) => openReport(store, id, { observations: false }));
      if (!opened.ok) return opened;
      if (!opened.value.ok) return fail('bad-request', opened.value.why);
      if (isJudged(opened.value.report)) return ok(opened.value.report);
      // An unfinished run is judged here, from its observations, before they are left out.
      const whole = await withStore((store) => openReport(store, id));
      if (!whole.ok) return whole;
      if (!whole.value.ok) return fail('bad-request', whole.value.why);
      return ok({ ...judgedReport(whole.value.report).report, observations: [] });
    },
    runObservations: async ({ id, targetId, path }) => {
      const read = await withStore((store) => store.observations(exact(store, id), { targetId, path }));
      if (!read.ok) return read;
      return read.value.ok ? ok(read.value.observations) : fail('bad-request', damaged(read.value.damage));
    },
    renameRun: ({ id, name }) => withStore(async (store) => runEntry(await store.rename(exact(store, id), name))),
    setRunNetwork: ({ id, network }) =>
      withStore(async (store) => runEntry(await store.setNetwork(exact(store, id), network))),
    deleteRun: ({ id }) => withStore(async (store) => runEntry(await store.delete(exact(store, id)))),
    deleteAllRuns: () => withStore(async (store) => ({ deleted: await store.deleteAll() })),
    historyLocation: () =>
      Promise.resolve(history === undefined ? fail('unavailable') : ok({ folder: history.folder })),
    compareRuns: async ({ a, b }) => {
      const before = await withStore((store) => openReport(store, a));
      const after = await withStore((store) => openReport(store, b));
      if (!before.ok) return before;
      if (!after.ok) return after;
      if (!before.value.ok) return fail('bad-request', before.value.why);
      if (!after.value.ok) return fail('bad-request', after.value.why);
      return ok(compareReports(before.value.report, after.value.report));
    },
    runTimeline: () => withStore((store) => readTimeline(store)),
    speedPattern: (request) => withStore(async (store) => speedPatternOf(await readSpeedSeries(store), request)),
    startSchedule: (request) => withSchedule((host) => Promise.resolve(host.start(request))),
    stopSchedule: () => withSchedule(async (host) => ok(await host.stop())),
    getScheduleStatus: () => withSchedule((host) => Promise.resolve(ok(host.status()))),
  };
}

/** The app names runs by their whole id: a prefix, which the command line takes, could name another run. */
function exact(store: HistoryStore, id: string): string {
  const entry = store.find(id);
  if (entry.id !== id) throw new HistoryError('not-found', `no run "${id}" in the history`);
  return id;
}

async function openReport(
  store: HistoryStore,
  id: string,
  options: ReportReadOptions = {},
): Promise<{ ok: true; report: Report } | { ok: false; why: string }> {
  // The list first: a run made by another process since (the command line) is found too.
  await store.list();
  const opened = await store.open(exact(store, id), options);
  return opened.ok ? { ok: true, report: opened.report } : { ok: false, why: damaged(opened.damage) };
}

function damaged(damage: { code: string }): string {
  return `the run's file is damaged (${damage.code})`;
}

/** An entry as the contract has it: no file name (the folder is the main process's business). */
function runEntry(entry: HistoryEntry): RunEntry {
  const copy: RunEntry & { file?: string } = { ...entry };
  delete copy.file;
  return copy;
}
