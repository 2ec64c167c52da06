import type { Server } from 'node:net';
import { expect, test, vi } from 'vitest';
import { runDiagnostics, type EngineEvent } from '../../src-main/engine/index.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../src-main/shared/plan.ts';
import { httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { acceptAndHang } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

function plan(inputs: string[], timeoutMs: number, perHostConcurrency = 4): Plan {
  return {
    entries: inputs.map((input, index) => ({ input, source: `argument ${index + 1}` })),
    paths: [{ name: 'direct', kind: 'direct' }],
    options: { ...DEFAULT_PLAN_OPTIONS, timeoutMs, perHostConcurrency },
  };
}

function openConnections(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
  );
}

test('cancelling a run of hanging targets ends it within a second and leaves no connection open', async () => {
  const hanging = acceptAndHang();
  const { port } = await listen(hanging);
  const targets = Array.from({ length: 12 }, (_, index) => `https://127.0.0.1:${port}/${index}`);
  const controller = new AbortController();
  const events: EngineEvent[] = [];
  let abortedAt = 0;

  for await (const event of runDiagnostics(plan(targets, 60_000, targets.length), { signal: controller.signal })) {
    events.push(event);
    const connected = events.filter((e) => e.type === 'observation' && e.observation.probe === 'tcp').length;
    if (connected === targets.length && abortedAt === 0) {
      abortedAt = performance.now();
      controller.abort();
    }
  }

  expect(performance.now() - abortedAt).toBeLessThan(1000);
  expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'cancelled' });
  const finished = events.filter((e) => e.type === 'target-finished');
  expect(finished.flatMap((e) => e.outcomes.map((o) => o.status))).toEqual(targets.map(() => 'not-measured'));
  // The server sees every client socket closed: the engine left nothing behind.
  await vi.waitFor(async () => expect(await openConnections(hanging)).toBe(0), { timeout: 500 });
});

test('a hanging target does not delay the others', async () => {
  const { port: hangingPort } = await listen(acceptAndHang());
  const { port: goodPort } = await listen(httpsServer());
  const good = Array.from({ length: 6 }, (_, index) => `https://localhost:${goodPort}/ok?${index}`);
  const started = performance.now();
  const finishedAt = new Map<string, number>();
  let inputOf = new Map<string, string>();

  const inputs = [`https://127.0.0.1:${hangingPort}/`, ...good];
  for await (const event of runDiagnostics(plan(inputs, 2000), { signal: new AbortController().signal })) {
    if (event.type === 'run-started') inputOf = new Map(event.targets.map((t) => [t.id, t.input]));
    if (event.type === 'target-finished')
      finishedAt.set(inputOf.get(event.targetId) ?? '', performance.now() - started);
  }

  const hangingDone = finishedAt.get(inputs[0] ?? '') ?? 0;
  expect(hangingDone).toBeGreaterThanOrEqual(1990);
  for (const input of good) expect(finishedAt.get(input)).toBeLessThan(hangingDone / 2);
});
