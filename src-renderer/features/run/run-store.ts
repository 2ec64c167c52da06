import { ReportFold, type FoldOrigin } from '../../../src-main/core/fold.ts';
import { RecentRuns } from '../../../src-main/core/recent-runs.ts';
import type { DetourApi, RequestOf } from '../../../src-main/shared/ipc/contract.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import type { RunEventMessage } from '../../../src-main/shared/ipc/run.ts';
import type { Report } from '../../../src-main/shared/report.ts';

export type RunPhase = 'running' | 'cancelling' | 'completed' | 'cancelled' | 'failed';

/**
 * The current run as the screens read it: its report, folded from the event stream
 * by the same fold as the engine's (core/fold.ts), so a run going on, a finished one
 * and one opened from the history are one shape; beside it, what only a run going on
 * has (the cells being measured, progress, why the engine broke).
 */
export interface RunView {
  readonly runId: string;
  readonly startedAt: string | null;
  readonly phase: RunPhase;
  /** Null for a run this window joined in the middle (its `run-started` came before). */
  readonly report: Report | null;
  readonly done: number;
  readonly total: number;
  /** The probe each cell (cellKey) is at while it is being measured. */
  readonly measuring: ReadonlyMap<string, string>;
  /** Why the run stopped, when the engine broke (`run-failed`). */
  readonly error: IpcError | null;
}

export function cellKey(targetId: string, path: string): string {
  return `${targetId}\u0000${path}`;
}

/**
 * The renderer's copy of a report is for drawing only: exports and the history take
 * the main process's, stamped with the engine's version and platform.
 */
const SCREEN_ORIGIN: FoldOrigin = { appVersion: '', platform: { os: '', arch: '', runtime: '' } };

/** The fold's own state: the view's fields, growable in place (a run has thousands of cells). */
interface RunData {
  runId: string;
  startedAt: string | null;
  phase: RunPhase;
  report: Report | null;
  done: number;
  total: number;
  /** Targets whose `target-finished` came. */
  finished: number;
  measuring: Map<string, string>;
  error: IpcError | null;
}

function emptyRun(runId: string, startedAt: string | null = null): RunData {
  const counts = { done: 0, total: 0, finished: 0 };
  return { runId, startedAt, phase: 'running', report: null, ...counts, measuring: new Map(), error: null };
}

/** The current run: its report from the one fold, and what the screens draw while it goes. */
export class CurrentRun {
  readonly #reports = new RecentRuns(() => new ReportFold(SCREEN_ORIGIN), 1);
  #run: RunData | null = null;

  get data(): RunData | null {
    return this.#run;
  }

  /** A run the main process says is going, before any of its events came here. */
  join(runId: string, startedAt: string | null = null): void {
    this.#run = emptyRun(runId, startedAt);
  }

  /** Forgets the run (back to the start screen). */
  forget(): void {
    this.#run = null;
  }

  /**
   * Adds one message. A `run-started` begins a new run; any other message counts only
   * for the run in hand.
   */
  add(message: RunEventMessage): void {
    const report = this.#reports.add(message);
    if (message.kind === 'event' && message.event.type === 'run-started') {
      this.#run = { ...emptyRun(message.runId, message.event.startedAt), report, total: message.event.targets.length };
      return;
    }
    const run = this.#run;
    if (run?.runId !== message.runId) return;
    if (message.kind === 'run-failed') {
      run.phase = 'failed';
      run.error = message.error;
      run.measuring.clear();
      return;
    }
    const { event } = message;
    switch (event.type) {
      case 'progress':
        run.measuring.set(cellKey(event.targetId, event.path), event.step);
        run.done = Math.max(run.done, event.targetsDone);
        run.total = Math.max(run.total, event.targetsTotal);
        break;
      case 'target-finished':
        for (const route of report?.plan.paths ?? []) run.measuring.delete(cellKey(event.targetId, route.name));
        run.finished += 1;
        run.done = Math.max(run.done, run.finished);
        break;
      case 'run-finished':
        run.phase = event.status;
        run.measuring.clear();
        break;
      default:
        break;
    }
  }
}

export type StartRunRequest = RequestOf<'startRun'>;

/**
 * The current run for the screens (React reads it with useSyncExternalStore). It
 * listens to the run events from `connect()` on; a burst of events in one task
 * becomes one new snapshot.
 */
export interface RunStore {
  readonly subscribe: (listener: () => void) => () => void;
  readonly getSnapshot: () => RunView | null;
  /** Starts listening to run events and asks whether a run is already going; returns the stop function. */
  readonly connect: () => () => void;
  /** Resolves with null once the run has started, else with why not. */
  readonly start: (request: StartRunRequest) => Promise<IpcError | null>;
  readonly cancel: () => Promise<IpcError | null>;
  /** Forgets a finished run (back to the start screen). */
  readonly dismiss: () => void;
}

export function createRunStore(api: DetourApi): RunStore {
  const current = new CurrentRun();
  let snapshot: RunView | null = null;
  let scheduled = false;
  const listeners = new Set<() => void>();

  const publish = (): void => {
    scheduled = false;
    const data = current.data;
    snapshot = data === null ? null : { ...data };
    for (const listener of [...listeners]) listener();
  };
  const changed = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(publish);
  };

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    connect() {
      const stop = api.onRunEvent((message) => {
        current.add(message);
        changed();
      });
      void api.getRunStatus().then((answer) => {
        if (answer.ok && answer.value.state === 'running' && current.data === null) {
          current.join(answer.value.runId, answer.value.startedAt);
          changed();
        }
      });
      return stop;
    },
    async start(request) {
      const answer = await api.startRun(request);
      if (!answer.ok) return answer.error;
      // Its run-started normally came first; if not (a slow event stream), it fills this in.
      if (current.data?.runId !== answer.value.runId) {
        current.join(answer.value.runId);
        changed();
      }
      return null;
    },
    async cancel() {
      const run = current.data;
      if (run?.phase !== 'running') return null;
      run.phase = 'cancelling';
      changed();
      const answer = await api.cancelRun({ runId: run.runId });
      if (answer.ok || answer.error.code === 'not-running') return null;
      if (run.phase === 'cancelling') run.phase = 'running';
      changed();
      return answer.error;
    },
    dismiss() {
      const run = current.data;
      if (run !== null && (run.phase === 'running' || run.phase === 'cancelling')) return;
      current.forget();
      changed();
    },
  };
}
