/**
 * Labs not stopped yet, torn down however the process ends: on SIGINT and SIGTERM in
 * full, then the process exits with 130 or 143 as a shell reports those signals; on
 * any other exit (process.exit, an uncaught error, the event loop running dry) with
 * what can be done synchronously. The handlers are installed only while a lab lives,
 * so a process without one keeps the default behaviour of those signals.
 */

export interface LiveLab {
  /** The full, asynchronous teardown (idempotent). */
  stop(): Promise<void>;
  /** A teardown that completes before it returns, for the 'exit' event. */
  stopNow(): void;
}

const live = new Set<LiveLab>();
let exitingOnSignal = false;

function exitAfterTeardown(code: number): void {
  exitingOnSignal = true;
  void Promise.allSettled([...live].map((lab) => lab.stop())).then(() => process.exit(code));
}

const onSigint = (): void => exitAfterTeardown(130);
const onSigterm = (): void => exitAfterTeardown(143);
const onExit = (): void => {
  for (const lab of live) lab.stopNow();
};

/** Tears `lab` down if the process ends before it is stopped; returns the function that forgets it once stopped. */
export function tearDownOnExit(lab: LiveLab): () => void {
  if (live.size === 0) {
    process.on('SIGINT', onSigint);
    process.on('SIGTERM', onSigterm);
    process.on('exit', onExit);
  }
  live.add(lab);
  return () => {
    live.delete(lab);
    if (live.size > 0) return;
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigterm);
    process.off('exit', onExit);
  };
}

/** Whether a signal is ending the process, which exits as soon as every lab is down. */
export function isExitingOnSignal(): boolean {
  return exitingOnSignal;
}
