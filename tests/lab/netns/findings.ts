import { formatColumns } from '../../../src-main/cli/table.ts';
import type { PathOutcome } from '../../../src-main/shared/events.ts';
import type { Observation } from '../../../src-main/shared/observation.ts';
import type { Report } from '../../../src-main/shared/report.ts';
import type { ToolResult } from '../../../src-main/shared/tools.ts';
import { isBlocking, type TargetVerdict } from '../../../src-main/shared/verdict.ts';
import { BLOCK_PAGE_TITLE } from './inventory.ts';
import type { Scenario } from './scenario.ts';

/**
 * Slower than this is "slow" in the lab. Unthrottled, the lab's veths move hundreds of
 * megabytes a second, and the throttled scenarios allow a few megabits at most, shared
 * by the routes measured at once; a megabyte a second sits far from both, so the word
 * never depends on the machine.
 */
const SLOW_BYTES_PER_SECOND = 1_000_000;
/**
 * A body that arrives whole within this is too short to time: a 40 KiB home page
 * through a proxy that relays it in small pieces takes tens of milliseconds on a busy
 * machine, which its scheduling decides, not the network. A throttled transfer lasts
 * seconds.
 */
const SHORTEST_TIMED_TRANSFER_MS = 250;

/** One expectation of a scenario next to what the run found. */
export interface Check {
  target: string;
  route: string;
  expected: string;
  found: string;
  passed: boolean;
}

/** Every expectation of the scenario checked against the report of its run: outcomes, verdicts, then tools. */
export function checkScenario(scenario: Scenario, report: Report): Check[] {
  return [...checkOutcomes(scenario, report), ...checkVerdicts(scenario, report), ...checkTools(scenario, report)];
}

/**
 * "Your tools": each tool's status (and reason, where the scenario pins one), and exactly
 * the routes it works through (WireGuard) or whose address answers through (bridges).
 */
function checkTools(scenario: Scenario, report: Report): Check[] {
  return Object.entries(scenario.tools).flatMap(([name, want]) => {
    const result = report.tools?.find((tool) => tool.name === name);
    const through =
      result === undefined ? [] : result.kind === 'wireguard' ? result.restoredBy : result.reachableThrough;
    const row = (route: string, expected: string, found: string): Check => ({
      target: name,
      route,
      expected,
      found,
      passed: expected === found,
    });
    const listed = (routes: readonly string[]): string =>
      routes.length === 0 ? 'none' : [...routes].sort().join(', ');
    return [
      row('tool status', want.status, result?.status ?? 'not checked'),
      ...(want.reason === undefined ? [] : [row('tool reason', want.reason, result?.reason ?? 'not checked')]),
      row('through', listed(want.through), result === undefined ? 'not checked' : listed(through)),
      ...(want.stopsEarly === undefined ? [] : [row('stops early', 'yes', stoppedEarly(result, scenario))]),
    ];
  });
}

/** Whether a bridge's check ended before its deadline, rather than waiting Tor out. */
function stoppedEarly(result: ToolResult | undefined, scenario: Scenario): string {
  if (result?.kind !== 'bridge') return 'not checked';
  return result.durationMs < scenario.bridgeTimeoutMs ? 'yes' : `no (${result.durationMs} ms)`;
}

function checkOutcomes(scenario: Scenario, report: Report): Check[] {
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

/**
 * The verdicts: the direct status, exactly which routes restore the target and which
 * do not, pinned statuses on other routes, and for an honest network no blocking
 * verdict anywhere.
 */
function checkVerdicts(scenario: Scenario, report: Report): Check[] {
  const verdictOf = (target: string): TargetVerdict | undefined =>
    report.targets.find((t) => t.target.input === target)?.verdict;
  const check = (target: string, route: string, expected: string, found: string): Check => ({
    target,
    route,
    expected,
    found,
    passed: expected === found,
  });
  const listed = (paths: readonly string[] | undefined): string =>
    paths === undefined ? 'no verdict' : paths.length === 0 ? 'none' : [...paths].sort().join(', ');
  const expected = Object.entries(scenario.verdicts).flatMap(([target, want]) => {
    const verdict = verdictOf(target);
    const statusOn = (route: string): string => verdict?.paths.find((p) => p.path === route)?.status ?? 'no verdict';
    return [
      check(target, 'verdict', want.direct, verdict?.direct?.status ?? 'no verdict'),
      check(target, 'restored by', listed(want.restoredBy), listed(verdict?.restoredBy)),
      check(target, 'not restored by', listed(want.notRestoredBy), listed(verdict?.notRestoredBy)),
      ...Object.entries(want.routes).map(([route, status]) =>
        check(target, `verdict ${route}`, status, statusOn(route)),
      ),
    ];
  });
  const honest = scenario.noBlocking
    ? report.targets.map(({ target, verdict }) => {
        const blocking = (verdict?.paths ?? []).filter((p) => isBlocking(p.status));
        const found = verdict === undefined ? 'no verdict' : listed(blocking.map((p) => `${p.path}: ${p.status}`));
        return check(target.input, 'blocking verdicts', 'none', found);
      })
    : [];
  const network =
    scenario.network === undefined
      ? []
      : [check('(the network)', 'network', scenario.network, report.summary?.network ?? 'no summary')];
  // Each pinned sentence: its key, and the route it names where it names one.
  const sentences = scenario.summary.map((want) => {
    const [key = '', route] = want.split(' ');
    const found = report.summary?.messages.some(
      (m) =>
        m.key.replace(/_(one|few|many|other)$/, '') === key && (route === undefined || m.params['route'] === route),
    );
    return check('(the summary)', 'says', want, found === true ? want : 'not said');
  });
  return [...expected, ...honest, ...network, ...sentences];
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
      if (speed?.probe === 'throughput' && isSlow(speed.bytes, speed.bytesPerSecond)) return 'reachable slow';
      return 'reachable';
    }
    default:
      return outcome.status;
  }
}

function isSlow(bytes: number, bytesPerSecond: number): boolean {
  const transferMs = bytesPerSecond === 0 ? Infinity : (bytes * 1000) / bytesPerSecond;
  return bytesPerSecond < SLOW_BYTES_PER_SECOND && transferMs >= SHORTEST_TIMED_TRANSFER_MS;
}

/** The expected-versus-found table, one row per check, a mark and a word in the last column. */
export function renderChecks(checks: readonly Check[]): string {
  return formatColumns([
    ['Target', 'Route', 'Expected', 'Found', 'Check'],
    ...checks.map((c) => [c.target, c.route, c.expected, c.found, c.passed ? '✓ as expected' : '✗ DIFFERENT']),
  ]);
}
