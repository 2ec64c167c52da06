import { type Schedule, type ScheduleSpec } from '../engine/index.ts';
import { UsageError } from './options.ts';
import { formatDuration, localTime } from './local-time.ts';

/** The pure part (when each run starts) is the engine's, shared with the app's schedules. */
export { JITTER, Schedule, type ScheduleSpec } from '../engine/index.ts';

/** `diagnose --every 30m --for 24h`. */
export interface ScheduleFlags {
  every?: string;
  for?: string;
}

const UNITS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const MIN_INTERVAL_MS = 1000;
const MAX_DURATION_MS = 366 * UNITS.d;

/** `30s`, `15m`, `2h`, `1d`, `1.5h`: a number and a unit. */
export function parseDuration(flag: string, text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd])$/.exec(text.trim());
  const ms = match === null ? Number.NaN : Number(match[1]) * UNITS[match[2] as keyof typeof UNITS];
  if (!Number.isFinite(ms)) {
    throw new UsageError(
      `${flag} must be a number and a unit (s, m, h or d) such as 30s, 15m, 2h or 1d, not "${text}"`,
    );
  }
  if (ms < MIN_INTERVAL_MS || ms > MAX_DURATION_MS) {
    throw new UsageError(`${flag} must be from 1s to 366d, not "${text}"`);
  }
  return Math.round(ms);
}

/** The schedule the flags ask for; null for a single run. */
export function scheduleFrom(flags: ScheduleFlags): ScheduleSpec | null {
  if (flags.every === undefined) {
    if (flags.for !== undefined) throw new UsageError('--for needs --every: say how often to run, e.g. --every 30m');
    return null;
  }
  const everyMs = parseDuration('--every', flags.every);
  if (flags.for === undefined) return { everyMs };
  const forMs = parseDuration('--for', flags.for);
  if (forMs < everyMs) {
    throw new UsageError(`--for ${flags.for} is shorter than --every ${flags.every}: there would be only one run`);
  }
  return { everyMs, forMs };
}

export interface ScheduleRunner {
  now: () => number;
  /** Waits `ms`; rejects when `signal` aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
  signal: AbortSignal;
  /** Runs once (number 1, 2, …); resolves with its exit code. */
  runOnce: (number: number) => Promise<number>;
  /** One line for the user (stderr). */
  say: (line: string) => void;
}

/** Exit codes, as diagnose.ts's EXIT: the worst of the runs, or cancelled. */
const CANCELLED = 130;

/**
 * Runs on the schedule until it is over or the signal aborts (Ctrl-C: the current
 * run is cancelled and saved as such by runOnce, and no other starts).
 */
export async function runOnSchedule(schedule: Schedule, runner: ScheduleRunner): Promise<number> {
  let worst = 0;
  for (let number = 1; ; number += 1) {
    const code = await runner.runOnce(number);
    if (code === CANCELLED || runner.signal.aborted) {
      runner.say('Schedule stopped.');
      return CANCELLED;
    }
    worst = Math.max(worst, code);
    const at = schedule.next(runner.now());
    if (at === null) {
      runner.say(`Schedule over: ${number} run${number === 1 ? '' : 's'}.`);
      return worst;
    }
    const wait = at - runner.now();
    runner.say(`Run ${number} done. Next run at ${localTime(at)} (in ${formatDuration(wait)}); Ctrl-C stops.`);
    try {
      await runner.sleep(wait, runner.signal);
    } catch {
      runner.say('Schedule stopped.');
      return CANCELLED;
    }
  }
}
