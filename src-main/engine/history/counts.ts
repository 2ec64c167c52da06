import { isBlocking, type NetworkState, type VerdictStatus } from '../../shared/verdict.ts';

/** The figures a list of runs shows for each, from the direct route's verdicts. */
export interface RunCounts {
  /** Targets in the plan. */
  targets: number;
  /** Targets with a verdict (all of them once the run completed). */
  finished: number;
  /** Finished targets blocked on the direct route. */
  blocked: number;
  /** Direct verdicts per status. */
  kinds: Partial<Record<VerdictStatus, number>>;
  /** Whether the network reached the outside (absent until the run finished, and in older runs). */
  network?: NetworkState;
}

/** What the counts are made from: a report, or the parts of one a list reads (read-run.ts). */
export interface CountedRun {
  targets: readonly { verdict?: { direct?: { status: VerdictStatus } | undefined } | undefined }[];
  summary?: { blocked: number; counts: Partial<Record<VerdictStatus, number>>; network?: NetworkState } | undefined;
}

/** The summary's figures when the run finished; the verdicts so far when it did not. */
export function runCounts(report: CountedRun): RunCounts {
  const directs = report.targets.flatMap(({ verdict }) => (verdict?.direct === undefined ? [] : [verdict.direct]));
  const finished = report.targets.filter((t) => t.verdict !== undefined).length;
  if (report.summary !== undefined) {
    const { blocked, counts, network } = report.summary;
    return {
      targets: report.targets.length,
      finished,
      blocked,
      kinds: counts,
      ...(network === undefined ? {} : { network }),
    };
  }
  const kinds: Partial<Record<VerdictStatus, number>> = {};
  for (const { status } of directs) kinds[status] = (kinds[status] ?? 0) + 1;
  return {
    targets: report.targets.length,
    finished,
    blocked: directs.filter((v) => isBlocking(v.status)).length,
    kinds,
  };
}
