import { Schedule } from '../engine/index.ts';
import type { ScheduleProblem, ScheduleStatus, StartScheduleRequest } from '../shared/ipc/history.ts';
import { fail, ok, type IpcErrorCode, type IpcResult } from '../shared/ipc/result.ts';
import type { RunEventMessage, StartRunRequest } from '../shared/ipc/run.ts';
import { DEFAULT_THROUGHPUT } from '../shared/plan.ts';
import type { EngineHost } from './engine-host.ts';

/** Time as the schedule sees it; a test's fake moves only when it says so. */
export interface ScheduleClock {
  now: () => number;
  /** Calls `callback` once after `ms`; returns the function that cancels it. */
  setTimer: (callback: () => void, ms: number) => () => void;
  /** Uniform in [0, 1): the jitter. */
  random: () => number;
}

export const SYSTEM_CLOCK: ScheduleClock = {
  now: Date.now,
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
  random: Math.random,
};

export interface ScheduleHostOptions {
  engine: Pick<EngineHost, 'subscribe' | 'cancel'>;
  /** Starts one run as the startRun action does (consent, stored passwords, the user's settings). */
  startRun: (request: StartRunRequest) => Promise<IpcResult<{ runId: string }>>;
  clock?: ScheduleClock;
  /** Told about an unexpected failure to start a run; the main process logs it. */
  onError?: (error: unknown) => void;
  /** Told of each run the schedule started, once it is listed (the history marks it scheduled). */
  onScheduledRun?: (runId: string) => Promise<void>;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
/** Refusals that will not go away by waiting: the schedule stops and says why. */
const FATAL: readonly IpcErrorCode[] = ['consent-required', 'missing-credentials', 'bad-request', 'unavailable'];

interface Active {
  request: StartScheduleRequest;
  schedule: Schedule;
  startedAt: number;
  runsDone: number;
  /** The run going now. */
  runId?: string | undefined;
  nextRunAt?: number | undefined;
  cancelTimer?: () => void;
  skipped?: ScheduleProblem | undefined;
}

/**
 * Repeats a run every N minutes for H hours, in the main process (or web mode's
 * host), so it goes on without a window: the first run at once, each next one on the
 * grid start + k × interval, ±10% at random (the engine's Schedule, shared with
 * `detour diagnose --every`). Every run goes through the startRun action, so it is
 * saved in the history like any other. A run of the user's own that is going when a
 * slot comes makes the schedule skip that slot; a refusal that waiting cannot cure
 * (no consent, a missing password) stops it. Event-driven: a timer for the next slot,
 * the engine's `run-finished` for the end of a run; no loop sleeps.
 */
export class ScheduleHost {
  readonly #options: ScheduleHostOptions;
  readonly #clock: ScheduleClock;
  readonly #listeners = new Set<(status: ScheduleStatus) => void>();
  /** Runs that ended, kept until their start was answered (a run may end before that). */
  readonly #ended = new Set<string>();
  #active: Active | null = null;
  #last: { runsDone: number; stoppedBy?: ScheduleProblem } | null = null;

  constructor(options: ScheduleHostOptions) {
    this.#options = options;
    this.#clock = options.clock ?? SYSTEM_CLOCK;
    options.engine.subscribe((message) => this.#onRunMessage(message));
  }

  /** Whether a schedule is on (the desktop app then stays in the tray when its window closes). */
  get active(): boolean {
    return this.#active !== null;
  }

  start(request: StartScheduleRequest): IpcResult<ScheduleStatus> {
    if (this.#active !== null) return fail('busy', 'a schedule is already on: stop it first');
    const startedAt = this.#clock.now();
    const spec = { everyMs: request.everyMinutes * MINUTE_MS, forMs: request.forHours * HOUR_MS };
    this.#active = {
      request,
      schedule: new Schedule(spec, startedAt, () => this.#clock.random()),
      startedAt,
      runsDone: 0,
    };
    this.#last = null;
    void this.#runNow(this.#active);
    return ok(this.status());
  }

  /** Stops the schedule; a run it started that is still going is cancelled (and saved as cancelled). */
  async stop(): Promise<ScheduleStatus> {
    const active = this.#active;
    if (active !== null) {
      this.#finish(active);
      if (active.runId !== undefined) await this.#options.engine.cancel(active.runId);
    }
    return this.status();
  }

  status(): ScheduleStatus {
    const active = this.#active;
    if (active === null) {
      const last = this.#last;
      return last === null
        ? { state: 'off' }
        : {
            state: 'off',
            runsDone: last.runsDone,
            ...(last.stoppedBy === undefined ? {} : { stoppedBy: last.stoppedBy }),
          };
    }
    const { request, startedAt } = active;
    return {
      state: 'on',
      everyMinutes: request.everyMinutes,
      forHours: request.forHours,
      startedAt: new Date(startedAt).toISOString(),
      endsAt: new Date(startedAt + request.forHours * HOUR_MS).toISOString(),
      runsDone: active.runsDone,
      ...(active.runId === undefined ? {} : { runId: active.runId }),
      ...(active.nextRunAt === undefined ? {} : { nextRunAt: new Date(active.nextRunAt).toISOString() }),
      ...(active.skipped === undefined ? {} : { skipped: active.skipped }),
    };
  }

  /** Every change of the status from now on; returns the function that stops it. */
  subscribe(listener: (status: ScheduleStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  async #runNow(active: Active): Promise<void> {
    active.nextRunAt = undefined;
    let answer: IpcResult<{ runId: string }>;
    try {
      answer = await this.#options.startRun(withSpeedTest(active.request.run));
    } catch (error) {
      this.#options.onError?.(error);
      answer = fail('internal');
    }
    if (this.#active !== active) {
      // Stopped while the run was starting: it must not go on unasked.
      if (answer.ok) await this.#options.engine.cancel(answer.value.runId);
      return;
    }
    if (answer.ok) {
      await this.#options
        .onScheduledRun?.(answer.value.runId)
        .catch((error: unknown) => this.#options.onError?.(error));
    }
    if (!answer.ok) {
      const problem = problemOf(answer.error.code);
      if (FATAL.includes(answer.error.code)) {
        this.#finish(active, problem);
        return;
      }
      active.skipped = problem;
      this.#planNext(active);
      return;
    }
    active.runsDone += 1;
    active.skipped = undefined;
    const endedAlready = this.#ended.has(answer.value.runId);
    this.#ended.clear();
    if (endedAlready) {
      this.#planNext(active);
      return;
    }
    active.runId = answer.value.runId;
    this.#changed();
  }

  #onRunMessage(message: RunEventMessage): void {
    const ended = message.kind === 'run-failed' || message.event.type === 'run-finished';
    const active = this.#active;
    if (!ended || active === null) return;
    if (active.runId === message.runId) {
      active.runId = undefined;
      this.#planNext(active);
    } else if (active.runId === undefined && active.nextRunAt === undefined) {
      // A run whose start is not answered yet: remember that it ended already.
      this.#ended.add(message.runId);
    }
  }

  #planNext(active: Active): void {
    const now = this.#clock.now();
    const at = active.schedule.next(now);
    if (at === null) {
      this.#finish(active);
      return;
    }
    active.nextRunAt = at;
    active.cancelTimer = this.#clock.setTimer(() => {
      if (this.#active === active) void this.#runNow(active);
    }, at - now);
    this.#changed();
  }

  #finish(active: Active, stoppedBy?: ScheduleProblem): void {
    if (this.#active !== active) return;
    active.cancelTimer?.();
    this.#active = null;
    this.#ended.clear();
    this.#last = { runsDone: active.runsDone, ...(stoppedBy === undefined ? {} : { stoppedBy }) };
    this.#changed();
  }

  #changed(): void {
    const status = this.status();
    for (const listener of this.#listeners) {
      try {
        listener(status);
      } catch (error) {
        this.#options.onError?.(error);
      }
    }
  }
}

function problemOf(code: IpcErrorCode): ScheduleProblem {
  if (code === 'busy' || code === 'consent-required' || code === 'missing-credentials') return code;
  return 'internal';
}

/**
 * A scheduled run measures download speed unless it says how itself: the speeds of
 * its sites and of the controls beside them make the series the time-pattern judge
 * reads (core/judge/time-pattern.ts).
 */
export function withSpeedTest(run: StartRunRequest): StartRunRequest {
  if (run.options?.throughput !== undefined) return run;
  return { ...run, options: { ...run.options, throughput: DEFAULT_THROUGHPUT } };
}
