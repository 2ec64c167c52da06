import { expect, test } from 'vitest';
import { ScheduleHost, type ScheduleClock } from '../../../src-main/host/schedule-host.ts';
import type { StartScheduleRequest } from '../../../src-main/shared/ipc/history.ts';
import { fail, ok, type IpcResult } from '../../../src-main/shared/ipc/result.ts';
import type { RunEventMessage, StartRunRequest } from '../../../src-main/shared/ipc/run.ts';
import { DEFAULT_THROUGHPUT } from '../../../src-main/shared/plan.ts';

const MIN = 60_000;
const START = Date.parse('2026-11-29T08:00:00.000Z');

/** A clock that moves only when the test says: timers fire in time order as it advances. */
class FakeClock implements ScheduleClock {
  nowMs = START;
  #timers: { at: number; callback: () => void; live: boolean }[] = [];
  random = (): number => 0.5; // on the slot: no jitter

  now = (): number => this.nowMs;

  setTimer = (callback: () => void, ms: number): (() => void) => {
    const timer = { at: this.nowMs + ms, callback, live: true };
    this.#timers.push(timer);
    return () => {
      timer.live = false;
    };
  };

  /** The time of the next live timer, if any. */
  get nextAt(): number | undefined {
    return this.#timers.filter((t) => t.live).sort((a, b) => a.at - b.at)[0]?.at;
  }

  /** Moves to `at`, firing every timer due on the way. */
  advanceTo(at: number): void {
    for (;;) {
      const due = this.#timers.filter((t) => t.live && t.at <= at).sort((a, b) => a.at - b.at)[0];
      if (due === undefined) break;
      due.live = false;
      this.nowMs = due.at;
      due.callback();
    }
    this.nowMs = at;
  }
}

/** The engine as the schedule sees it: run events the test sends, and the runs it was asked to cancel. */
function fakeEngine() {
  const listeners = new Set<(message: RunEventMessage) => void>();
  const cancelled: string[] = [];
  return {
    cancelled,
    subscribe(listener: (message: RunEventMessage) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    cancel(runId: string) {
      cancelled.push(runId);
      return Promise.resolve(ok({ runId }));
    },
    finish(runId: string, status: 'completed' | 'cancelled' = 'completed') {
      const message: RunEventMessage = {
        kind: 'event',
        runId,
        event: {
          type: 'run-finished',
          endedAt: new Date().toISOString(),
          status,
          summary: {
            control: null,
            network: 'not-checked',
            targets: 0,
            blocked: 0,
            refused: 0,
            counts: {},
            routes: [],
            bestRoute: null,
            cheapestSufficient: null,
            calls: { status: 'not-tested', restoredBy: [] },
            residualBlocking: false,
            messages: [],
          },
        },
      };
      for (const listener of [...listeners]) listener(message);
    },
  };
}

const REQUEST: StartScheduleRequest = {
  everyMinutes: 30,
  forHours: 2,
  run: { targets: [{ input: 'https://example.org/', source: 'form' }], routes: [{ name: 'direct', kind: 'direct' }] },
};

/** Lets the schedule's awaited startRun answers settle. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await Promise.resolve();
};

function setup(answers: ((n: number) => IpcResult<{ runId: string }>) | null = null) {
  const clock = new FakeClock();
  const engine = fakeEngine();
  const started: number[] = [];
  const marked: string[] = [];
  const host = new ScheduleHost({
    engine,
    clock,
    onScheduledRun: (runId) => {
      marked.push(runId);
      return Promise.resolve();
    },
    startRun: () => {
      started.push(clock.now());
      const n = started.length;
      return Promise.resolve(answers?.(n) ?? ok({ runId: `run-${n}` }));
    },
  });
  return { clock, engine, host, started, marked };
}

test('the first run at once, then one per slot of the grid until the period is over, each after the last ended', async () => {
  const { clock, engine, host, started, marked } = setup();
  const statuses: string[] = [];
  host.subscribe((status) => statuses.push(status.state));
  expect(host.start(REQUEST)).toMatchObject({ ok: true, value: { state: 'on', everyMinutes: 30, forHours: 2 } });
  await settle();
  expect(started).toEqual([START]);
  expect(host.status()).toMatchObject({ state: 'on', runsDone: 1, runId: 'run-1', endsAt: '2026-11-29T10:00:00.000Z' });
  expect(host.active).toBe(true);

  for (let n = 1; n <= 3; n += 1) {
    clock.advanceTo(clock.now() + 2 * MIN); // the run takes two minutes
    engine.finish(`run-${n}`);
    expect(host.status()).toMatchObject({ state: 'on', nextRunAt: new Date(START + n * 30 * MIN).toISOString() });
    expect(host.status()).not.toHaveProperty('runId');
    clock.advanceTo(clock.nextAt ?? 0);
    await settle();
  }
  expect(started).toEqual([START, START + 30 * MIN, START + 60 * MIN, START + 90 * MIN]);
  // Each run it started is marked as the schedule's in the history.
  expect(marked).toEqual(['run-1', 'run-2', 'run-3', 'run-4']);
  clock.advanceTo(clock.now() + 2 * MIN);
  engine.finish('run-4');
  // Slot 4 (120 min) is the end of the period: no fifth run.
  expect(host.status()).toEqual({ state: 'off', runsDone: 4 });
  expect(clock.nextAt).toBeUndefined();
  expect(host.active).toBe(false);
  expect(statuses.at(-1)).toBe('off');
});

test('the jitter moves each run by up to ±10% of the interval around its slot', async () => {
  const { clock, engine, host, started } = setup();
  clock.random = () => 0; // the earliest: −10%
  host.start(REQUEST);
  await settle();
  engine.finish('run-1');
  expect(clock.nextAt).toBe(START + 27 * MIN);
  clock.random = () => 0.999_999; // the latest: just under +10%
  clock.advanceTo(clock.nextAt ?? 0);
  await settle();
  engine.finish('run-2');
  expect((clock.nextAt ?? 0) - (START + 60 * MIN)).toBeCloseTo(3 * MIN, -2);
  expect(started).toHaveLength(2);
});

test('a slot that finds a run of the user’s own going is skipped, and said so; the next slot runs', async () => {
  const { clock, engine, host, started } = setup((n) => (n === 2 ? fail('busy') : ok({ runId: `run-${n}` })));
  host.start(REQUEST);
  await settle();
  engine.finish('run-1');
  clock.advanceTo(clock.nextAt ?? 0);
  await settle();
  expect(host.status()).toMatchObject({
    state: 'on',
    runsDone: 1,
    skipped: 'busy',
    nextRunAt: new Date(START + 60 * MIN).toISOString(),
  });
  clock.advanceTo(clock.nextAt ?? 0);
  await settle();
  expect(host.status()).toMatchObject({ state: 'on', runsDone: 2, runId: 'run-3' });
  expect(host.status()).not.toHaveProperty('skipped');
  expect(started).toHaveLength(3);
});

test('a refusal that waiting cannot cure (no consent, a missing password) stops the schedule and says why', async () => {
  const { host } = setup(() => fail('missing-credentials'));
  host.start(REQUEST);
  await settle();
  expect(host.status()).toEqual({ state: 'off', runsDone: 0, stoppedBy: 'missing-credentials' });
});

test('stop: the run going is cancelled, no other starts, and a second schedule may begin', async () => {
  const { clock, engine, host, started } = setup();
  host.start(REQUEST);
  await settle();
  expect(host.start(REQUEST)).toMatchObject({ ok: false, error: { code: 'busy' } });
  expect(await host.stop()).toEqual({ state: 'off', runsDone: 1 });
  expect(engine.cancelled).toEqual(['run-1']);
  engine.finish('run-1', 'cancelled');
  expect(clock.nextAt).toBeUndefined();
  clock.advanceTo(START + 5 * 60 * MIN);
  expect(started).toHaveLength(1);
  expect(host.start(REQUEST).ok).toBe(true);
});

test('stop while waiting for the next slot cancels its timer', async () => {
  const { clock, engine, host, started } = setup();
  host.start(REQUEST);
  await settle();
  engine.finish('run-1');
  expect(clock.nextAt).toBe(START + 30 * MIN);
  await host.stop();
  expect(clock.nextAt).toBeUndefined();
  expect(engine.cancelled).toEqual([]);
  clock.advanceTo(START + 60 * MIN);
  await settle();
  expect(started).toHaveLength(1);
});

test('stopped while a run was starting: that run is cancelled as soon as its id is known', async () => {
  const clock = new FakeClock();
  const engine = fakeEngine();
  let answer: (value: IpcResult<{ runId: string }>) => void = () => undefined;
  const host = new ScheduleHost({
    engine,
    clock,
    startRun: () => new Promise((resolve) => (answer = resolve)),
  });
  host.start(REQUEST);
  await host.stop();
  answer(ok({ runId: 'late' }));
  await settle();
  expect(engine.cancelled).toEqual(['late']);
  expect(host.status()).toEqual({ state: 'off', runsDone: 0 });
});

test('a run that ends before its start is answered still counts as ended', async () => {
  const clock = new FakeClock();
  const engine = fakeEngine();
  const host = new ScheduleHost({
    engine,
    clock,
    startRun: () => {
      engine.finish('quick'); // e.g. every target refused at once
      return Promise.resolve(ok({ runId: 'quick' }));
    },
  });
  host.start(REQUEST);
  await settle();
  expect(host.status()).toMatchObject({
    state: 'on',
    runsDone: 1,
    nextRunAt: new Date(START + 30 * MIN).toISOString(),
  });
});

test('runs that are not the schedule’s do not move it', async () => {
  const { clock, engine, host } = setup();
  host.start(REQUEST);
  await settle();
  engine.finish('someone-else');
  expect(host.status()).toMatchObject({ runId: 'run-1' });
  expect(clock.nextAt).toBeUndefined();
});

test('scheduled runs measure download speed unless the run says how itself', async () => {
  const clock = new FakeClock();
  const requests: StartRunRequest[] = [];
  const host = new ScheduleHost({
    engine: fakeEngine(),
    clock,
    startRun: (request) => {
      requests.push(request);
      return Promise.resolve(ok({ runId: `run-${requests.length}` }));
    },
  });
  host.start(REQUEST);
  await settle();
  expect(requests[0]?.options?.throughput).toEqual(DEFAULT_THROUGHPUT);
  expect(requests[0]?.targets).toEqual(REQUEST.run.targets);
  await host.stop();
  const own = { maxMs: 1000, maxBytes: 65_536 };
  host.start({ ...REQUEST, run: { ...REQUEST.run, options: { throughput: own } } });
  await settle();
  expect(requests[1]?.options?.throughput).toEqual(own);
});
