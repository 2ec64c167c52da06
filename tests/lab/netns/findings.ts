import { formatColumns } from '../../../src-main/cli/table.ts';
import type { PathOutcome } from '../../../src-main/shared/events.ts';
import type { Observation } from '../../../src-main/shared/observation.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import { BLOCK_PAGE_TITLE } from './inventory.ts';
import type { Scenario } from './scenario.ts';

/**
 * Slower than this is "slow" in the lab. Unthrottled, the lab's veths move hundreds of
 * megabytes a second, and the throttled scenarios allow a few hundred kilobits; a
 * megabit a second sits far from both, so the word never depends on the machine.
 */
const SLOW_BYTES_PER_SECOND = 125_000;

/** One expectation of a scenario next to what the run found. */
export interface Check {
  target: string;
  route: string;
  expected: string;
  found: string;
  passed: boolean;
}

/** Every expectation of the scenario checked against the report of its run. */
export function checkScenario(scenario: Scenario, report: Report): Check[] {
  const byId = new Map(report.observations.map((o) => [o.id, o]));
  return Object.entries(scenario.expect).flatMap(([target, routes]) => {
    const entry = report.targets.find((t) => t.target.input === target);
    return Object.entries(routes).map(([route, expected]) => {
      const outcome = entry?.outcomes.find((o) => o.path === route);
      const found = outcome === undefined ? 'not measured' : describeOutcome(outcome, byId);
      return { target, route, expected, found, passed: found === expected };
    });
  });
}

/** An outcome in the words of the scenario files (see expectationSchema). */
export function describeOutcome(outcome: PathOutcome, byId: ReadonlyMap<string, Observation>): string {
  switch (outcome.status) {
    case 'failed':
      return outcome.failure === undefined ? 'failed' : `failed ${outcome.failure.stage} ${outcome.failure.class}`;
    case 'reachable': {
      const observations = outcome.observationIds.flatMap((id) => byId.get(id) ?? []);
      const http = observations.find((o) => o.probe === 'http');
      if (http?.probe === 'http' && http.body?.title === BLOCK_PAGE_TITLE) return 'reachable blockpage';
      const speed = observations.find((o) => o.probe === 'throughput');
      if (speed?.probe === 'throughput' && speed.bytesPerSecond < SLOW_BYTES_PER_SECOND) return 'reachable slow';
      return 'reachable';
    }
    default:
      return outcome.status;
  }
}

/** The expected-versus-found table, one row per check, a mark and a word in the last column. */
export function renderChecks(checks: readonly Check[]): string {
  return formatColumns([
    ['Target', 'Route', 'Expected', 'Found', 'Check'],
    ...checks.map((c) => [c.target, c.route, c.expected, c.found, c.passed ? '✓ as expected' : '✗ DIFFERENT']),
  ]);
}
