import {
  detectLocalTools,
  runDiagnostics,
  type EngineEvent,
  type HistoryStore,
  type RunRecorder,
} from '../engine/index.ts';
import type { EngineEventOf, RouteCheck } from '../shared/events.ts';
import type { PathSpec } from '../shared/path.ts';
import { fail, ok, type IpcResult } from '../shared/ipc/result.ts';
import type { DetectedToolInfo, RouteTest } from '../shared/ipc/routes.ts';
import type { RunEventMessage, RunStatus } from '../shared/ipc/run.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../shared/plan.ts';
import type { EngineHost, RouteTestRequest, RunEventListener, RunRequest } from './engine-host.ts';

interface ActiveRun {
  controller: AbortController;
  /** Empty until the engine's `run-started` names it. */
  runId: string;
  startedAt: string;
  /** Records the run in the history as it goes (its journal), and writes its report at the end. */
  recorder: RunRecorder | null;
}

export interface InProcessEngineHostOptions {
  /** How local tools are found; the engine's own catalogue of ports unless a test says otherwise. */
  detectTools?: () => Promise<DetectedToolInfo[]>;
  /** Told about an engine failure or a listener that threw; the main process logs it. */
  onError?: (error: unknown) => void;
  /**
   * Where every run is saved as it goes (the app's history, history-actions.ts), so a
   * crash or a kill keeps what was measured; absent: runs are not saved.
   */
  history?: { store: () => Promise<HistoryStore> };
}

/**
 * The engine in the main process itself. It is async I/O throughout (sockets, timers,
 * no CPU-bound loops), so running it here keeps the window responsive without the
 * cost of a second process.
 */
export class InProcessEngineHost implements EngineHost {
  readonly #listeners = new Set<RunEventListener>();
  readonly #detectTools: () => Promise<DetectedToolInfo[]>;
  readonly #onError: (error: unknown) => void;
  readonly #history: InProcessEngineHostOptions['history'];
  #current: ActiveRun | null = null;

  constructor(options: InProcessEngineHostOptions = {}) {
    this.#detectTools = options.detectTools ?? (() => detectLocalTools());
    this.#onError = options.onError ?? (() => undefined);
    this.#history = options.history;
  }

  async start({ plan, secrets, toolSecrets, torPath }: RunRequest): Promise<IpcResult<{ runId: string }>> {
    if (this.#current !== null) return fail('busy', 'a run is in progress: cancel it or wait for it to end');
    const run: ActiveRun = {
      controller: new AbortController(),
      runId: '',
      startedAt: '',
      recorder: null,
    };
    this.#current = run; // taken before the first await, so a second start sees it
    try {
      const options = {
        signal: run.controller.signal,
        secrets,
        ...(toolSecrets === undefined ? {} : { toolSecrets }),
        ...(torPath === undefined ? {} : { torPath }),
      };
      const events = runDiagnostics(plan, options)[Symbol.asyncIterator]();
      const first = await events.next();
      if (first.done === true || first.value.type !== 'run-started') {
        this.#release(run);
        return fail('internal', 'the engine did not start the run');
      }
      run.runId = first.value.runId;
      run.startedAt = first.value.startedAt;
      // Listed in the history before anyone hears of the run.
      run.recorder = await this.#record(first.value);
      this.#publish({ kind: 'event', runId: run.runId, event: first.value });
      void this.#forward(run, events);
      return ok({ runId: run.runId });
    } catch (error) {
      this.#release(run);
      throw error;
    }
  }

  cancel(runId: string): Promise<IpcResult<{ runId: string }>> {
    const run = this.#current;
    if (run === null || run.runId !== runId) return Promise.resolve(fail('not-running'));
    run.controller.abort();
    return Promise.resolve(ok({ runId }));
  }

  status(): Promise<RunStatus> {
    const run = this.#current;
    return Promise.resolve(
      run === null || run.runId === ''
        ? { state: 'idle' }
        : { state: 'running', runId: run.runId, startedAt: run.startedAt },
    );
  }

  subscribe(listener: RunEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  detectLocalTools(): Promise<DetectedToolInfo[]> {
    return this.#detectTools();
  }

  async testRoute({ route, secrets, controls, timeoutMs }: RouteTestRequest): Promise<RouteTest> {
    // No targets: only the route checks a run starts with, decided the same way (a
    // route is broken only when it fails what the direct route reaches), so the
    // direct route is measured beside any other.
    const direct: PathSpec = { name: 'direct', kind: 'direct' };
    const plan: Plan = {
      entries: [],
      paths: route.kind === 'direct' || route.name === direct.name ? [route] : [direct, route],
      options: { ...DEFAULT_PLAN_OPTIONS, timeoutMs, controls },
    };
    const started = performance.now();
    let check: RouteCheck | undefined;
    for await (const event of runDiagnostics(plan, { signal: new AbortController().signal, secrets })) {
      if (event.type === 'route-checked' && event.check.path === route.name) check = event.check;
    }
    return routeTestFrom(route.name, check, performance.now() - started);
  }

  /** Streams the rest of a run to the listeners; frees the slot before `run-finished` goes out. */
  async #forward(run: ActiveRun, events: AsyncIterator<EngineEvent>): Promise<void> {
    try {
      for (let next = await events.next(); next.done !== true; next = await events.next()) {
        run.recorder?.add(next.value);
        if (next.value.type === 'run-finished') {
          // Saved before anyone hears the run is over: the history lists it finished.
          await this.#finishRecording(run);
          this.#release(run);
        }
        this.#publish({ kind: 'event', runId: run.runId, event: next.value });
        if (next.value.type === 'run-finished') return;
      }
      throw new Error('the engine ended a run without run-finished');
    } catch (error) {
      // What was measured stays in the history; the run is listed as interrupted.
      await this.#finishRecording(run);
      this.#release(run);
      this.#onError(error);
      this.#publish({ kind: 'run-failed', runId: run.runId, error: { code: 'internal', message: 'the run stopped' } });
    }
  }

  /** Starts saving a run in the history; a history that cannot be written costs the run nothing. */
  async #record(first: EngineEventOf<'run-started'>): Promise<RunRecorder | null> {
    if (this.#history === undefined) return null;
    try {
      return await (await this.#history.store()).startRun(first, [], this.#onError);
    } catch (error) {
      this.#onError(error);
      return null;
    }
  }

  async #finishRecording(run: ActiveRun): Promise<void> {
    await run.recorder?.finish().catch(this.#onError);
  }

  #release(run: ActiveRun): void {
    if (this.#current === run) this.#current = null;
  }

  #publish(message: RunEventMessage): void {
    for (const listener of this.#listeners) {
      try {
        listener(message);
      } catch (error) {
        // One broken listener (a closed window) must not stop the events for the others.
        this.#onError(error);
      }
    }
  }
}

/** The route's check as the test's answer; no check at all (no controls) leaves it unverified. */
export function routeTestFrom(path: string, check: RouteCheck | undefined, elapsedMs: number): RouteTest {
  if (check === undefined) return { path, status: 'unverified', elapsedMs };
  const { status, failure, controls } = check;
  return {
    path,
    status,
    ...(failure === undefined ? {} : { failure }),
    ...(controls === undefined ? {} : { controls }),
    elapsedMs,
  };
}
