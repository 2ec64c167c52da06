import type { PathOutcome, RouteCheck } from '../../shared/events.ts';
import type { Observation } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { Report } from '../../shared/report.ts';
import type { Target } from '../../shared/target.ts';
import type { RunSummary, TargetVerdict } from '../../shared/verdict.ts';
import { classifyTarget } from './classify-target.ts';
import { chooseControl, targetEvidence, type RunContext } from './evidence.ts';
import { summarizeRun } from './summary.ts';

export { classifyTarget } from './classify-target.ts';
export { summarizeRun } from './summary.ts';
export type { RunContext, TargetEvidence, RouteEvidence } from './evidence.ts';

/** What the classifier needs of a run: the parts of a report that hold measurements. */
export interface RunData {
  paths: readonly PathSpec[];
  routeChecks: readonly RouteCheck[];
  /** The neutral control measured again on the direct route after sensitive sites. */
  controlRechecks: readonly RouteCheck[];
  observations: ReadonlyMap<string, Observation>;
}

/** The run-wide facts every target's verdict depends on. */
export function runContext(data: RunData): RunContext {
  const direct = data.paths.find((spec) => spec.kind === 'direct')?.name;
  const stunAnswersDirect = [...data.observations.values()].some(
    (o) => o.probe === 'stun' && o.path === direct && o.failure === undefined,
  );
  return {
    control: chooseControl(data.paths, data.routeChecks),
    stunAnswersDirect,
    failedChecks: new Set(data.routeChecks.filter((c) => c.status === 'failed').map((c) => c.path)),
    residualSince: firstFailedRecheck(data),
  };
}

/** When the first failed recheck of the control started, by its first observation. */
function firstFailedRecheck(data: RunData): string | null {
  const starts = data.controlRechecks
    .filter((check) => check.status === 'failed')
    .flatMap((check) => data.observations.get(check.observationIds[0] ?? '')?.startedAt ?? [])
    .sort();
  return starts[0] ?? null;
}

export function judgeTarget(data: RunData, target: Target, outcomes: readonly PathOutcome[]): TargetVerdict {
  return classifyTarget(targetEvidence(target, outcomes, data.paths, data.observations, runContext(data)));
}

export function summarize(data: RunData, targets: readonly Target[], verdicts: readonly TargetVerdict[]): RunSummary {
  const { control, failedChecks, residualSince } = runContext(data);
  return summarizeRun({
    targets,
    verdicts,
    paths: data.paths,
    control,
    failedChecks,
    residualBlocking: residualSince !== null,
  });
}

/**
 * Judges a saved report again from its measurements alone: the same verdicts the
 * engine gave while it ran, or new ones after the rules improved.
 */
export function classifyReport(report: Report): { verdicts: TargetVerdict[]; summary: RunSummary } {
  const data: RunData = {
    paths: report.plan.paths,
    routeChecks: report.routeChecks,
    controlRechecks: report.controlRechecks,
    observations: new Map(report.observations.map((o) => [o.id, o])),
  };
  const verdicts = report.targets.map(({ target, outcomes }) => judgeTarget(data, target, outcomes));
  return {
    verdicts,
    summary: summarize(
      data,
      report.targets.map((t) => t.target),
      verdicts,
    ),
  };
}
