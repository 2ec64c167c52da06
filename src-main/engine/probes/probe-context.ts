import type { Dialer } from '../paths/dialer.ts';

/**
 * What every probe receives. Probes never throw for a network outcome: a failure
 * is data in the result. They start their own deadline from `signal` and
 * `timeoutMs` (see deadline.ts) and leave no socket open when they return.
 */
export interface ProbeContext {
  dialer: Dialer;
  /** The run's signal: cancellation of the whole run. */
  signal: AbortSignal;
  /** This probe's own deadline in milliseconds. */
  timeoutMs: number;
}
