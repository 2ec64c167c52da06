import type { Report } from '../../shared/report.ts';
import type { VerdictStatus } from '../../shared/verdict.ts';
import { runCounts, type RunCounts } from './counts.ts';

/** One run's side of a comparison. */
export interface ComparedRun {
  runId: string;
  startedAt: string;
  status: Report['status'];
}

/** A target in one run: its direct verdict (null: not judged yet) and the routes that restored it. */
export interface TargetSide {
  status: VerdictStatus | null;
  restoredBy: string[];
}

export interface ComparedTarget {
  /** The target as the user gave it: what the two runs are matched by. */
  input: string;
  /** Null: the run did not measure this target. */
  before: TargetSide | null;
  after: TargetSide | null;
  /** The direct verdict differs, or the target is in one run only. */
  changed: boolean;
  /** Routes that restore it now and did not before. */
  startedRestoring: string[];
  /** Routes that restored it before and no longer do. */
  stoppedRestoring: string[];
}

/** A route in one run: whether it passed its check, and how many blocked targets it restored of those it was judged on. */
export interface RouteSide {
  usable: boolean;
  restores: number;
  of: number;
}

export interface ComparedRoute {
  path: string;
  /** Null: the run did not have this route. */
  before: RouteSide | null;
  after: RouteSide | null;
  /** It started or stopped working (or is in one run only). */
  changed: boolean;
}

export interface Comparison {
  before: ComparedRun;
  after: ComparedRun;
  /** Every target of either run: those of `before` in its order, then those only in `after`. */
  targets: ComparedTarget[];
  /** Every route of either run, in the same order. */
  routes: ComparedRoute[];
  counts: { before: RunCounts; after: RunCounts };
}

/**
 * What changed between two runs: pure, over two reports, plain data out. Targets
 * are matched by their input (a target given twice is matched in order); verdicts
 * are the ones each report holds, as the user saw them.
 */
export function compareReports(before: Report, after: Report): Comparison {
  const afterTargets = groupBy(after.targets, (t) => t.target.input);
  const targets: ComparedTarget[] = before.targets.map((entry) => {
    const match = afterTargets.get(entry.target.input)?.shift();
    return compareTarget(entry.target.input, targetSide(entry), match === undefined ? null : targetSide(match));
  });
  for (const [input, rest] of afterTargets) {
    for (const entry of rest) targets.push(compareTarget(input, null, targetSide(entry)));
  }

  const beforeRoutes = routeSides(before);
  const afterRoutes = routeSides(after);
  const names = [...new Set([...beforeRoutes.keys(), ...afterRoutes.keys()])];
  const routes = names.map((path): ComparedRoute => {
    const b = beforeRoutes.get(path) ?? null;
    const a = afterRoutes.get(path) ?? null;
    return { path, before: b, after: a, changed: b?.usable !== a?.usable };
  });

  return {
    before: runOf(before),
    after: runOf(after),
    targets,
    routes,
    counts: { before: runCounts(before), after: runCounts(after) },
  };
}

type ReportTarget = Report['targets'][number];

function targetSide({ verdict }: ReportTarget): TargetSide {
  return { status: verdict?.direct?.status ?? null, restoredBy: [...(verdict?.restoredBy ?? [])] };
}

function compareTarget(input: string, before: TargetSide | null, after: TargetSide | null): ComparedTarget {
  const was = before?.restoredBy ?? [];
  const now = after?.restoredBy ?? [];
  return {
    input,
    before,
    after,
    changed: before === null || after === null || before.status !== after.status,
    startedRestoring: before === null ? [] : now.filter((path) => !was.includes(path)),
    stoppedRestoring: after === null ? [] : was.filter((path) => !now.includes(path)),
  };
}

/** Every route of the plan: usable unless its check failed (direct and unchecked routes are used as they are). */
function routeSides(report: Report): Map<string, RouteSide> {
  const direct = report.plan.paths.find((path) => path.kind === 'direct')?.name;
  const failed = new Set(
    report.routeChecks.filter((c) => c.status === 'failed' && c.path !== direct).map((c) => c.path),
  );
  const restoration = new Map((report.summary?.routes ?? []).map((r) => [r.path, r]));
  return new Map(
    report.plan.paths.map(({ name }) => [
      name,
      {
        usable: !failed.has(name),
        restores: restoration.get(name)?.restores ?? 0,
        of: restoration.get(name)?.of ?? 0,
      },
    ]),
  );
}

function runOf(report: Report): ComparedRun {
  return { runId: report.runId, startedAt: report.startedAt, status: report.status };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
