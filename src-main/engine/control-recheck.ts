import type { Emit, Measurer } from './measurer.ts';
import type { Route } from './paths/route.ts';
import { recheckDirect } from './control-checks.ts';

/**
 * Some censors keep blocking for minutes after a flow touched a forbidden site, and
 * anything measured meanwhile looks blocked too (residual censorship, first described
 * by Clayton, Murdoch and Watson, "Ignoring the Great Firewall of China", PET 2006).
 * So after a site fails on the direct route, the
 * neutral controls are measured there again; if none answers (the network punishing
 * flows, or a moment offline), the verdicts measured from then on are marked as
 * possibly smeared. One recheck at a time is enough.
 */
export class ControlRecheck {
  readonly #direct: Route | undefined;
  readonly #measurer: Measurer;
  readonly #signal: AbortSignal;
  readonly #emit: Emit;
  #running: Promise<void> | null = null;

  constructor(direct: Route | undefined, measurer: Measurer, signal: AbortSignal, emit: Emit) {
    this.#direct = direct;
    this.#measurer = measurer;
    this.#signal = signal;
    this.#emit = emit;
  }

  /** Rechecks the control unless one is already under way (then waits for that one). */
  afterFailure(): Promise<void> {
    this.#running ??= this.#recheck().finally(() => (this.#running = null));
    return this.#running;
  }

  async #recheck(): Promise<void> {
    if (this.#direct === undefined || this.#signal.aborted) return;
    const check = await recheckDirect(this.#direct, this.#measurer);
    // A recheck cut short by cancelling says nothing about the network.
    if (check !== null && !this.#signal.aborted) this.#emit({ type: 'control-rechecked', check });
  }
}
