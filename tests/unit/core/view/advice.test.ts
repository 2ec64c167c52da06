import { describe, expect, test } from 'vitest';
import { summarizeRun } from '../../../../src-main/core/judge/index.ts';
import { adviceFor, restoredFor, worksThrough, type Advice } from '../../../../src-main/core/view/advice.ts';
import { siteNamer } from '../../../../src-main/core/view/site-name.ts';
import { adviceLines } from '../../../../src-main/core/view/advice-text.ts';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import type { PathSpec } from '../../../../src-main/shared/path.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../../src-main/shared/plan.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import type { NetworkState, PathVerdict, TargetVerdict, VerdictStatus } from '../../../../src-main/shared/verdict.ts';
import { ROUTES, target } from '../judge/recorded.ts';

interface Site {
  /** Its host: `<id>.example`, or a STUN server when `call`. */
  id: string;
  status: VerdictStatus;
  restoredBy?: string[];
  notRestoredBy?: string[];
  call?: boolean;
  /** The catalogue name it came under, if it came from one. */
  catalogue?: string;
}

function verdictOf(site: Site): TargetVerdict {
  const direct: PathVerdict = {
    path: 'direct',
    status: site.status,
    confidence: 'high',
    reason: 'matches-control',
    evidence: [],
    params: {},
  };
  return {
    targetId: site.id,
    paths: [direct],
    direct,
    restoredBy: site.restoredBy ?? [],
    notRestoredBy: site.notRestoredBy ?? [],
  };
}

/** A finished run's report as the judge would write it: the real summary over these verdicts. */
function runOf(
  sites: Site[],
  paths: PathSpec[] = [ROUTES.direct, ROUTES.office, ROUTES.dns],
  network: NetworkState = 'online',
): Pick<Report, 'plan' | 'targets' | 'summary'> {
  const targets = sites.map((site) =>
    target(site.call === true ? `stun:${site.id}.example:3478` : `https://${site.id}.example/`, site.id),
  );
  const verdicts = sites.map(verdictOf);
  const summary = summarizeRun({
    targets,
    verdicts,
    paths,
    control: paths.length > 1 ? 'office' : null,
    failedChecks: new Set(),
    unverifiedChecks: new Set(),
    residualBlocking: false,
    network,
  });
  return {
    plan: {
      entries: sites.map((site, index) => ({
        input: targets[index]?.input ?? '',
        source: site.catalogue === undefined ? 'typed' : `catalogue az: ${site.catalogue}`,
      })),
      paths,
      options: DEFAULT_PLAN_OPTIONS,
    },
    targets: targets.map((each, index) => ({ target: each, outcomes: [], verdict: verdicts[index] })),
    summary,
  };
}

function advice(run: Pick<Report, 'plan' | 'targets' | 'summary'>): Advice {
  const found = adviceFor(run);
  if (found === null) throw new Error('no advice');
  return found;
}

describe('the advice a result leads with', () => {
  test('a route that opens every blocked site is the one to use', () => {
    const found = advice(
      runOf([
        { id: 'a', status: 'dns-tampering', restoredBy: ['office', 'dns'] },
        { id: 'b', status: 'tls-blocked', restoredBy: ['office'], notRestoredBy: ['dns'] },
        { id: 'c', status: 'tcp-blocked', restoredBy: ['office'], notRestoredBy: ['dns'] },
        { id: 'd', status: 'ok' },
      ]),
    );
    expect(found.action).toEqual({ key: 'advice.use-route', params: { route: 'office', count: 3 } });
    expect(adviceLines(createTranslator('en'), found)[0]).toBe('Use office: it opens all 3 blocked sites.');
  });

  test('a route that opens some: it is named, and so are the sites nothing opens', () => {
    const found = advice(
      runOf([
        { id: 'a', status: 'dns-tampering', restoredBy: ['dns', 'office'] },
        { id: 'b', status: 'tls-blocked', restoredBy: ['office'], notRestoredBy: ['dns'] },
        { id: 'meydan', status: 'tcp-blocked', notRestoredBy: ['office', 'dns'], catalogue: 'Meydan TV' },
      ]),
    );
    expect(found.action).toEqual({
      key: 'advice.use-route-some',
      params: { route: 'office', count: 2, total: 3 },
      sites: ['Meydan TV'],
    });
    expect(adviceLines(createTranslator('en'), found)[0]).toBe(
      'Use office: it opens 2 of 3 blocked sites. Nothing you have opens Meydan TV; try Tor Browser.',
    );
  });

  test('routes that open all between them but none alone: the one opening most, and the rest by the others', () => {
    const found = advice(
      runOf([
        { id: 'a', status: 'dns-tampering', restoredBy: ['dns', 'office'] },
        { id: 'b', status: 'dns-tampering', restoredBy: ['dns'], notRestoredBy: ['office'] },
        { id: 'c', status: 'tls-blocked', restoredBy: ['office'], notRestoredBy: ['dns'] },
        { id: 'd', status: 'tls-blocked', restoredBy: ['office'], notRestoredBy: ['dns'] },
      ]),
    );
    expect(found.action).toEqual({
      key: 'advice.use-route-most',
      params: { route: 'office', count: 3, total: 4 },
    });
  });

  test('no route opens anything: the sites are named, and Tor Browser offered', () => {
    const found = advice(
      runOf([
        { id: 'meydan', status: 'tcp-blocked', notRestoredBy: ['office', 'dns'], catalogue: 'Meydan TV' },
        { id: 'ok', status: 'ok' },
      ]),
    );
    expect(found.action).toEqual({ key: 'advice.nothing-opens', params: {}, sites: ['Meydan TV'] });
    expect(adviceLines(createTranslator('en'), found)[0]).toBe('Nothing you have opens Meydan TV; try Tor Browser.');
  });

  test('blocked with no route of one’s own: add one, or Tor Browser; five sites read as three and “2 more”', () => {
    const sites = ['a', 'b', 'c', 'd', 'e'].map((id): Site => ({ id, status: 'dns-tampering' }));
    const found = advice(runOf(sites, [ROUTES.direct]));
    expect(found.action).toEqual({ key: 'advice.no-routes', params: {}, sites: sites.map((s) => `${s.id}.example`) });
    expect(adviceLines(createTranslator('en'), found)[0]).toBe(
      'Your connection does not open a.example, b.example, c.example and 2 more. Add a route you have (a proxy, a VPN) to check it, or try Tor Browser.',
    );
  });

  test('everything works: one short sentence, and no counts', () => {
    const found = advice(
      runOf([
        { id: 'a', status: 'ok' },
        { id: 'b', status: 'ok' },
      ]),
    );
    expect(found).toEqual({ action: { key: 'advice.all-work', params: {} }, calls: null, kinds: [] });
    expect(adviceLines(createTranslator('ru'), found)).toEqual(['Всё работает.']);
  });

  test('nothing blocked but not all working: no "everything works", and what was found instead', () => {
    const found = advice(
      runOf([
        { id: 'a', status: 'ok' },
        { id: 'b', status: 'down' },
      ]),
    );
    expect(found.action.key).toBe('advice.nothing-blocked');
    expect(found.kinds).toEqual([{ status: 'down', count: 1 }]);
    expect(adviceLines(createTranslator('en'), found)).toEqual([
      'Nothing is blocked on your network.',
      'What was found: Site down: 1.',
    ]);
  });

  test('calls blocked and restored by a route, blocked with nothing, getting through, and not measured', () => {
    const restored = advice(
      runOf([
        { id: 'stun1', status: 'udp-blocked', restoredBy: ['office'], notRestoredBy: ['dns'], call: true },
        { id: 'a', status: 'ok' },
      ]),
    );
    expect(restored.calls).toEqual({ key: 'advice.calls-restored', params: { routes: 'office' } });
    expect(adviceLines(createTranslator('en'), restored)).toEqual([
      'Use office: it opens the blocked site.',
      'Calls (voice and video) are blocked; office gets them through.',
      'What was found: Calls blocked: 1.',
    ]);
    const blocked = advice(runOf([{ id: 'stun1', status: 'udp-blocked', notRestoredBy: ['office'], call: true }]));
    expect(blocked.calls).toEqual({ key: 'advice.calls-blocked', params: {} });
    expect(advice(runOf([{ id: 'stun1', status: 'ok', call: true }])).calls).toEqual({
      key: 'advice.calls-ok',
      params: {},
    });
    expect(advice(runOf([{ id: 'a', status: 'ok' }])).calls).toBeNull();
  });

  test('offline or behind a login page: get online first, and nothing else to count', () => {
    const sites: Site[] = [
      { id: 'a', status: 'inconclusive' },
      { id: 'stun1', status: 'inconclusive', call: true },
    ];
    expect(advice(runOf(sites, undefined, 'offline'))).toEqual({
      action: { key: 'advice.offline', params: {} },
      calls: null,
      kinds: [],
    });
    expect(advice(runOf(sites, undefined, 'captive')).action.key).toBe('advice.captive');
  });

  test('no advice before the summary, nor for a run of tools alone', () => {
    const run = runOf([{ id: 'a', status: 'ok' }]);
    expect(adviceFor({ ...run, summary: undefined })).toBeNull();
    expect(adviceFor({ ...run, targets: [] })).toBeNull();
  });

  test('the sentence is the same words in every language, with the user’s names untouched', () => {
    const found = advice(runOf([{ id: 'a', status: 'dns-tampering', restoredBy: ['office'] }]));
    expect(adviceLines(createTranslator('az'), found)[0]).toBe('office istifadə edin: bloklanmış 1 saytı o açır.');
    expect(adviceLines(createTranslator('ru'), found)[0]).toBe(
      'Используйте office: он открывает все заблокированные сайты (1).',
    );
  });
});

describe('one site', () => {
  const run = runOf([
    { id: 'a', status: 'dns-tampering', restoredBy: ['office', 'dns'] },
    { id: 'b', status: 'tls-blocked', notRestoredBy: ['office', 'dns'] },
    { id: 'c', status: 'ok' },
    { id: 'd', status: 'down' },
  ]);
  const verdicts = run.targets.map((row) => row.verdict);

  test('works through: the routes that open it, nothing, the user’s own connection, or nothing to say', () => {
    expect(verdicts.map(worksThrough)).toEqual([
      { key: 'advice.site.routes', params: { routes: 'office, dns' } },
      { key: 'advice.site.nothing', params: {} },
      { key: 'advice.site.direct', params: {} },
      null,
    ]);
  });

  test('its evidence names the routes that worked for it, and only when some did', () => {
    expect(verdicts.map(restoredFor)).toEqual([
      { key: 'advice.evidence.restored', params: { routes: 'office, dns' } },
      null,
      null,
      null,
    ]);
    expect(createTranslator('en')('advice.evidence.restored', { routes: 'Office SOCKS' })).toBe(
      'Office SOCKS worked for this site.',
    );
  });

  test('a site is named by its catalogue name, else by its host', () => {
    const named = runOf([
      { id: 'meydan', status: 'ok', catalogue: 'Meydan TV' },
      { id: 'b', status: 'ok' },
    ]);
    expect(named.targets.map((row) => siteNamer(named)(row.target))).toEqual(['Meydan TV', 'b.example']);
  });
});
