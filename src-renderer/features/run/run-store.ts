import type { DetourApi, RequestOf } from '../../../src-main/shared/ipc/contract.ts';
import type { IpcError } from '../../../src-main/shared/ipc/result.ts';
import type { RunEventMessage } from '../../../src-main/shared/ipc/run.ts';
import type { InputError, PathOutcome, RouteCheck } from '../../../src-main/shared/events.ts';
import type { Observation } from '../../../src-main/shared/observation.ts';
import type { PathSpec } from '../../../src-main/shared/path.ts';
import type { Target } from '../../../src-main/shared/target.ts';
import type { ToolResult, ToolsPlan } from '../../../src-main/shared/tools.ts';
import type { RunSummary, TargetVerdict } from '../../../src-main/shared/verdict.ts';

export type RunPhase = 'running' | 'cancelling' | 'completed' | 'cancelled' | 'failed';

export interface FinishedTarget {
  outcomes: readonly PathOutcome[];
  verdict: TargetVerdict;
}

/**
 * The current run as the screens read it: the same fold of the event stream as the
 * engine's report builder (which the renderer may not import), keyed for drawing a
 * targets × routes grid as results arrive.
 */
export interface RunView {
  readonly runId: string;
  readonly startedAt: string | null;
  readonly phase: RunPhase;
  /** From `run-started`; empty for a run this window joined in the middle. */
  readonly targets: readonly Target[];
  readonly routes: readonly PathSpec[];
  readonly done: number;
  readonly total: number;
  /** The probe each cell (cellKey) is at while it is being measured. */
  readonly measuring: ReadonlyMap<string, string>;
  /** Finished targets by id. */
  readonly finished: ReadonlyMap<string, FinishedTarget>;
  /** Observations by cellKey, in arrival order. */
  readonly observations: ReadonlyMap<string, readonly Observation[]>;
  readonly routeChecks: readonly RouteCheck[];
  readonly inputErrors: readonly InputError[];
  /** "Your tools" the run checks, from `run-started`, and their results as they come. */
  readonly tools: ToolsPlan | null;
  readonly toolResults: readonly ToolResult[];
  readonly summary: RunSummary | null;
  readonly endedAt: string | null;
  /** Why the run stopped, when the engine broke (`run-failed`). */
  readonly error: IpcError | null;
}

export function cellKey(targetId: string, path: string): string {
  return `${targetId}\u0000${path}`;
}

/** The fold's own state: the view's fields, growable in place (a run has thousands of observations). */
interface RunData {
  runId: string;
  startedAt: string | null;
  phase: RunPhase;
  targets: Target[];
  routes: PathSpec[];
  done: number;
  total: number;
  measuring: Map<string, string>;
  finished: Map<string, FinishedTarget>;
  observations: Map<string, Observation[]>;
  routeChecks: RouteCheck[];
  inputErrors: InputError[];
  tools: ToolsPlan | null;
  toolResults: ToolResult[];
  summary: RunSummary | null;
  endedAt: string | null;
  error: IpcError | null;
}

function emptyRun(runId: string, startedAt: string | null = null): RunData {
  return {
    runId,
    startedAt,
    phase: 'running',
    targets: [],
    routes: [],
    done: 0,
    total: 0,
    measuring: new Map(),
    finished: new Map(),
    observations: new Map(),
    routeChecks: [],
    inputErrors: [],
    tools: null,
    toolResults: [],
    summary: null,
    endedAt: null,
    error: null,
  };
}

/**
 * Adds one message to the run. A `run-started` begins a new run; any other message
 * counts only for the run in hand. Returns the run to keep (the same object, grown,
 * or a new one).
 */
export function applyRunMessage(run: RunData | null, message: RunEventMessage): RunData | null {
  if (message.kind === 'run-failed') {
    if (run?.runId !== message.runId) return run;
    run.phase = 'failed';
    run.error = message.error;
    run.measuring.clear();
    return run;
  }
  const { event } = message;
  if (event.type === 'run-started') {
    const fresh = emptyRun(event.runId, event.startedAt);
    fresh.targets = event.targets;
    fresh.routes = event.plan.paths;
    fresh.tools = event.plan.tools ?? null;
    fresh.total = event.targets.length;
    return fresh;
  }
  if (run?.runId !== message.runId) return run;
  switch (event.type) {
    case 'input-error':
      run.inputErrors.push(event.error);
      break;
    case 'route-checked':
      run.routeChecks.push(event.check);
      break;
    case 'control-rechecked':
      break;
    case 'tool-checked':
      run.toolResults.push(event.result);
      break;
    case 'progress':
      run.measuring.set(cellKey(event.targetId, event.path), event.step);
      run.done = Math.max(run.done, event.targetsDone);
      run.total = Math.max(run.total, event.targetsTotal);
      break;
    case 'observation': {
      const key = cellKey(event.observation.targetId, event.observation.path);
      const list = run.observations.get(key);
      if (list === undefined) run.observations.set(key, [event.observation]);
      else list.push(event.observation);
      break;
    }
    case 'target-finished':
      run.finished.set(event.targetId, { outcomes: event.outcomes, verdict: event.verdict });
      for (const route of run.routes) run.measuring.delete(cellKey(event.targetId, route.name));
      run.done = Math.max(run.done, run.finished.size);
      break;
    case 'run-finished':
      run.phase = event.status;
      run.summary = event.summary;
      run.endedAt = event.endedAt;
      run.measuring.clear();
      break;
  }
  return run;
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
  let data: RunData | null = null;
  let snapshot: RunView | null = null;
  let scheduled = false;
  const listeners = new Set<() => void>();

  const publish = (): void => {
    scheduled = false;
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
        data = applyRunMessage(data, message);
        changed();
      });
      void api.getRunStatus().then((answer) => {
        if (answer.ok && answer.value.state === 'running' && data === null) {
          data = emptyRun(answer.value.runId, answer.value.startedAt);
          changed();
        }
      });
      return stop;
    },
    async start(request) {
      const answer = await api.startRun(request);
      if (!answer.ok) return answer.error;
      // Its run-started normally came first; if not (a slow event stream), it fills this in.
      if (data?.runId !== answer.value.runId) {
        data = emptyRun(answer.value.runId);
        changed();
      }
      return null;
    },
    async cancel() {
      const run = data;
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
      if (data !== null && (data.phase === 'running' || data.phase === 'cancelling')) return;
      data = null;
      changed();
    },
  };
}
