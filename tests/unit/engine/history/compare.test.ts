import { expect, test } from 'vitest';
import { compareReports } from '../../../../src-main/engine/history/compare.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import { SAMPLE_PATHS, sampleReport } from './sample-report.ts';

test('a target that became blocked, and a proxy that stopped working (and so stopped restoring)', () => {
  const before = sampleReport({ runId: 'before', targets: 4, blocked: (i) => i === 0 });
  const after = sampleReport({ runId: 'after', targets: 4, blocked: (i) => i <= 1, failedRoutes: ['office'] });
  const comparison = compareReports(before, after);

  expect(comparison.before).toEqual({ runId: 'before', startedAt: before.startedAt, status: 'completed' });
  expect(comparison.targets).toEqual([
    {
      input: 'site0.example',
      before: { status: 'tls-blocked', restoredBy: ['office'] },
      after: { status: 'tls-blocked', restoredBy: [] },
      changed: false,
      refined: false,
      startedRestoring: [],
      stoppedRestoring: ['office'],
      notIncluded: [],
    },
    {
      input: 'site1.example',
      before: { status: 'ok', restoredBy: [] },
      after: { status: 'tls-blocked', restoredBy: [] },
      changed: true,
      refined: false,
      startedRestoring: [],
      stoppedRestoring: [],
      notIncluded: [],
    },
    expect.objectContaining({ input: 'site2.example', changed: false }),
    expect.objectContaining({ input: 'site3.example', changed: false }),
  ]);
  expect(comparison.routes).toEqual([
    {
      path: 'direct',
      before: { usable: true, restores: 0, of: 0 },
      after: { usable: true, restores: 0, of: 0 },
      change: 'same',
    },
    {
      path: 'office',
      before: { usable: true, restores: 1, of: 1 },
      after: { usable: false, restores: 0, of: 0 },
      change: 'stopped',
    },
    {
      path: 'dns',
      before: { usable: true, restores: 0, of: 1 },
      after: { usable: true, restores: 0, of: 2 },
      change: 'same',
    },
  ]);
  expect(comparison.counts).toEqual({
    before: { targets: 4, finished: 4, blocked: 1, kinds: { ok: 3, 'tls-blocked': 1 }, network: 'not-checked' },
    after: { targets: 4, finished: 4, blocked: 2, kinds: { ok: 2, 'tls-blocked': 2 }, network: 'not-checked' },
  });

  // The other way round, the proxy started working and restores again.
  const back = compareReports(after, before);
  expect(back.targets[0]).toMatchObject({ changed: false, startedRestoring: ['office'], stoppedRestoring: [] });
  expect(back.routes[1]).toMatchObject({
    path: 'office',
    before: { usable: false },
    after: { usable: true },
    change: 'started',
  });
});

test('targets are matched by their input: in one run only, given twice, or not finished', () => {
  const before = sampleReport({ targets: 3, inputs: ['a.example', 'b.example', 'a.example'], blocked: () => false });
  const after = sampleReport({
    targets: 3,
    finished: 2,
    inputs: ['c.example', 'a.example', 'a.example'],
    blocked: (i) => i === 1,
  });
  const { targets } = compareReports(before, after);
  expect(targets.map((t) => [t.input, t.before?.status, t.after?.status, t.changed])).toEqual([
    // The first a.example meets the first (blocked now), the second the second (not finished: no verdict).
    ['a.example', 'ok', 'tls-blocked', true],
    ['b.example', 'ok', undefined, true],
    ['a.example', 'ok', null, true],
    ['c.example', undefined, 'ok', true],
  ]);
  expect(targets[1]?.after).toBeNull();
  expect(targets[3]?.before).toBeNull();
});

test('a route in the later run only is added; identical runs change nothing', () => {
  const withoutDns: Report = {
    ...sampleReport({ targets: 1 }),
    plan: { ...sampleReport({ targets: 1 }).plan, paths: SAMPLE_PATHS.slice(0, 2) },
  };
  const full = sampleReport({ targets: 1 });
  expect(compareReports(withoutDns, full).routes.at(-1)).toEqual({
    path: 'dns',
    before: null,
    // site0 is blocked on direct and on encrypted DNS: judged there, not restored.
    after: { usable: true, restores: 0, of: 1 },
    change: 'added',
  });
  const same = compareReports(full, sampleReport({ targets: 1 }));
  expect(same.targets.some((t) => t.changed || t.startedRestoring.length > 0 || t.stoppedRestoring.length > 0)).toBe(
    false,
  );
  expect(same.routes.every((r) => r.change === 'same')).toBe(true);
});

/** A report without one of its routes, as a run that was not given it. */
function without(report: Report, route: string): Report {
  return {
    ...report,
    plan: { ...report.plan, paths: report.plan.paths.filter((path) => path.name !== route) },
    routeChecks: report.routeChecks.filter((check) => check.path !== route),
    targets: report.targets.map((entry) =>
      entry.verdict === undefined
        ? entry
        : { ...entry, verdict: { ...entry.verdict, restoredBy: entry.verdict.restoredBy.filter((p) => p !== route) } },
    ),
  };
}

test('a route the later run did not include is "not included", never "stopped working"', () => {
  const before = sampleReport({ targets: 2, blocked: (i) => i === 0 });
  const after = without(sampleReport({ targets: 2, blocked: (i) => i === 0 }), 'office');
  const comparison = compareReports(before, after);

  expect(comparison.routes.find((r) => r.path === 'office')).toEqual({
    path: 'office',
    before: { usable: true, restores: 1, of: 1 },
    after: null,
    change: 'not-included',
  });
  expect(comparison.routes.some((r) => r.change === 'stopped')).toBe(false);
  expect(comparison.targets[0]).toMatchObject({
    changed: false,
    stoppedRestoring: [],
    notIncluded: ['office'],
  });
});

test('tls-blocked then sni-filtering (tricks on) is the same kind of blocking: refined, not changed', () => {
  const before = sampleReport({ targets: 2, blocked: (i) => i === 0 });
  const plain = sampleReport({ targets: 2, blocked: (i) => i <= 1 });
  const withTricks: Report = {
    ...plain,
    targets: plain.targets.map((entry, index) => {
      const direct = entry.verdict?.direct;
      if (index !== 0 || entry.verdict === undefined || direct === undefined) return entry;
      return { ...entry, verdict: { ...entry.verdict, direct: { ...direct, status: 'sni-filtering' } } };
    }),
  };
  const [refined, changed] = compareReports(before, withTricks).targets;

  expect(refined).toMatchObject({
    before: { status: 'tls-blocked' },
    after: { status: 'sni-filtering' },
    changed: false,
    refined: true,
  });
  // ok → tls-blocked is another kind: a change, never a refinement.
  expect(changed).toMatchObject({ changed: true, refined: false });
});

test('a built-in target is named by the label either run gives it, the later run first', () => {
  const labelled = (report: Report, label: { brand: string; kind: 'app-servers' | 'website' }): Report => ({
    ...report,
    plan: {
      ...report.plan,
      entries: report.plan.entries.map((entry, index) => (index === 0 ? { ...entry, label } : entry)),
    },
  });
  const before = labelled(sampleReport({ runId: 'before', targets: 2 }), { brand: 'Old', kind: 'website' });
  const after = labelled(sampleReport({ runId: 'after', targets: 2 }), { brand: 'Telegram', kind: 'app-servers' });
  const { targets } = compareReports(before, after);
  expect(targets.map((target) => [target.input, target.label])).toEqual([
    ['site0.example', { brand: 'Telegram', kind: 'app-servers' }],
    ['site1.example', undefined],
  ]);
  expect(targets[1]).not.toHaveProperty('label');
});
