import type { Report } from '../../shared/report.ts';
import { classifyReport } from './index.ts';

/** A report as every view shows it: a verdict for each target and a summary. */
export interface JudgedReport {
  report: Report;
  /** The run did not finish, and what it lacked was judged afterwards from what it had measured. */
  rejudged: boolean;
}

/**
 * A finished run's report as it is; an unfinished one (interrupted, cancelled before
 * its summary, still going elsewhere) with its missing verdicts and summary judged
 * from the measurements it holds, by the same rules the engine uses while it runs.
 * Every view (the app's screens, the workshop, every export) goes through here, so an
 * interrupted run shows the same verdicts wherever it is opened. The report given is
 * not changed. A target never measured gets a verdict without routes: not measured.
 */
export function judgedReport(report: Report): JudgedReport {
  if (isJudged(report)) return { report, rejudged: false };
  const judged = classifyReport(report);
  const targets = report.targets.map((entry, index) => {
    const verdict = entry.verdict ?? judged.verdicts[index];
    return verdict === undefined ? entry : { ...entry, verdict };
  });
  return { report: { ...report, targets, summary: report.summary ?? judged.summary }, rejudged: true };
}

/** Whether a report has a verdict for every target and a summary: nothing left to judge. */
export function isJudged(report: Report): boolean {
  return report.summary !== undefined && report.targets.every((entry) => entry.verdict !== undefined);
}
