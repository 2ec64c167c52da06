import { describe, expect, test } from 'vitest';
import { decideRouteChecks } from '../../../../src-main/core/judge/route-health.ts';
import { baselineConnectMs, networkState } from '../../../../src-main/core/judge/network.ts';
import type { ControlResult, RouteCheck } from '../../../../src-main/shared/events.ts';
import type { Failure } from '../../../../src-main/shared/failure.ts';
import type { Observation } from '../../../../src-main/shared/observation.ts';
import type { PathSpec } from '../../../../src-main/shared/path.ts';
import { ROUTES } from './recorded.ts';

const reached = (url = 'https://control.example/'): ControlResult => ({ url, reached: true });
const failed = (failureClass: Failure['class'], stage: Failure['stage'] = 'tcp'): ControlResult => ({
  url: 'https://control.example/',
  reached: false,
  failure: { stage, class: failureClass },
});
const measured = (path: string, ...controls: ControlResult[]) => ({ path, controls, observationIds: [] });

describe('which routes work, decided together', () => {
  test('a route that reached a control is usable; one whose proxy failed is broken whatever else', () => {
    const checks = decideRouteChecks([
      measured('direct', failed('timeout')),
      measured('office', reached()),
      measured('dead', failed('proxy-unreachable')),
    ]);
    expect(checks.map((c) => [c.path, c.status])).toEqual([
      ['direct', 'failed'],
      ['office', 'usable'],
      ['dead', 'failed'],
    ]);
    expect(checks[2]?.failure?.class).toBe('proxy-unreachable');
  });

  test('a route that fails what the direct route reaches is broken', () => {
    const checks = decideRouteChecks([measured('direct', reached()), measured('office', failed('proxy-upstream'))]);
    expect(checks.map((c) => c.status)).toEqual(['usable', 'failed']);
  });

  test('when no route reaches any control, a route whose proxy answered is unverified, not broken', () => {
    const checks = decideRouteChecks([
      measured('direct', failed('timeout')),
      measured('office', failed('proxy-upstream')),
      measured('wrong', failed('proxy-auth')),
    ]);
    expect(checks.map((c) => c.status)).toEqual(['unverified', 'unverified', 'failed']);
  });
});

describe('the network’s own state', () => {
  const paths: PathSpec[] = [ROUTES.direct, ROUTES.office];
  const observation = (id: string, fields: Partial<Observation> & Pick<Observation, 'probe'>): Observation =>
    ({
      id,
      targetId: 'control',
      path: 'direct',
      startedAt: '2026-12-01T10:00:00Z',
      durationMs: 5,
      ...fields,
    }) as Observation;
  const check = (path: string, controls: ControlResult[], observationIds: string[] = []): RouteCheck => ({
    path,
    status: controls.some((c) => c.reached) ? 'usable' : 'failed',
    controls,
    observationIds,
  });

  test('any route reaching a control: online, however blocked the direct route is', () => {
    expect(networkState(paths, [check('direct', [failed('timeout')]), check('office', [reached()])], new Map())).toBe(
      'online',
    );
  });

  test('nothing answered at all: offline', () => {
    const silent = observation('o1', {
      probe: 'tcp',
      address: '192.0.2.1',
      port: 443,
      failure: { stage: 'tcp', class: 'network-unreachable' },
    });
    const nameless = observation('o2', {
      probe: 'dns-system',
      name: 'control.example',
      addresses: [],
      failure: { stage: 'dns', class: 'servfail' },
    });
    const observations = new Map([silent, nameless].map((o) => [o.id, o]));
    const checks = [check('direct', [failed('network-unreachable')], ['o1', 'o2'])];
    expect(networkState(paths, checks, observations)).toBe('offline');
  });

  test('a refusal, a resolved name or a proxy out there answering: limited, the controls down or blocked', () => {
    const refused = observation('o1', {
      probe: 'tcp',
      address: '198.51.100.7',
      port: 443,
      failure: { stage: 'tcp', class: 'refused' },
    });
    expect(networkState(paths, [check('direct', [failed('refused')], ['o1'])], new Map([['o1', refused]]))).toBe(
      'limited',
    );
    const upstream = observation('o2', {
      probe: 'tcp',
      path: 'office',
      address: 'control.example',
      port: 443,
      failure: { stage: 'tcp', class: 'proxy-upstream' },
    });
    const checks = [check('direct', [failed('timeout')]), check('office', [failed('proxy-upstream')], ['o2'])];
    expect(networkState(paths, checks, new Map([['o2', upstream]]))).toBe('limited');
  });

  test('a proxy on this machine answering proves nothing about the way out', () => {
    const local: PathSpec = {
      name: 'tor',
      kind: 'proxy',
      protocol: 'socks5h',
      host: '127.0.0.1',
      port: 9050,
      auth: false,
    };
    const upstream = observation('o1', {
      probe: 'tcp',
      path: 'tor',
      address: 'control.example',
      port: 443,
      failure: { stage: 'tcp', class: 'proxy-upstream' },
    });
    const checks = [check('direct', [failed('network-unreachable')]), check('tor', [failed('proxy-upstream')], ['o1'])];
    expect(networkState([ROUTES.direct, local], checks, new Map([['o1', upstream]]))).toBe('offline');
  });

  test('a plain-HTTP check answered by someone else, or private answers for public names: a login page is in the way', () => {
    const diverted: ControlResult = { url: 'http://check.example/generate_204', reached: false, diverted: true };
    expect(networkState(paths, [check('direct', [failed('timeout'), diverted])], new Map())).toBe('captive');
    const portalDns = observation('o1', {
      probe: 'dns-system',
      name: 'control.example',
      addresses: [{ address: '10.1.0.1', family: 4, bogon: true }],
    });
    expect(networkState(paths, [check('direct', [failed('timeout')], ['o1'])], new Map([['o1', portalDns]]))).toBe(
      'captive',
    );
  });

  test('no controls measured: not checked', () => {
    expect(networkState(paths, [], new Map())).toBe('not-checked');
  });

  test('each route’s quickest connection to a control is its baseline', () => {
    const fast = observation('o1', { probe: 'tcp', address: '198.51.100.7', port: 443, connectMs: 12 });
    const slow = observation('o2', { probe: 'tcp', address: '198.51.100.8', port: 443, connectMs: 80 });
    const baselines = baselineConnectMs(
      [check('direct', [reached()], ['o1', 'o2'])],
      new Map([fast, slow].map((o) => [o.id, o])),
    );
    expect(baselines).toEqual(new Map([['direct', 12]]));
  });
});

test('a route with no control to measure is unverified, never broken for what it did not try', () => {
  const checks = decideRouteChecks([measured('direct', reached()), measured('office')]);
  expect(checks.map((c) => c.status)).toEqual(['usable', 'unverified']);
});
