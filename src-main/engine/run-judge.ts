import type { EngineEvent, PathOutcome, RouteCheck } from '../shared/events.ts';
import type { Observation } from '../shared/observation.ts';
import type { PathSpec } from '../shared/path.ts';
import type { Target } from '../shared/target.ts';
import type { RunSummary, TargetVerdict } from '../shared/verdict.ts';
import {
  directRoute,
  isDirectStunAnswer,
  judgeTarget,
  outlineOf,
  retestsFor,
  runContext,
  summarize,
  targetEvidence,
  type Retest,
  type RunData,
  type VerdictOutline,
} from '../core/judge/index.ts';

/**
 * Keeps what the classifier needs while a run streams and judges each target when it
 * finishes. The judging itself is pure (core/judge/); this only remembers, and only
 * what judging still needs, so its memory does not grow with the run: the route
 * checks, the control rechecks and the controls' observations for the whole run, a
 * target's observations until it is judged, and the outline of each verdict (where
 * the target got through, without its evidence) for the summary. A finished target's observations live on in the run's journal
 * (report/journal-writer.ts), not here.
 */
export class RunJudge {
  readonly #paths: readonly PathSpec[];
  readonly #observations = new Map<string, Observation>();
  /** The ids of the observations of each target not yet judged. */
  readonly #pending = new Map<string, string[]>();
  readonly #routeChecks: RouteCheck[] = [];
  readonly #controlRechecks: RouteCheck[] = [];
  readonly #verdicts: VerdictOutline[] = [];
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
      const { observation } = event;
      this.#observations.set(observation.id, observation);
      const ids = this.#pending.get(observation.targetId);
      if (ids === undefined) this.#pending.set(observation.targetId, [observation.id]);
      else ids.push(observation.id);
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
    this.#verdicts.push(outlineOf(verdict));
    this.#forget(target.id);
    return verdict;
  }

  /**
   * Takes a verdict given earlier, as judged then (a run rebuilt from its journal,
   * report/rebuild-run.ts): counted in the summary, the target's observations forgotten.
   */
  record(verdict: TargetVerdict): void {
    this.#verdicts.push(outlineOf(verdict));
    this.#forget(verdict.targetId);
  }

  /** A judged target's observations are needed no more (the run-wide facts were taken as they came). */
  #forget(targetId: string): void {
    for (const id of this.#pending.get(targetId) ?? []) this.#observations.delete(id);
    this.#pending.delete(targetId);
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
