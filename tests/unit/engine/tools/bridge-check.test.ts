import { expect, test } from 'vitest';
import { routeFor } from '../../../../src-main/engine/paths/route.ts';
import { checkBridge, type TorSetup } from '../../../../src-main/engine/tools/bridge-check.ts';
import type { BridgeSpec } from '../../../../src-main/shared/tools.ts';

/** The bridges Detour cannot check, and why: said before anything is contacted. */

const context = {
  direct: routeFor({ name: 'direct', kind: 'direct' }),
  routes: [],
  signal: new AbortController().signal,
  timeoutMs: 1000,
};
const obfs4: BridgeSpec = { name: 'bridge 1', transport: 'obfs4', address: { host: '192.0.2.1', port: 443 } };
const withTor: TorSetup = { install: { tor: '/usr/sbin/tor', source: 'path' }, version: '0.4.9.11' };

test.each([
  ['snowflake', { ...obfs4, transport: 'snowflake' }, withTor, 'transport-unsupported'],
  ['meek_lite', { ...obfs4, transport: 'meek_lite' }, withTor, 'transport-unsupported'],
  ['webtunnel', { ...obfs4, transport: 'webtunnel' }, withTor, 'transport-unsupported'],
  ['no tor anywhere', obfs4, { install: null, version: null }, 'no-tor'],
  ['obfs4 without lyrebird or obfs4proxy', obfs4, withTor, 'no-transport-plugin'],
] as const)('%s: not checked, and why', async (_, spec, tor, reason) => {
  const result = await checkBridge(spec, 'line', tor, 5000, context);
  expect(result).toMatchObject({ status: 'cannot-check', reason, tcp: [], durationMs: 0 });
});
