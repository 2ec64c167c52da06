import type { CatalogLabel } from '../shared/catalog-label.ts';
import type { Report } from '../shared/report.ts';
import type { Target } from '../shared/target.ts';
import { isBlocking, type PathVerdict, type RunSummary, type TargetVerdict } from '../shared/verdict.ts';
import { judgedReport } from './judge/judged-report.ts';

/**
 * Several runs side by side (the workshop view): per network, which sites are
 * blocked and which routes work; per site, each network's verdict and whether the
 * networks agree, the sites they disagree on first. Shared by the exported merged
 * report and the app's workshop screen, so both say the same; an unfinished run is
 * judged first (judgedReport), in both.
 */

/** One participant's run, under the network's name (the file's name, or one the trainer gave). */
export interface NetworkReport {
  label: string;
  report: Report;
}

export interface CombinedNetwork {
  label: string;
  /** The report with a verdict for every target (judged afterwards where the run did not finish). */
  report: Report;
  rejudged: boolean;
  startedAt: string;
  tested: number;
  /** Sites blocked on the network's own connection (the direct route). */
  blocked: number;
  /** Routes besides direct that passed their check or restored a site. */
  workingRoutes: string[];
}

export interface Combined {
  networks: CombinedNetwork[];
  targets: CombinedTarget[];
}

export function combineReports(inputs: readonly NetworkReport[]): Combined {
  const networks = inputs.map(networkOf);
  const targets = combineTargets(
    networks.map(({ report }) => {
      const verdicts = new Map(report.targets.map(({ target, verdict }) => [target.id, verdict]));
      return { report, verdictOf: (id: string) => verdicts.get(id) };
    }),
  );
  return { networks, targets };
}

function networkOf({ label, report: given }: NetworkReport): CombinedNetwork {
  const { report, rejudged } = judgedReport(given);
  const blocked = report.targets.filter(({ verdict }) => {
    const status = verdict?.direct?.status;
    return status !== undefined && isBlocking(status);
  }).length;
  return {
    label,
    report,
    rejudged,
    startedAt: report.startedAt,
    tested: report.targets.length,
    blocked,
    workingRoutes: workingRoutes(report, report.summary),
  };
}

/** The networks a site is blocked on, and those it is open on (judged there, not blocked). */
export function blockedAndOpen(
  target: CombinedTarget,
  labels: readonly string[],
): { blocked: string[]; open: string[] } {
  const on = (blocked: boolean): string[] =>
    labels.filter((_, index) => {
      const status = target.results[index]?.direct?.status;
      return status !== undefined && isBlocking(status) === blocked;
    });
  return { blocked: on(true), open: on(false) };
}

/**
 * - `blocked-somewhere`: blocked on some networks and not on others;
 * - `blocked-differently`: blocked everywhere it was judged, but not in the same way;
 * - `other`: the verdicts differ otherwise (working on one, down on another);
 * - `same`: one verdict everywhere it was judged.
 */
export type Difference = 'blocked-somewhere' | 'blocked-differently' | 'other' | 'same';

export interface NetworkResult {
  direct: PathVerdict | undefined;
  restoredBy: readonly string[];
}

export interface CombinedTarget {
  key: string;
  /** The site as the first run that measured it wrote it. */
  label: string;
  /** A built-in target's brand and kind, where a run's plan has them: what the views name it by. */
  catalog?: CatalogLabel;
  /** Per network, in the order given; undefined where the site was not tested. */
  results: (NetworkResult | undefined)[];
  difference: Difference;
}

/** One network's run, and how to get a target's verdict in it (a report's own, or judged again). */
export interface CombinedRun {
  report: Report;
  verdictOf: (targetId: string) => TargetVerdict | undefined;
}

const ORDER: Readonly<Record<Difference, number>> = {
  'blocked-somewhere': 0,
  'blocked-differently': 1,
  other: 2,
  same: 3,
};

/** Every site of every run, matched across runs; disagreements first, otherwise in the order first met. */
export function combineTargets(runs: readonly CombinedRun[]): CombinedTarget[] {
  const targets = new Map<string, CombinedTarget>();
  runs.forEach(({ report, verdictOf }, index) => {
    const labels = new Map(report.plan.entries.map((entry) => [entry.input, entry.label]));
    for (const { target } of report.targets) {
      const key = targetKey(target);
      let combined = targets.get(key);
      if (combined === undefined) {
        combined = { key, label: target.input, results: runs.map(() => undefined), difference: 'same' };
        targets.set(key, combined);
      }
      const catalog = labels.get(target.input);
      if (combined.catalog === undefined && catalog !== undefined) combined.catalog = catalog;
      const verdict = verdictOf(target.id);
      combined.results[index] ??= { direct: verdict?.direct, restoredBy: verdict?.restoredBy ?? [] };
    }
  });
  for (const target of targets.values()) target.difference = differenceOf(target.results);
  return [...targets.values()]
    .map((target, index) => ({ target, index }))
    .sort((a, b) => ORDER[a.target.difference] - ORDER[b.target.difference] || a.index - b.index)
    .map(({ target }) => target);
}

export function differenceOf(results: readonly (NetworkResult | undefined)[]): Difference {
  const statuses = results.flatMap((result) => (result?.direct === undefined ? [] : [result.direct.status]));
  const blocked = statuses.filter(isBlocking);
  if (blocked.length > 0 && blocked.length < statuses.length) return 'blocked-somewhere';
  if (new Set(blocked).size > 1) return 'blocked-differently';
  return new Set(statuses).size > 1 ? 'other' : 'same';
}

/** The same site in two reports: its URL, or its kind, host and port. */
export function targetKey(target: Target): string {
  return target.kind === 'url' ? target.url : `${target.kind}:${target.host.toLowerCase()}:${target.port}`;
}

/** Routes other than direct that passed their check, or restored a site, in one run. */
export function workingRoutes(report: Report, summary: RunSummary | undefined): string[] {
  const usable = new Set(report.routeChecks.filter((c) => c.status === 'usable').map((c) => c.path));
  const restoring = new Set(summary?.routes.filter((r) => r.restores > 0).map((r) => r.path) ?? []);
  return report.plan.paths
    .filter((path) => path.kind !== 'direct' && (usable.has(path.name) || restoring.has(path.name)))
    .map((path) => path.name);
}

/** Two networks never share a name on the page: "home", "home (2)". */
export function uniqueLabels(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label) => {
    let shown = label;
    for (let number = 2; taken.has(shown); number += 1) shown = `${label} (${number})`;
    taken.add(shown);
    return shown;
  });
}

/** A file's name without its folder and its `.json`: how a participant's network is called by default. */
export function labelFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const label = base.replace(/\.json$/i, '').trim();
  return label === '' ? base : label.slice(0, 200);
}
