import { describe, expect, test } from 'vitest';
import { summarizeRun } from '../../../../src-main/core/judge/index.ts';
import type { PathSpec } from '../../../../src-main/shared/path.ts';
import type { PathVerdict, TargetVerdict, VerdictStatus } from '../../../../src-main/shared/verdict.ts';
import { ROUTES, target } from './recorded.ts';

const PATHS: PathSpec[] = [ROUTES.direct, ROUTES.office, ROUTES.dns, ROUTES.tlsSplit];

function verdict(
  id: string,
  status: VerdictStatus,
  restoredBy: string[] = [],
  notRestoredBy: string[] = [],
): TargetVerdict {
  const direct: PathVerdict = {
    path: 'direct',
    status,
    confidence: 'high',
    reason: 'matches-control',
    evidence: [],
    params: {},
  };
  return { targetId: id, paths: [direct], direct, restoredBy, notRestoredBy };
}

const input = (
  verdicts: TargetVerdict[],
  targets = verdicts.map((v) => target(`https://${v.targetId}.example/`, v.targetId)),
) => ({
  targets,
  verdicts,
  paths: PATHS,
  control: 'office',
  failedChecks: new Set<string>(),
  unverifiedChecks: new Set<string>(),
  residualBlocking: false,
  network: 'online' as const,
});

describe('the run summary', () => {
  test('counts kinds of blocking and ranks routes, cheapest first', () => {
    const summary = summarizeRun(
      input([
        verdict('a', 'dns-tampering', ['office', 'dns'], ['tls-split']),
        verdict('b', 'sni-filtering', ['office', 'tls-split'], ['dns']),
        verdict('c', 'tcp-blocked', ['office'], ['dns', 'tls-split']),
        verdict('d', 'ok'),
      ]),
    );
    expect(summary).toMatchObject({ control: 'office', targets: 4, blocked: 3 });
    expect(summary.counts).toEqual({ 'dns-tampering': 1, 'sni-filtering': 1, 'tcp-blocked': 1, ok: 1 });
    expect(summary.routes).toEqual([
      { path: 'dns', restores: 1, of: 3 },
      { path: 'tls-split', restores: 1, of: 3 },
      { path: 'office', restores: 3, of: 3 },
    ]);
    expect(summary.bestRoute).toBe('office');
    expect(summary.cheapestSufficient).toBe('office');
    expect(summary.messages.map((m) => m.key)).toEqual([
      'summary.blocked',
      'summary.kind',
      'summary.kind',
      'summary.kind',
      'summary.route-restores',
      'summary.route-restores',
      'summary.route-restores',
      'summary.cheapest-route',
    ]);
    expect(summary.messages[0]).toEqual({ key: 'summary.blocked', params: { count: 3, total: 4 } });
    expect(summary.messages[1]).toEqual({ key: 'summary.kind', params: { status: 'dns-tampering', count: 1 } });
  });

  test('the cheapest route that fixes everything is named over a costlier one that also does', () => {
    const summary = summarizeRun(
      input([verdict('a', 'dns-tampering', ['office', 'dns']), verdict('b', 'dns-tampering', ['office', 'dns'])]),
    );
    expect(summary.bestRoute).toBe('office');
    expect(summary.cheapestSufficient).toBe('dns');
  });

  test('when no route fixes everything, the best one is named with its count', () => {
    const summary = summarizeRun(
      input([verdict('a', 'tcp-blocked', [], ['dns']), verdict('b', 'sni-filtering', ['tls-split'])]),
    );
    expect(summary.cheapestSufficient).toBeNull();
    expect(summary.messages).toContainEqual({
      key: 'summary.best-route',
      params: { route: 'tls-split', count: 1, total: 2 },
    });
  });

  test('an honest network: nothing blocked, and calls get through', () => {
    const stun = target('stun:stun.example:3478', 's');
    const site = target('https://a.example/', 'a');
    const summary = summarizeRun(input([verdict('a', 'ok'), verdict('s', 'ok')], [site, stun]));
    expect(summary.blocked).toBe(0);
    expect(summary.calls).toEqual({ status: 'ok', restoredBy: [] });
    expect(summary.messages.map((m) => m.key)).toEqual(['summary.nothing-blocked', 'summary.calls-ok']);
  });

  test('blocked calls name the routes that restore every call target', () => {
    const targets = [target('stun:one.example:3478', 's1'), target('stun:two.example:3478', 's2')];
    const summary = summarizeRun(
      input([verdict('s1', 'udp-blocked', ['dante', 'vpn']), verdict('s2', 'udp-blocked', ['vpn'])], targets),
    );
    expect(summary.calls).toEqual({ status: 'blocked', restoredBy: ['vpn'] });
    expect(summary.messages).toContainEqual({ key: 'summary.calls-restored', params: { routes: 'vpn' } });
  });

  test('no control, broken routes and residual blocking are said first and last', () => {
    const summary = summarizeRun({
      ...input([verdict('a', 'down')]),
      control: null,
      failedChecks: new Set(['office']),
      residualBlocking: true,
    });
    expect(summary.messages.map((m) => m.key)).toEqual([
      'summary.no-control',
      'summary.route-broken',
      'summary.none-blocked',
      'summary.down',
      'summary.residual-blocking',
    ]);
    // A site down everywhere is no blocking, but it does not "work" either.
    expect(summary.messages[2]).toEqual({ key: 'summary.none-blocked', params: { count: 0, total: 1 } });
  });
});
