/**
 * Runs tasks concurrently under a global limit and a per-key (per-host) limit.
 * A task waiting for its host's turn does not hold a global slot, so one slow or
 * blocked host never delays the others. Cancellation is the tasks' business (they
 * get the run's signal); tasks not yet started when it fires are skipped.
 */
export interface SchedulerLimits {
  concurrency: number;
  perKey: number;
}

export async function runScheduled<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  limits: SchedulerLimits,
  signal: AbortSignal,
  task: (item: T) => Promise<void>,
): Promise<void> {
  const pending = [...items];
  const activePerKey = new Map<string, number>();
  let active = 0;

  return new Promise<void>((resolve, reject) => {
    const startMore = (): void => {
      if (signal.aborted) pending.length = 0;
      for (let index = 0; index < pending.length && active < limits.concurrency;) {
        const item = pending[index] as T;
        const key = keyOf(item);
        const perKey = activePerKey.get(key) ?? 0;
        if (perKey >= limits.perKey) {
          index += 1;
          continue;
        }
        pending.splice(index, 1);
        active += 1;
        activePerKey.set(key, perKey + 1);
        task(item)
          .then(() => {
            active -= 1;
            activePerKey.set(key, (activePerKey.get(key) ?? 1) - 1);
            startMore();
          })
          .catch(reject);
      }
      if (active === 0 && pending.length === 0) resolve();
    };
    startMore();
  });
}

/** Fisher–Yates shuffle: measuring in random order keeps a censor's reaction to one
 * target (residual blocking) from always landing on the same next one. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/**
 * The order a run measures in: its targets shuffled (see `shuffled`), each with all
 * its routes side by side. A target is then judged soon after it starts, so only the
 * few targets in flight hold observations in memory; pairs shuffled one by one would
 * leave most targets of a big run half-measured at once, each holding its evidence.
 */
export function measurementOrder<T, R>(
  targets: readonly T[],
  routes: readonly R[],
  random: () => number = Math.random,
): { target: T; route: R }[] {
  return shuffled(targets, random).flatMap((target) => routes.map((route) => ({ target, route })));
}
