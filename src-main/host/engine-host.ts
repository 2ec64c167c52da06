import type { ControlSite } from '../shared/controls.ts';
import type { PathSecrets, PathSpec } from '../shared/path.ts';
import type { Plan } from '../shared/plan.ts';
import type { ToolSecrets } from '../shared/tools.ts';
import type { IpcResult } from '../shared/ipc/result.ts';
import type { DetectedToolInfo, RouteTest } from '../shared/ipc/routes.ts';
import type { RunEventMessage, RunStatus } from '../shared/ipc/run.ts';

export interface RunRequest {
  plan: Plan;
  /** Credentials by route name, beside the plan so they never reach an event or a report. */
  secrets: PathSecrets;
  /** The keys and bridge lines of the plan's tools, beside it for the same reason. */
  toolSecrets?: ToolSecrets;
  /** Where tor is, when the user said. */
  torPath?: string;
}

export interface RouteTestRequest {
  route: PathSpec;
  secrets: PathSecrets;
  controls: ControlSite[];
  timeoutMs: number;
}

export type RunEventListener = (message: RunEventMessage) => void;

/**
 * Where runs happen, as the shell sees it: start, cancel, and a stream of plain-data
 * events. The desktop app hosts it in the main process (the engine is async I/O, so
 * the window never waits on it); the web mode serves the same interface over HTTP and
 * server-sent events. Every method answers with plain data, never a thrown Error for
 * an expected refusal.
 */
export interface EngineHost {
  /** Starts a run, one at a time: a second start while one runs is refused with `busy`. */
  start(request: RunRequest): Promise<IpcResult<{ runId: string }>>;
  /** Cancels the run with this id (`not-running` if it is not the current one). */
  cancel(runId: string): Promise<IpcResult<{ runId: string }>>;
  status(): Promise<RunStatus>;
  /** Every event of every run from now on; returns the function that stops them. */
  subscribe(listener: RunEventListener): () => void;
  detectLocalTools(): Promise<DetectedToolInfo[]>;
  /** Whether one route reaches a control the whole way; independent of the current run. */
  testRoute(request: RouteTestRequest): Promise<RouteTest>;
}
