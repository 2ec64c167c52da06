import type { EngineEvent, PathOutcome } from '../shared/events.ts';
import type { AnyProbeResult, Observation, ProbeName } from '../shared/observation.ts';
import type { PlanOptions } from '../shared/plan.ts';
import type { Target } from '../shared/target.ts';
import type { Route } from './paths/route.ts';
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
  #nextObservation = 1;
  #targetsDone = 0;

  constructor(options: PlanOptions, signal: AbortSignal, emit: Emit, targetsTotal: number) {
    this.options = options;
    this.#signal = signal;
    this.#emit = emit;
    this.#targetsTotal = targetsTotal;
  }

  measure(target: Target, route: Route): Promise<PathOutcome> {
    const path = route.spec.name;
    const record = (result: AnyProbeResult): Observation => {
      const observation: Observation = { ...result, id: `o${this.#nextObservation++}`, targetId: target.id, path };
      this.#emit({ type: 'observation', observation });
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
    return measureTarget(target, { route, options: this.options, signal: this.#signal, record, step });
  }

  targetDone(): void {
    this.#targetsDone += 1;
  }
}
