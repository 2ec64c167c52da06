import { expect, test } from 'vitest';
import { formatDuration } from '../../../src-main/cli/local-time.ts';
import { UsageError } from '../../../src-main/cli/options.ts';
import { JITTER, parseDuration, runOnSchedule, Schedule, scheduleFrom } from '../../../src-main/cli/schedule.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;

test.each([
  ['30s', 30_000],
  ['15m', 15 * MIN],
  ['2h', 2 * HOUR],
  ['1d', 24 * HOUR],
  ['1.5h', 90 * MIN],
  [' 45 m ', 45 * MIN],
])('%j is %d ms', (text, ms) => {
  expect(parseDuration('--every', text)).toBe(ms);
});

test.each([
  ['30', /--every must be a number and a unit \(s, m, h or d\) such as 30s, 15m, 2h or 1d, not "30"/],
  ['5q', /not "5q"/],
  ['-1m', /not "-1m"/],
  ['1h30m', /not "1h30m"/],
  ['', /not ""/],
  ['0s', /--every must be from 1s to 366d, not "0s"/],
  ['400d', /from 1s to 366d/],
])('--every %j is refused: %s', (text, message) => {
  expect(() => parseDuration('--every', text)).toThrow(message);
  expect(() => parseDuration('--every', text)).toThrow(UsageError);
});

test('the flags: one run, a schedule until Ctrl-C, a schedule for a period, and what makes no sense', () => {
  expect(scheduleFrom({})).toBeNull();
  expect(scheduleFrom({ every: '30m' })).toEqual({ everyMs: 30 * MIN });
  expect(scheduleFrom({ every: '30m', for: '24h' })).toEqual({ everyMs: 30 * MIN, forMs: 24 * HOUR });
  expect(() => scheduleFrom({ for: '24h' })).toThrow('--for needs --every');
  expect(() => scheduleFrom({ every: '1h', for: '30m' })).toThrow('--for 30m is shorter than --every 1h');
});

/** A random source that gives these values in turn. */
function randoms(...values: number[]): () => number {
  let next = 0;
  return () => values[next++ % values.length] ?? 0.5;
}

test('each run starts on the grid start + k × interval, moved by at most ±10% at random', () => {
  expect(JITTER).toBe(0.1);
  const start = Date.parse('2026-11-29T08:00:00.000Z');
  // random 0 → -10%, 0.5 → on the slot, 1 → +10%.
  const schedule = new Schedule({ everyMs: 30 * MIN, forMs: 24 * HOUR }, start, randoms(0, 0.5, 1));
  expect(schedule.next(start + 2 * MIN)).toBe(start + 27 * MIN);
  expect(schedule.next(start + 29 * MIN)).toBe(start + 60 * MIN);
  expect(schedule.next(start + 62 * MIN)).toBe(start + 93 * MIN);
  // The grid, not the last start, decides: no drift.
  expect(schedule.next(start + 95 * MIN)).toBe(start + 117 * MIN);
});

test('--every 30m --for 24h makes 48 runs, the last slot before the period ends', () => {
  const start = 0;
  const schedule = new Schedule({ everyMs: 30 * MIN, forMs: 24 * HOUR }, start, Math.random);
  const starts = [start];
  for (let at = schedule.next(start + MIN); at !== null; at = schedule.next(at + MIN)) starts.push(at);
  expect(starts).toHaveLength(48);
  starts.forEach((at, k) => {
    expect(Math.abs(at - k * 30 * MIN)).toBeLessThanOrEqual(3 * MIN);
  });
  expect(schedule.next(24 * HOUR)).toBeNull();
});

test('a run that overruns its interval is followed at once by the latest slot; missed slots are skipped', () => {
  const schedule = new Schedule({ everyMs: 10 * MIN }, 0, randoms(0.5));
  expect(schedule.next(MIN)).toBe(10 * MIN);
  // The run of slot 1 took 25 minutes: slot 2 (20 min) is overdue, so it starts now.
  expect(schedule.next(35 * MIN)).toBe(35 * MIN);
  // Slot 3 is at 30 min, already past; the next not yet started is slot 4.
  expect(schedule.next(36 * MIN)).toBe(40 * MIN);
  // Without --for it never ends.
  expect(schedule.next(1000 * 24 * HOUR)).toBe(1000 * 24 * HOUR);
});

/** A clock that only moves when the schedule sleeps or a run takes time: no test waits. */
function fakeRunner(codes: number[], options: { abortDuringRun?: number; abortDuringSleep?: number } = {}) {
  let now = 0;
  const controller = new AbortController();
  const said: string[] = [];
  const ran: number[] = [];
  const runner = {
    now: () => now,
    signal: controller.signal,
    say: (line: string) => said.push(line.replace(/at .* \(/, 'at … (')),
    sleep: (ms: number, signal: AbortSignal) => {
      if (options.abortDuringSleep === ran.length) controller.abort();
      if (signal.aborted) return Promise.reject(new Error('aborted'));
      now += ms;
      return Promise.resolve();
    },
    runOnce: (number: number) => {
      ran.push(number);
      now += 2 * MIN;
      if (options.abortDuringRun === number) {
        controller.abort();
        return Promise.resolve(130);
      }
      return Promise.resolve(codes[number - 1] ?? 0);
    },
  };
  return { runner, said, ran };
}

test('runs until the period is over and returns the worst exit code', async () => {
  const { runner, said, ran } = fakeRunner([0, 2, 0]);
  const code = await runOnSchedule(new Schedule({ everyMs: 10 * MIN, forMs: 30 * MIN }, 0, randoms(0.5)), runner);
  expect(code).toBe(2);
  expect(ran).toEqual([1, 2, 3]);
  expect(said).toEqual([
    'Run 1 done. Next run at … (in 8m); Ctrl-C stops.',
    'Run 2 done. Next run at … (in 8m); Ctrl-C stops.',
    'Schedule over: 3 runs.',
  ]);
});

test('Ctrl-C during a run stops the schedule after that run (saved as cancelled by the run itself)', async () => {
  const { runner, said, ran } = fakeRunner([], { abortDuringRun: 2 });
  const code = await runOnSchedule(new Schedule({ everyMs: 10 * MIN }, 0, randoms(0.5)), runner);
  expect(code).toBe(130);
  expect(ran).toEqual([1, 2]);
  expect(said.at(-1)).toBe('Schedule stopped.');
});

test('Ctrl-C while waiting for the next run stops at once', async () => {
  const { runner, said, ran } = fakeRunner([], { abortDuringSleep: 1 });
  const code = await runOnSchedule(new Schedule({ everyMs: 10 * MIN }, 0, randoms(0.5)), runner);
  expect(code).toBe(130);
  expect(ran).toEqual([1]);
  expect(said).toEqual(['Run 1 done. Next run at … (in 8m); Ctrl-C stops.', 'Schedule stopped.']);
});

test.each([
  [0, '0s'],
  [4_400, '4s'],
  [29 * MIN + 12_000, '29m 12s'],
  [2 * HOUR + 5 * MIN + 3_000, '2h 5m'],
  [26 * HOUR, '1d 2h'],
  [24 * HOUR + 30_000, '1d'],
])('%d ms reads %j', (ms, text) => {
  expect(formatDuration(ms)).toBe(text);
});

test('a week is --every 15m --for 7d', () => {
  expect(scheduleFrom({ every: '15m', for: '7d' })).toEqual({ everyMs: 15 * MIN, forMs: 7 * 24 * HOUR });
});
