import { judgedReport } from '../../../src-main/core/judge/judged-report.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import type { RunPhase, RunView } from '../run/run-store.ts';

/**
 * A past run's report as the Result view reads a run: the same report a live run's
 * events fold into (core/fold.ts), judged where the run did not finish
 * (core/judge/judged-report.ts) so it shows the verdicts the exports show.
 */
export function reportRunView(report: Report): RunView {
  const finished = report.targets.filter((entry) => entry.verdict !== undefined).length;
  return {
    runId: report.runId,
    startedAt: report.startedAt,
    phase: phaseOf(report.status),
    report: judgedReport(report).report,
    done: finished,
    total: report.targets.length,
    measuring: new Map(),
    error: null,
  };
}

/** An unfinished past run is shown as it stands (the history screen says why it is unfinished). */
function phaseOf(status: Report['status']): RunPhase {
  return status === 'cancelled' ? 'cancelled' : 'completed';
}
