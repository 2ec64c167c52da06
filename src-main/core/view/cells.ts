import type { PathOutcome } from '../../shared/events.ts';
import type { Observation } from '../../shared/observation.ts';
import type { Report } from '../../shared/report.ts';
import type { PathVerdict, TargetVerdict } from '../../shared/verdict.ts';

/** The verdict of one target on one route, if it was judged there. */
export function verdictOn(verdict: TargetVerdict | undefined, path: string): PathVerdict | undefined {
  return verdict?.paths.find((p) => p.path === path) ?? (verdict?.direct?.path === path ? verdict.direct : undefined);
}

export function outcomeOn(outcomes: readonly PathOutcome[], path: string): PathOutcome | undefined {
  return outcomes.find((o) => o.path === path);
}

/** What one target measured on one route, in the order it came (a scan: for one cell opened, not a grid). */
export function observationsOn(report: Report, targetId: string, path: string): Observation[] {
  return report.observations.filter((o) => o.targetId === targetId && o.path === path);
}
