/**
 * A probe's deadline: one AbortSignal that fires when the run is cancelled or the
 * probe's own time is up, plus a clock. Probes measure their phases with
 * performance.now() through this clock rather than trusting library timeouts
 * (undici's are only accurate to about half a second).
 */
export interface Deadline {
  /** Aborts on timeout or on cancellation of the run. */
  readonly signal: AbortSignal;
  /** ISO time the deadline started, for `startedAt`. */
  readonly startedAt: string;
  /** Milliseconds since the deadline started. */
  elapsedMs(): number;
  /** Why the signal fired, or null while it has not. */
  expiredBy(): 'timeout' | 'cancelled' | null;
  /** Stops the timer and detaches from the run's signal. Call it when the probe ends. */
  dispose(): void;
}

export function startDeadline(runSignal: AbortSignal, timeoutMs: number): Deadline {
  const controller = new AbortController();
  const started = performance.now();
  let reason: 'timeout' | 'cancelled' | null = null;
  const expire = (why: 'timeout' | 'cancelled'): void => {
    if (reason !== null) return;
    reason = why;
    controller.abort(why);
  };
  const onRunAbort = (): void => expire('cancelled');
  const timer = setTimeout(() => expire('timeout'), timeoutMs);
  if (runSignal.aborted) expire('cancelled');
  else runSignal.addEventListener('abort', onRunAbort, { once: true });
  return {
    signal: controller.signal,
    startedAt: new Date().toISOString(),
    elapsedMs: () => performance.now() - started,
    expiredBy: () => reason,
    dispose: () => {
      clearTimeout(timer);
      runSignal.removeEventListener('abort', onRunAbort);
    },
  };
}

/** Rounds a duration to a tenth of a millisecond: finer than that is noise. */
export function roundMs(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** The error to reject with when `signal` has fired; our deadlines abort with a string reason. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error) return reason;
  return new DOMException(`aborted: ${String(reason)}`, 'AbortError');
}
