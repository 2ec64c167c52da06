import type { PathOutcome, RouteCheck } from '../../shared/events.ts';
import type { Observation } from '../../shared/observation.ts';
import type { PathSpec } from '../../shared/path.ts';
import type { Report } from '../../shared/report.ts';
import type { Target } from '../../shared/target.ts';
import type { RunSummary, TargetVerdict } from '../../shared/verdict.ts';
import { classifyTarget } from './classify-target.ts';
import { chooseControl, targetEvidence, type RunContext } from './evidence.ts';
import { baselineConnectMs, networkState } from './network.ts';
import { summarizeRun, type VerdictOutline } from './summary.ts';

export { classifyTarget } from './classify-target.ts';
export { decideRouteChecks, type MeasuredCheck } from './route-health.ts';
export { retestsFor, type Retest } from './retests.ts';
export { outlineOf, summarizeRun, type VerdictOutline } from './summary.ts';
export { targetEvidence, type RunContext, type TargetEvidence, type RouteEvidence } from './evidence.ts';

/** What the classifier needs of a run: the parts of a report that hold measurements. */
export interface RunData {
  paths: readonly PathSpec[];
  routeChecks: readonly RouteCheck[];
  /** The neutral control measured again on the direct route after sensitive sites. */
  controlRechecks: readonly RouteCheck[];
  observations: ReadonlyMap<string, Observation>;
}

/**
 * The run-wide facts every target's verdict depends on. `stunAnswersDirect` is a scan
 * of every observation: a caller judging many targets passes it in (see RunJudge),
 * so judging a run stays linear in its size.
 */
export function runContext(data: RunData, stunAnswersDirect = stunAnsweredDirectly(data)): RunContext {
  const direct = directRoute(data.paths);
  return {
    control: chooseControl(data.paths, data.routeChecks),
    stunAnswersDirect,
    failedChecks: new Set(
      data.routeChecks.filter((c) => c.status === 'failed' && c.path !== direct).map((c) => c.path),
    ),
    residualSince: firstFailedRecheck(data),
    network: networkState(data.paths, data.routeChecks, data.observations),
    baselineConnectMs: baselineConnectMs(data.routeChecks, data.observations),
  };
}

/** Whether any STUN server answered on the direct route in this run. */
export function stunAnsweredDirectly(data: RunData): boolean {
  const direct = directRoute(data.paths);
  return [...data.observations.values()].some((o) => isDirectStunAnswer(o, direct));
}

export function directRoute(paths: readonly PathSpec[]): string | undefined {
  return paths.find((spec) => spec.kind === 'direct')?.name;
}

export function isDirectStunAnswer(observation: Observation, direct: string | undefined): boolean {
  return observation.probe === 'stun' && observation.path === direct && observation.failure === undefined;
}

/**
 * When the first failed recheck of the controls started, by its first observation. A
 * recheck fails something that worked before only when the direct route reached a
 * control at the start; where it never did, a failed recheck tells nothing new.
 */
function firstFailedRecheck(data: RunData): string | null {
  const direct = directRoute(data.paths);
  const before = data.routeChecks.find((check) => check.path === direct);
  if (before !== undefined && before.status !== 'usable') return null;
  const starts = data.controlRechecks
    .filter((check) => check.status === 'failed')
    .flatMap((check) => data.observations.get(check.observationIds[0] ?? '')?.startedAt ?? [])
    .sort();
  return starts[0] ?? null;
}

export function judgeTarget(
  data: RunData,
  target: Target,
  outcomes: readonly PathOutcome[],
  context: RunContext = runContext(data),
): TargetVerdict {
  return classifyTarget(targetEvidence(target, outcomes, data.paths, data.observations, context));
}

export function summarize(
  data: RunData,
  targets: readonly Target[],
  verdicts: readonly VerdictOutline[],
  context: RunContext = runContext(data),
): RunSummary {
  const { control, failedChecks, residualSince, network } = context;
  const unverified = data.routeChecks.filter((c) => c.status === 'unverified').map((c) => c.path);
  return summarizeRun({
    targets,
    verdicts,
    paths: data.paths,
    control,
    failedChecks,
    unverifiedChecks: new Set(unverified.filter((path) => path !== directRoute(data.paths))),
    residualBlocking: residualSince !== null,
    network,
    routeChecks: data.routeChecks,
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
  const context = runContext(data);
  const verdicts = report.targets.map(({ target, outcomes }) => judgeTarget(data, target, outcomes, context));
  return {
    verdicts,
    summary: summarize(
      data,
      report.targets.map((t) => t.target),
      verdicts,
      context,
    ),
  };
}
