import { expect, test } from 'vitest';
import { judgeBridge } from '../../../../src-main/engine/tools/bridge-verdict.ts';
import type { TorRun } from '../../../../src-main/engine/tor/tor-run.ts';
import type { FailureClass } from '../../../../src-main/shared/failure.ts';
import type { ToolTcpCheck } from '../../../../src-main/shared/tools.ts';

/** How far Tor got, and what the TCP controls add, row by row. */

const run = (percent: number | undefined, extra: Partial<TorRun> = {}): TorRun => ({
  consensusRefusals: 0,
  ended: 'deadline',
  torFailed: false,
  ...(percent === undefined ? {} : { furthest: { percent, tag: `tag${percent}` } }),
  ...extra,
});
const tcp = (route: string, failure?: FailureClass): ToolTcpCheck => ({
  route,
  startedAt: '2026-01-01T00:00:00.000Z',
  durationMs: 1,
  address: '192.0.2.1',
  port: 443,
  ...(failure === undefined ? { connectMs: 1 } : { failure: { stage: 'tcp', class: failure } }),
});

test('100%: Tor started through the bridge', () => {
  expect(judgeBridge(run(100, { ended: 'bootstrapped' }), tcp('direct'), [])).toMatchObject({
    status: 'works',
    reason: 'bootstrapped',
    confidence: 'high',
  });
});

test('past the handshake, a bridge without a Tor network is reachable, and says so', () => {
  expect(judgeBridge(run(30, { consensusRefusals: 3, ended: 'no-tor-network' }), tcp('direct'), [])).toEqual({
    status: 'handshake-done',
    confidence: 'high',
    reason: 'no-tor-network',
    params: { percent: 30, tag: 'tag30' },
    reachableThrough: [],
  });
  expect(judgeBridge(run(15), tcp('direct'), [])).toMatchObject({
    status: 'handshake-done',
    reason: 'stalled-after-handshake',
  });
});

test('a connection without a handshake: by tor (10%) or by the TCP control under a transport', () => {
  expect(judgeBridge(run(10), tcp('direct'), [])).toMatchObject({ status: 'connected', reason: 'handshake-failed' });
  expect(judgeBridge(run(2, { transportFailure: 'general SOCKS server failure' }), tcp('direct'), [])).toMatchObject({
    status: 'connected',
    params: { transport: 'general SOCKS server failure' },
  });
});

test('no connection: blocked here only when a route reaches the address; offline only when none does', () => {
  expect(judgeBridge(run(5), tcp('direct', 'timeout'), [tcp('office', 'timeout'), tcp('dante')])).toMatchObject({
    status: 'no-connection',
    confidence: 'high',
    reason: 'blocked-here',
    params: { failure: 'timeout', routes: 'dante' },
    reachableThrough: ['dante'],
  });
  expect(judgeBridge(run(5), tcp('direct', 'refused'), [tcp('dante', 'refused')])).toMatchObject({
    reason: 'offline-everywhere',
    confidence: 'medium',
  });
  expect(judgeBridge(run(5), tcp('direct', 'timeout'), [])).toMatchObject({
    reason: 'connect-failed',
    confidence: 'low',
  });
  // A proxy's own failure says nothing about the bridge.
  expect(judgeBridge(run(5), tcp('direct', 'timeout'), [tcp('web', 'proxy-refused')])).toMatchObject({
    reason: 'connect-failed',
  });
});

test('tor that would not run, and a cancelled check, are not judged', () => {
  expect(
    judgeBridge(run(undefined, { torFailed: true, ended: 'tor-exited' }), tcp('direct', 'refused'), []),
  ).toMatchObject({
    status: 'cannot-check',
    reason: 'tor-failed',
  });
  expect(judgeBridge(run(undefined, { ended: 'cancelled' }), tcp('direct', 'cancelled'), [])).toMatchObject({
    status: 'cannot-check',
    reason: 'not-checked',
  });
});
