import { expect, test } from 'vitest';
import { runDiagnostics, type EngineEvent } from '../../src-main/engine/index.ts';
import type { PathSpec } from '../../src-main/shared/path.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../src-main/shared/plan.ts';
import { labName } from './servers/dns-server.ts';
import { startDohServer } from './servers/doh-server.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedPort } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

async function run(inputs: string[], paths: PathSpec[], controlUrl?: string): Promise<EngineEvent[]> {
  const plan: Plan = {
    entries: inputs.map((input, index) => ({ input, source: `argument ${index + 1}` })),
    paths,
    options: {
      ...DEFAULT_PLAN_OPTIONS,
      timeoutMs: 3000,
      ...(controlUrl === undefined ? {} : { controls: [{ url: controlUrl }] }),
    },
  };
  const events: EngineEvent[] = [];
  for await (const event of runDiagnostics(plan, { signal: new AbortController().signal })) events.push(event);
  return events;
}

const outcomesOf = (events: EngineEvent[]) =>
  events.flatMap((e) => (e.type === 'target-finished' ? e.outcomes.map((o) => [o.path, o.status]) : []));

test('a route whose check fails is never used: its targets are path-failed, not failed', async () => {
  const { port } = await listen(httpsServer());
  const control = `https://127.0.0.1:${port}/ok`;
  // 192.0.2.1 (TEST-NET-1, RFC 5737) is on no interface here: binding to it fails locally.
  const paths: PathSpec[] = [
    { name: 'direct', kind: 'direct' },
    { name: 'loopback', kind: 'bind', localAddress: '127.0.0.1' },
    { name: 'elsewhere', kind: 'bind', localAddress: '192.0.2.1' },
  ];
  const events = await run([`https://127.0.0.1:${port}/ok`], paths, control);

  const checks = events.flatMap((e) => (e.type === 'route-checked' ? [e.check] : []));
  expect(checks.map((c) => [c.path, c.status, c.failure?.class])).toEqual([
    ['direct', 'usable', undefined],
    ['loopback', 'usable', undefined],
    ['elsewhere', 'failed', 'address-unavailable'],
  ]);
  const controlObservations = events.filter((e) => e.type === 'observation' && e.observation.targetId === 'control');
  expect(controlObservations.length).toBeGreaterThan(0);
  expect(outcomesOf(events)).toEqual([
    ['direct', 'reachable'],
    ['loopback', 'reachable'],
    ['elsewhere', 'path-failed'],
  ]);
  const elsewhere = events.find((e) => e.type === 'target-finished')?.outcomes[2];
  expect(elsewhere).toMatchObject({ failure: { class: 'address-unavailable' }, observationIds: [] });
});

test('when no route reaches any control, a working route is unverified and still used', async () => {
  const { port } = await listen(httpsServer());
  const downControl = `https://127.0.0.1:${await closedPort()}/`;
  const paths: PathSpec[] = [
    { name: 'direct', kind: 'direct' },
    { name: 'loopback', kind: 'bind', localAddress: '127.0.0.1' },
  ];
  const events = await run([`https://127.0.0.1:${port}/ok`], paths, downControl);
  const checks = events.flatMap((e) => (e.type === 'route-checked' ? [e.check] : []));
  expect(checks.map((c) => [c.path, c.status, c.controls?.map((control) => control.reached)])).toEqual([
    ['direct', 'unverified', [false]],
    ['loopback', 'unverified', [false]],
  ]);
  expect(outcomesOf(events)).toEqual([
    ['direct', 'reachable'],
    ['loopback', 'reachable'],
  ]);
  const summary = events.find((e) => e.type === 'run-finished');
  // The control's port refused: something answered, so the network is not offline.
  expect(summary?.type === 'run-finished' && summary.summary.network).toBe('limited');
});

test('without a control nothing is checked, and every route is measured', async () => {
  const { port } = await listen(httpsServer());
  const paths: PathSpec[] = [
    { name: 'direct', kind: 'direct' },
    { name: 'loopback', kind: 'bind', localAddress: '127.0.0.1' },
  ];
  const events = await run([`https://127.0.0.1:${port}/ok`], paths);
  expect(events.some((e) => e.type === 'route-checked')).toBe(false);
  expect(outcomesOf(events)).toEqual([
    ['direct', 'reachable'],
    ['loopback', 'reachable'],
  ]);
});

test('a DoH route resolves names over DNS-over-HTTPS and connects to what it answered', async () => {
  const doh = await startDohServer();
  const { port } = await listen(httpsServer());
  // Only the DoH route: the system resolver would ask the machine's resolver about a .test name.
  const events = await run([`https://${labName('loopback')}:${port}/ok`], [{ name: 'dns', kind: 'doh', url: doh.url }]);
  await doh.close();

  const probes = events.flatMap((e) => (e.type === 'observation' ? [e.observation] : []));
  expect(
    probes
      .filter((o) => o.probe === 'doh')
      .map((o) => o.probe === 'doh' && o.qtype)
      .sort(),
  ).toEqual(['A', 'AAAA']);
  expect(probes.some((o) => o.probe === 'dns-system')).toBe(false);
  const connected = probes.filter((o) => o.probe === 'tcp' && o.failure === undefined);
  expect(connected.map((o) => o.probe === 'tcp' && o.address)).toContain('127.0.0.1');
  expect(outcomesOf(events)).toEqual([['dns', 'reachable']]);
});

test('a DoH route whose resolver says NXDOMAIN fails at the dns stage', async () => {
  const doh = await startDohServer();
  const events = await run([`https://${labName('nxdomain')}/`], [{ name: 'dns', kind: 'doh', url: doh.url }]);
  await doh.close();
  const outcome = events.find((e) => e.type === 'target-finished')?.outcomes[0];
  expect(outcome).toMatchObject({ status: 'failed', failure: { stage: 'dns', class: 'nxdomain' } });
});
