import type { Report } from '../../../src-main/shared/report.ts';
import { combineTargets, workingRoutes, type CombinedTarget } from '../../../src-main/shared/combine-reports.ts';
import { isBlocking } from '../../../src-main/shared/verdict.ts';

/**
 * The workshop view's data: several participants' reports side by side, with the
 * rules the exported merged report uses (shared/combine-reports.ts). Per network:
 * which sites are blocked how, which routes work; per site: whether the networks
 * agree, the sites they disagree on first.
 */
export interface NetworkReport {
  /** The network's name: the report's own label, or its file name. */
  label: string;
  report: Report;
}

export interface CombinedNetwork {
  label: string;
  startedAt: string;
  tested: number;
  blocked: number;
  /** Routes besides direct that passed their check or restored a site. */
  workingRoutes: string[];
}

export interface Combined {
  networks: CombinedNetwork[];
  targets: CombinedTarget[];
}

export function combineReports(inputs: readonly NetworkReport[]): Combined {
  const targets = combineTargets(
    inputs.map(({ report }) => {
      const verdicts = new Map(report.targets.map(({ target, verdict }) => [target.id, verdict]));
      return { report, verdictOf: (id: string) => verdicts.get(id) };
    }),
  );
  return { networks: inputs.map(networkOf), targets };
}

function networkOf({ label, report }: NetworkReport): CombinedNetwork {
  const blocked = report.targets.filter(({ verdict }) => {
    const status = verdict?.direct?.status;
    return status !== undefined && isBlocking(status);
  }).length;
  return {
    label,
    startedAt: report.startedAt,
    tested: report.targets.length,
    blocked,
    workingRoutes: workingRoutes(report, report.summary),
  };
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
