import type { EngineEvent, PathOutcome } from '../shared/events.ts';
import type { AnyProbeResult, Observation, ProbeName } from '../shared/observation.ts';
import type { PlanOptions } from '../shared/plan.ts';
import type { Target } from '../shared/target.ts';
import type { Retest } from '../core/judge/index.ts';
import { HostTraffic } from './host-traffic.ts';
import type { Route } from './paths/route.ts';
import { probeTls } from './probes/tls.ts';
import { measureTarget } from './target-measurement.ts';

export type Emit = (event: EngineEvent) => void;

/**
 * One run's measuring desk: measures a target over a route and publishes what it
 * sees, numbering observations in the order they happen (o1, o2, …) and reporting
 * progress against the run's total.
 */
export class Measurer {
  readonly options: PlanOptions;
  readonly #signal: AbortSignal;
  readonly #emit: Emit;
  readonly #targetsTotal: number;
  readonly #traffic = new HostTraffic();
  #nextObservation = 1;
  #targetsDone = 0;

  constructor(options: PlanOptions, signal: AbortSignal, emit: Emit, targetsTotal: number) {
    this.options = options;
    this.#signal = signal;
    this.#emit = emit;
    this.#targetsTotal = targetsTotal;
  }

  async measure(target: Target, route: Route): Promise<PathOutcome> {
    return (await this.measureSeeing(target, route)).outcome;
  }

  /** Measures as `measure` does, and also hands back the observations it made. */
  async measureSeeing(target: Target, route: Route): Promise<{ outcome: PathOutcome; observations: Observation[] }> {
    const path = route.spec.name;
    const observations: Observation[] = [];
    const record = (result: AnyProbeResult): Observation => {
      const observation = this.#record(result, target, path);
      observations.push(observation);
      return observation;
    };
    const step = (name: ProbeName): void =>
      this.#emit({
        type: 'progress',
        targetId: target.id,
        path,
        step: name,
        targetsDone: this.#targetsDone,
        targetsTotal: this.#targetsTotal,
      });
    const context = { route, options: this.options, signal: this.#signal, record, step, traffic: this.#traffic };
    const outcome = await measureTarget(target, context);
    return { outcome, observations };
  }

  /**
   * Measures handshakes again (core/judge/retests.ts), one after the other with nothing
   * else in flight to the host, and adds each new observation (`retestOf` the old one)
   * to its route's outcome.
   */
  async retest(
    target: Target,
    retests: readonly Retest[],
    outcomes: readonly PathOutcome[],
    routes: readonly Route[],
  ): Promise<PathOutcome[]> {
    const added = new Map<string, string[]>();
    for (const { path, of } of retests) {
      const route = routes.find((r) => r.spec.name === path);
      if (route === undefined || this.#signal.aborted) continue;
      const context = { dialer: route.dialer, signal: this.#signal, timeoutMs: this.options.timeoutMs };
      const result = await this.#traffic.download(`${target.host}:${target.port}`, this.#signal, () =>
        probeTls({ address: of.address, port: of.port, sni: of.sni }, context),
      );
      const observation = this.#record({ ...result, retestOf: of.id }, target, path);
      added.set(path, [...(added.get(path) ?? []), observation.id]);
    }
    return outcomes.map((o) => ({ ...o, observationIds: [...o.observationIds, ...(added.get(o.path) ?? [])] }));
  }

  /** Numbers and publishes an observation. */
  #record(result: AnyProbeResult, target: Target, path: string): Observation {
    const observation: Observation = { ...result, id: `o${this.#nextObservation++}`, targetId: target.id, path };
    this.#emit({ type: 'observation', observation });
    return observation;
  }

  targetDone(): void {
    this.#targetsDone += 1;
  }
}
