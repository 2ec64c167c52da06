import type { Observation } from '../../../src-main/shared/observation.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { cellKey, type FinishedTarget, type RunPhase, type RunView } from '../run/run-store.ts';

/**
 * A past run's report as the Result view reads a run: the same shape the live run's
 * events fold into (run-store.ts), so the one view shows both. A run that never
 * finished (interrupted, or still going elsewhere) shows what it measured.
 */
export function reportRunView(report: Report): RunView {
  const finished = new Map<string, FinishedTarget>();
  for (const { target, outcomes, verdict } of report.targets) {
    if (verdict !== undefined) finished.set(target.id, { outcomes, verdict });
  }
  const observations = new Map<string, Observation[]>();
  for (const observation of report.observations) {
    const key = cellKey(observation.targetId, observation.path);
    const list = observations.get(key);
    if (list === undefined) observations.set(key, [observation]);
    else list.push(observation);
  }
  return {
    runId: report.runId,
    startedAt: report.startedAt,
    phase: phaseOf(report.status),
    targets: report.targets.map(({ target }) => target),
    routes: report.plan.paths,
    done: finished.size,
    total: report.targets.length,
    measuring: new Map(),
    finished,
    observations,
    routeChecks: report.routeChecks,
    inputErrors: report.inputErrors,
    tools: report.plan.tools ?? null,
    toolResults: report.tools ?? [],
    summary: report.summary ?? null,
    endedAt: report.endedAt ?? null,
    error: null,
  };
}

/** An unfinished past run is shown as it stands (the history screen says why it is unfinished). */
function phaseOf(status: Report['status']): RunPhase {
  return status === 'cancelled' ? 'cancelled' : 'completed';
}
