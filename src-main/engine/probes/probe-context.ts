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
  /**
   * How the route finds the address of another host a redirect leads to, the way it
   * found the target's (the engine records each lookup, so every host of a redirect
   * chain is compared as the first is). Absent: the system resolver's first answer.
   */
  resolveHost?: HostResolver;
}

/** An address for `host`; rejects with a Node DNS error code (ENOTFOUND, ENODATA…) when there is none. */
export type HostResolver = (host: string, signal: AbortSignal) => Promise<string>;
