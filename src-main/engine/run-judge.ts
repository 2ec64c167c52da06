import type { EngineEvent, PathOutcome, RouteCheck } from '../shared/events.ts';
import type { Observation } from '../shared/observation.ts';
import type { PathSpec } from '../shared/path.ts';
import type { Target } from '../shared/target.ts';
import type { RunSummary, TargetVerdict } from '../shared/verdict.ts';
import { judgeTarget, summarize, type RunData } from './classify/index.ts';

/**
 * Keeps what the classifier needs while a run streams (observations, route checks,
 * control rechecks) and judges each target when it finishes. The judging itself is
 * pure (classify/); this only remembers.
 */
export class RunJudge {
  readonly #paths: readonly PathSpec[];
  readonly #observations = new Map<string, Observation>();
  readonly #routeChecks: RouteCheck[] = [];
  readonly #controlRechecks: RouteCheck[] = [];
  readonly #verdicts: TargetVerdict[] = [];

  constructor(paths: readonly PathSpec[]) {
    this.#paths = paths;
  }

  /** Remembers what an event adds to the evidence. */
  observe(event: EngineEvent): void {
    if (event.type === 'observation') this.#observations.set(event.observation.id, event.observation);
    if (event.type === 'route-checked') this.#routeChecks.push(event.check);
    if (event.type === 'control-rechecked') this.#controlRechecks.push(event.check);
  }

  judge(target: Target, outcomes: readonly PathOutcome[]): TargetVerdict {
    const verdict = judgeTarget(this.#data(), target, outcomes);
    this.#verdicts.push(verdict);
    return verdict;
  }

  /** The run's summary over the targets judged so far (all of them once the run ends). */
  summary(targets: readonly Target[]): RunSummary {
    const judged = targets.filter((t) => this.#verdicts.some((v) => v.targetId === t.id));
    return summarize(this.#data(), judged, this.#verdicts);
  }

  #data(): RunData {
    return {
      paths: this.#paths,
      routeChecks: this.#routeChecks,
      controlRechecks: this.#controlRechecks,
      observations: this.#observations,
    };
  }
}
