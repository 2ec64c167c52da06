/**
 * When the runs of a schedule start (`detour diagnose --every 30m --for 24h`, and the
 * app's "repeat every N minutes for H hours"). Pure: the start time and the random
 * source are given, so tests need no clock.
 */

export interface ScheduleSpec {
  everyMs: number;
  /** How long to go on repeating; absent: until stopped. */
  forMs?: number;
}

/**
 * Each run after the first starts within ±10% of its slot on the grid
 * start + k × interval, at random (uniformly): runs do not fall in step with anything
 * periodic on the network (a censor's own schedule, other probes), and the grid keeps
 * them from drifting. So every 30 minutes means every 27 to 33 minutes.
 */
export const JITTER = 0.1;

/**
 * Slot k (k = 1, 2, …) is at start + k × every, moved by up to ±JITTER × every; slots
 * at or after start + for are not run. A run that overruns its interval is followed
 * at once by the latest slot it overran; slots missed entirely are skipped, never run
 * back to back.
 */
export class Schedule {
  readonly #spec: ScheduleSpec;
  readonly #startMs: number;
  readonly #random: () => number;
  #slot = 0;

  constructor(spec: ScheduleSpec, startMs: number, random: () => number) {
    this.#spec = spec;
    this.#startMs = startMs;
    this.#random = random;
  }

  /** When the next run starts (ms since the epoch), asked when the previous ended at `nowMs`; null: the period is over. */
  next(nowMs: number): number | null {
    const { everyMs, forMs } = this.#spec;
    const overran = Math.floor((nowMs - this.#startMs) / everyMs);
    const slot = Math.max(this.#slot + 1, overran);
    const slotMs = slot * everyMs;
    if (forMs !== undefined && slotMs >= forMs) return null;
    this.#slot = slot;
    const jitter = (this.#random() * 2 - 1) * JITTER * everyMs;
    return Math.max(nowMs, this.#startMs + slotMs + jitter);
  }
}
