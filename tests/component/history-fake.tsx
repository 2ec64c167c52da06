import { vi } from 'vitest';
import { observationsOn } from '../../src-main/core/view/cells.ts';
import type { Observation } from '../../src-main/shared/observation.ts';
import type { Comparison, RunCounts, RunEntry, ScheduleStatus, Timeline } from '../../src-main/shared/ipc/history.ts';
import { fail, ok, type IpcResult } from '../../src-main/shared/ipc/result.ts';
import { listOfSource } from '../../src-main/shared/ipc/targets.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../../src-main/shared/report.ts';
import type { Target } from '../../src-main/shared/target.ts';
import { isBlocking, type PathVerdict, type VerdictReason, type VerdictStatus } from '../../src-main/shared/verdict.ts';

/** The counts a list shows, from the direct verdicts (the engine's runCounts, which the renderer's tests may not import). */
function runCounts(report: Report): RunCounts {
  const directs = report.targets.flatMap(({ verdict }) =>
    verdict?.direct === undefined ? [] : [verdict.direct.status],
  );
  const kinds: RunCounts['kinds'] = {};
  for (const status of directs) kinds[status] = (kinds[status] ?? 0) + 1;
  return {
    targets: report.targets.length,
    finished: directs.length,
    blocked: directs.filter((status) => isBlocking(status)).length,
    kinds,
    ...(report.summary === undefined ? {} : { network: report.summary.network }),
  };
}

/** A comparison as the engine's compareReports makes one, for reports whose targets are each given once. */
function compareReports(before: Report, after: Report): Comparison {
  const side = (report: Report, input: string) => {
    const entry = report.targets.find((t) => t.target.input === input);
    return entry === undefined
      ? null
      : { status: entry.verdict?.direct?.status ?? null, restoredBy: [...(entry.verdict?.restoredBy ?? [])] };
  };
  const inputs = [...new Set([...before.targets, ...after.targets].map((t) => t.target.input))];
  return {
    before: { runId: before.runId, startedAt: before.startedAt, status: before.status },
    after: { runId: after.runId, startedAt: after.startedAt, status: after.status },
    targets: inputs.map((input) => {
      const [b, a] = [side(before, input), side(after, input)];
      return {
        input,
        before: b,
        after: a,
        changed: b === null || a === null || b.status !== a.status,
        refined: false,
        startedRestoring: b === null ? [] : (a?.restoredBy ?? []).filter((path) => !b.restoredBy.includes(path)),
        stoppedRestoring: a === null ? [] : (b?.restoredBy ?? []).filter((path) => !a.restoredBy.includes(path)),
        notIncluded: [],
      };
    }),
    routes: before.plan.paths.map(({ name }) => ({
      path: name,
      before: { usable: true, restores: 0, of: 0 },
      after: { usable: true, restores: 0, of: 0 },
      change: 'same' as const,
    })),
    counts: { before: runCounts(before), after: runCounts(after) },
  };
}

/** Where the fake history says it lives. */
export const FAKE_HISTORY_FOLDER = '/home/user/.config/Detour/history';

export interface PastReportOptions {
  runId: string;
  startedAt: string;
  /** Each target's direct verdict (null: not judged yet), by its input. */
  statuses: Readonly<Record<string, VerdictStatus | null>>;
  /** Routes that restore a blocked target, by its input. */
  restoredBy?: Readonly<Record<string, string[]>>;
  status?: Report['status'];
}

const REASONS: Partial<Record<VerdictStatus, VerdictReason>> = {
  ok: 'matches-control',
  'dns-tampering': 'dns-bogon',
  'tcp-reset': 'tcp-reset',
  'tls-blocked': 'tls-reset',
  'sni-filtering': 'split-passes',
  throttled: 'stall-window',
  'udp-blocked': 'udp-no-answer',
};

function verdict(path: string, status: VerdictStatus): PathVerdict {
  return {
    path,
    status,
    confidence: 'high',
    reason: REASONS[status] ?? 'unexplained-failure',
    evidence: [],
    params: {},
  };
}

/** A small report of a past run over direct and one proxy, shaped as the engine writes them. */
export function pastReport({
  runId,
  startedAt,
  statuses,
  restoredBy = {},
  status = 'completed',
}: PastReportOptions): Report {
  const inputs = Object.keys(statuses);
  const targets = inputs.map((input, index) => {
    const host = new URL(input).hostname;
    const target: Target = { kind: 'url', id: `t${index + 1}`, input, url: input, scheme: 'https', host, port: 443 };
    const direct = statuses[input];
    if (direct === null || direct === undefined) return { target, outcomes: [] };
    const restored = restoredBy[input] ?? [];
    return {
      target,
      outcomes: [],
      verdict: {
        targetId: target.id,
        paths: [verdict('direct', direct), verdict('office', 'ok')],
        direct: verdict('direct', direct),
        restoredBy: restored,
        notRestoredBy: [],
      },
    };
  });
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    app: { name: 'detour', version: '0.1.0' },
    runId,
    startedAt,
    status,
    platform: { os: 'linux', arch: 'x64', runtime: 'node 24' },
    plan: {
      entries: inputs.map((input) => ({ input, source: 'app list' })),
      paths: [
        { name: 'direct', kind: 'direct' },
        { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '11.1.0.70', port: 1080, auth: false },
      ],
      options: { timeoutMs: 8000, concurrency: 64, perHostConcurrency: 4 },
    },
    inputErrors: [],
    routeChecks: [{ path: 'office', status: 'usable', observationIds: [] }],
    controlRechecks: [],
    targets,
    observations: [],
  };
  if (status !== 'completed') return report;
  const counts = runCounts(report);
  return {
    ...report,
    endedAt: new Date(Date.parse(startedAt) + 30_000).toISOString(),
    summary: {
      control: 'office',
      network: 'online',
      targets: targets.length,
      blocked: counts.blocked,
      refused: 0,
      counts: counts.kinds,
      routes: [],
      bestRoute: null,
      cheapestSufficient: null,
      calls: { status: 'not-tested', restoredBy: [] },
      residualBlocking: false,
      messages: [{ key: 'summary.blocked', params: { count: counts.blocked, total: targets.length } }],
    },
  };
}

export interface FakeHistoryOptions {
  reports?: Report[];
}

/**
 * The history as the main process keeps it, in memory: the runs the test adds (or
 * the app's fake runs finish), newest first, with names and network labels; and a
 * schedule that is on once started, until stopped.
 */
export class FakeHistory {
  readonly #runs = new Map<string, { entry: RunEntry; report: Report }>();
  schedule: ScheduleStatus = { state: 'off' };

  constructor(reports: readonly Report[] = []) {
    for (const report of reports) this.add(report);
  }

  add(report: Report, meta: { name?: string; network?: string } = {}): void {
    this.#runs.set(report.runId, {
      report,
      entry: {
        id: report.runId,
        startedAt: report.startedAt,
        ...(report.endedAt === undefined ? {} : { endedAt: report.endedAt }),
        status: report.status,
        name: meta.name ?? '',
        ...(meta.network === undefined ? {} : { network: meta.network }),
        counts: runCounts(report),
        // As the engine's history lists them (shared listOfSource): the renderer's tests may not import the engine.
        lists: [...new Set(report.plan.entries.map(({ source }) => listOfSource(source)))],
        routes: report.plan.paths.filter(({ kind }) => kind !== 'direct').map(({ name }) => name),
      },
    });
  }

  entries(): RunEntry[] {
    return [...this.#runs.values()].map(({ entry }) => entry).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  entry(id: string): RunEntry | undefined {
    return this.#runs.get(id)?.entry;
  }

  report(id: string): Report | undefined {
    return this.#runs.get(id)?.report;
  }

  change(id: string, change: Partial<Pick<RunEntry, 'name' | 'network'>>): IpcResult<RunEntry> {
    const run = this.#runs.get(id);
    if (run === undefined) return fail('bad-request', `no run "${id}" in the history`);
    run.entry = { ...run.entry, ...change };
    if (run.entry.network === '') delete run.entry.network;
    return ok(run.entry);
  }

  delete(id: string): IpcResult<RunEntry> {
    const run = this.#runs.get(id);
    if (run === undefined) return fail('bad-request', `no run "${id}" in the history`);
    this.#runs.delete(id);
    return ok(run.entry);
  }

  deleteAll(): number {
    const count = this.#runs.size;
    this.#runs.clear();
    return count;
  }

  timeline(): Timeline {
    const runs = this.entries().reverse();
    const inputs = [...new Set(runs.flatMap(({ id }) => this.report(id)?.targets.map((t) => t.target.input) ?? []))];
    return {
      runs: runs.map(({ id, startedAt, status, name, network }) => ({
        id,
        startedAt,
        status,
        name,
        ...(network === undefined ? {} : { network }),
      })),
      targets: inputs.map((input) => ({
        input,
        statuses: runs.map(
          ({ id }) => this.report(id)?.targets.find((t) => t.target.input === input)?.verdict?.direct?.status ?? null,
        ),
      })),
    };
  }
}

/** The history's actions over a FakeHistory, as vi.fn()s a test can inspect or override. */
export function fakeHistoryApi(history: FakeHistory) {
  const answer = <T,>(value: T): Promise<IpcResult<T>> => Promise.resolve(ok(value));
  return {
    listRuns: vi.fn(() => answer(history.entries())),
    openRun: vi.fn(({ id }: { id: string }) => {
      const report = history.report(id);
      // As the main process answers: the observations are read a cell at a time (runObservations).
      return Promise.resolve(
        report === undefined ? fail<Report>('bad-request', 'no such run') : ok({ ...report, observations: [] }),
      );
    }),
    runObservations: vi.fn(({ id, targetId, path }: { id: string; targetId: string; path: string }) => {
      const report = history.report(id);
      return Promise.resolve(
        report === undefined
          ? fail<Observation[]>('bad-request', 'no such run')
          : ok(observationsOn(report, targetId, path)),
      );
    }),
    renameRun: vi.fn(({ id, name }: { id: string; name: string }) => Promise.resolve(history.change(id, { name }))),
    setRunNetwork: vi.fn(({ id, network }: { id: string; network: string }) =>
      Promise.resolve(history.change(id, { network })),
    ),
    deleteRun: vi.fn(({ id }: { id: string }) => Promise.resolve(history.delete(id))),
    deleteAllRuns: vi.fn(() => answer({ deleted: history.deleteAll() })),
    historyLocation: vi.fn(() => answer({ folder: FAKE_HISTORY_FOLDER })),
    compareRuns: vi.fn(({ a, b }: { a: string; b: string }) => {
      const [before, after] = [history.report(a), history.report(b)];
      if (before === undefined || after === undefined) return Promise.resolve(fail('bad-request', 'no such run'));
      return answer(compareReports(before, after));
    }),
    runTimeline: vi.fn(() => answer(history.timeline())),
    startSchedule: vi.fn(({ everyMinutes, forHours }: { everyMinutes: number; forHours: number }) => {
      const startedAt = '2025-03-05T10:00:00.000Z';
      history.schedule = {
        state: 'on',
        everyMinutes,
        forHours,
        startedAt,
        endsAt: new Date(Date.parse(startedAt) + forHours * 3_600_000).toISOString(),
        runsDone: 1,
        runId: 'run-1',
      };
      return answer(history.schedule);
    }),
    stopSchedule: vi.fn(() => {
      const runsDone = history.schedule.state === 'on' ? history.schedule.runsDone : 0;
      history.schedule = { state: 'off', runsDone };
      return answer(history.schedule);
    }),
    getScheduleStatus: vi.fn(() => answer(history.schedule)),
  };
}
