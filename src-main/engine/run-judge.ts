import type { EngineEvent, PathOutcome, RouteCheck } from '../shared/events.ts';
import type { Observation } from '../shared/observation.ts';
import type { PathSpec } from '../shared/path.ts';
import type { Target } from '../shared/target.ts';
import type { RunSummary, TargetVerdict } from '../shared/verdict.ts';
import {
  directRoute,
  isDirectStunAnswer,
  judgeTarget,
  retestsFor,
  runContext,
  summarize,
  targetEvidence,
  type Retest,
  type RunData,
} from '../core/judge/index.ts';

/**
 * Keeps what the classifier needs while a run streams (observations, route checks,
 * control rechecks) and judges each target when it finishes. The judging itself is
 * pure (core/judge/); this only remembers.
 */
export class RunJudge {
  readonly #paths: readonly PathSpec[];
  readonly #observations = new Map<string, Observation>();
  readonly #routeChecks: RouteCheck[] = [];
  readonly #controlRechecks: RouteCheck[] = [];
  readonly #verdicts: TargetVerdict[] = [];
  readonly #direct: string | undefined;
  /** Kept as observations arrive, so judging a target never scans the whole run. */
  #stunAnswersDirect = false;

  constructor(paths: readonly PathSpec[]) {
    this.#paths = paths;
    this.#direct = directRoute(paths);
  }

  /** Remembers what an event adds to the evidence. */
  observe(event: EngineEvent): void {
    if (event.type === 'observation') {
      this.#observations.set(event.observation.id, event.observation);
      if (isDirectStunAnswer(event.observation, this.#direct)) this.#stunAnswersDirect = true;
    }
    if (event.type === 'route-checked') this.#routeChecks.push(event.check);
    if (event.type === 'control-rechecked') this.#controlRechecks.push(event.check);
  }

  /** The handshakes of a finished target worth measuring again before it is judged. */
  retests(target: Target, outcomes: readonly PathOutcome[]): Retest[] {
    const data = this.#data();
    const context = runContext(data, this.#stunAnswersDirect);
    return retestsFor(targetEvidence(target, outcomes, this.#paths, this.#observations, context));
  }

  judge(target: Target, outcomes: readonly PathOutcome[]): TargetVerdict {
    const data = this.#data();
    const verdict = judgeTarget(data, target, outcomes, runContext(data, this.#stunAnswersDirect));
    this.#verdicts.push(verdict);
    return verdict;
  }

  /** The run's summary over the targets judged so far (all of them once the run ends). */
  summary(targets: readonly Target[]): RunSummary {
    const judgedIds = new Set(this.#verdicts.map((v) => v.targetId));
    const judged = targets.filter((t) => judgedIds.has(t.id));
    const data = this.#data();
    return summarize(data, judged, this.#verdicts, runContext(data, this.#stunAnswersDirect));
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
