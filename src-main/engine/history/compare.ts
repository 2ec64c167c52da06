import { labelsOfPlans, type CatalogLabel } from '../../shared/catalog-label.ts';
import type { Report } from '../../shared/report.ts';
import type { VerdictStatus } from '../../shared/verdict.ts';
import { verdictMove } from '../../core/view/blocking-kind.ts';
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
  /** A built-in target's brand and kind (from either run's plan), to name it by. */
  label?: CatalogLabel;
  /** Null: the run did not measure this target. */
  before: TargetSide | null;
  after: TargetSide | null;
  /** The direct verdict is of another kind (core/view/blocking-kind.ts), or the target is in one run only. */
  changed: boolean;
  /** The direct verdict is another status of the same kind (tls-blocked → sni-filtering): not a change. */
  refined: boolean;
  /** Routes that restore it now and did not before. */
  startedRestoring: string[];
  /** Routes that restored it before, are in the later run too, and no longer restore it. */
  stoppedRestoring: string[];
  /** Routes that restored it before and were not part of the later run: nothing is known of them now. */
  notIncluded: string[];
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
  /**
   * `started`/`stopped`: in both runs, and it began or ceased to work; `added`: only in
   * the later run; `not-included`: only in the earlier one, which says nothing of whether
   * it still works; `same` otherwise.
   */
  change: RouteChange;
}

export type RouteChange = 'same' | 'started' | 'stopped' | 'added' | 'not-included';

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
  const beforeRoutes = routeSides(before);
  const afterRoutes = routeSides(after);
  const compareTarget = targetComparer(new Set(afterRoutes.keys()));
  const afterTargets = groupBy(after.targets, (t) => t.target.input);
  const targets: ComparedTarget[] = before.targets.map((entry) => {
    const match = afterTargets.get(entry.target.input)?.shift();
    return compareTarget(entry.target.input, targetSide(entry), match === undefined ? null : targetSide(match));
  });
  for (const [input, rest] of afterTargets) {
    for (const entry of rest) targets.push(compareTarget(input, null, targetSide(entry)));
  }
  const labels = labelsOfPlans([after.plan, before.plan]);
  for (const target of targets) {
    const label = labels.get(target.input);
    if (label !== undefined) target.label = label;
  }

  const names = [...new Set([...beforeRoutes.keys(), ...afterRoutes.keys()])];
  const routes = names.map((path): ComparedRoute => {
    const b = beforeRoutes.get(path) ?? null;
    const a = afterRoutes.get(path) ?? null;
    return { path, before: b, after: a, change: routeChange(b, a) };
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

/** Compares a target's two sides, knowing which routes the later run had. */
function targetComparer(laterRoutes: ReadonlySet<string>) {
  return (input: string, before: TargetSide | null, after: TargetSide | null): ComparedTarget => {
    const was = before?.restoredBy ?? [];
    const now = after?.restoredBy ?? [];
    const lost = after === null ? [] : was.filter((path) => !now.includes(path));
    const move = before === null || after === null ? 'changed' : verdictMove(before.status, after.status);
    return {
      input,
      before,
      after,
      changed: move === 'changed',
      refined: move === 'refined',
      startedRestoring: before === null ? [] : now.filter((path) => !was.includes(path)),
      stoppedRestoring: lost.filter((path) => laterRoutes.has(path)),
      notIncluded: lost.filter((path) => !laterRoutes.has(path)),
    };
  };
}

function routeChange(before: RouteSide | null, after: RouteSide | null): RouteChange {
  if (before === null) return after === null ? 'same' : 'added';
  if (after === null) return 'not-included';
  if (before.usable === after.usable) return 'same';
  return after.usable ? 'started' : 'stopped';
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
