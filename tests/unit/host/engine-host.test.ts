import { expect, test } from 'vitest';
import { detectLocalTools } from '../../../src-main/engine/index.ts';
import { InProcessEngineHost } from '../../../src-main/host/in-process-engine-host.ts';
import type { RunEventMessage } from '../../../src-main/shared/ipc/run.ts';
import { DEFAULT_PLAN_OPTIONS, type Plan } from '../../../src-main/shared/plan.ts';
import { httpsServer } from '../../lab/servers/http-servers.ts';
import { listenClosingAfterEach } from '../../lab/servers/listen.ts';
import { acceptAndHang, closedPort, replyOnFirstData } from '../../lab/servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

function plan(inputs: string[], timeoutMs = 5000): Plan {
  return {
    entries: inputs.map((input, index) => ({ input, source: `form ${index + 1}` })),
    paths: [{ name: 'direct', kind: 'direct' }],
    options: { ...DEFAULT_PLAN_OPTIONS, timeoutMs },
  };
}

/** Collects a host's messages and resolves once `done` says so: no sleeping. */
function recorder(host: InProcessEngineHost, done: (message: RunEventMessage) => boolean) {
  const messages: RunEventMessage[] = [];
  const finished = new Promise<RunEventMessage[]>((resolve) => {
    host.subscribe((message) => {
      messages.push(message);
      if (done(message)) resolve(messages);
    });
  });
  return { messages, finished };
}

const isRunEnd = (message: RunEventMessage): boolean =>
  message.kind === 'run-failed' || message.event.type === 'run-finished';

test('a run streams every engine event tagged with its id, ending with run-finished', async () => {
  const { port } = await listen(httpsServer());
  const host = new InProcessEngineHost();
  const { finished } = recorder(host, isRunEnd);

  const started = await host.start({ plan: plan([`https://localhost:${port}/ok`]), secrets: {} });
  expect(started.ok).toBe(true);
  const runId = started.ok ? started.value.runId : '';
  expect(await host.status()).toMatchObject({ state: 'running', runId });

  const messages = await finished;
  expect(messages.every((message) => message.runId === runId)).toBe(true);
  const types = messages.flatMap((message) => (message.kind === 'event' ? [message.event.type] : []));
  expect(types[0]).toBe('run-started');
  expect(types).toContain('target-finished');
  expect(messages.at(-1)).toMatchObject({ kind: 'event', event: { type: 'run-finished', status: 'completed' } });
  expect(await host.status()).toEqual({ state: 'idle' });
});

test('one run at a time: a second start is refused with busy, and cancel ends the first', async () => {
  const { port } = await listen(acceptAndHang());
  const host = new InProcessEngineHost();
  const hanging = plan([`https://127.0.0.1:${port}/`], 60_000);
  const connected = recorder(host, (m) => m.kind === 'event' && m.event.type === 'observation');
  const { finished } = recorder(host, isRunEnd);

  const first = await host.start({ plan: hanging, secrets: {} });
  if (!first.ok) throw new Error('the first run did not start');
  expect(await host.start({ plan: hanging, secrets: {} })).toMatchObject({ ok: false, error: { code: 'busy' } });
  expect(await host.cancel('another-run')).toEqual({ ok: false, error: { code: 'not-running' } });

  await connected.finished;
  const cancelledAt = performance.now();
  expect(await host.cancel(first.value.runId)).toEqual({ ok: true, value: { runId: first.value.runId } });
  const messages = await finished;
  expect(performance.now() - cancelledAt).toBeLessThan(1000);
  expect(messages.at(-1)).toMatchObject({ kind: 'event', event: { type: 'run-finished', status: 'cancelled' } });
  expect(await host.cancel(first.value.runId)).toMatchObject({ ok: false, error: { code: 'not-running' } });
});

test('the slot is free when run-finished arrives, so a listener can start the next run at once', async () => {
  const { port } = await listen(httpsServer());
  const host = new InProcessEngineHost();
  const request = { plan: plan([`https://localhost:${port}/ok`]), secrets: {} };
  const answers: Promise<unknown>[] = [];
  const ended: string[] = [];
  const bothEnded = new Promise<void>((resolve) => {
    host.subscribe((message) => {
      if (!isRunEnd(message)) return;
      ended.push(message.runId);
      if (ended.length === 1) answers.push(host.start(request));
      else resolve();
    });
  });
  await host.start(request);
  await bothEnded;
  expect(await answers[0]).toMatchObject({ ok: true, value: { runId: ended[1] } });
  expect(ended[0]).not.toBe(ended[1]);
});

test('a listener that throws does not stop the events for the others', async () => {
  const { port } = await listen(httpsServer());
  const errors: unknown[] = [];
  const host = new InProcessEngineHost({ onError: (error) => errors.push(error) });
  host.subscribe(() => {
    throw new Error('window gone');
  });
  const { finished } = recorder(host, isRunEnd);
  await host.start({ plan: plan([`https://localhost:${port}/ok`]), secrets: {} });
  expect((await finished).at(-1)).toMatchObject({ event: { type: 'run-finished' } });
  expect(errors.length).toBeGreaterThan(0);
});

test('a route test says usable when the control is reached, and why not when it is not', async () => {
  const { port } = await listen(httpsServer());
  const deadProxy = await closedPort();
  const host = new InProcessEngineHost();

  const direct = await host.testRoute({
    route: { name: 'direct', kind: 'direct' },
    secrets: {},
    controls: [{ url: `https://localhost:${port}/ok` }],
    timeoutMs: 5000,
  });
  expect(direct).toMatchObject({ path: 'direct', status: 'usable' });
  expect(direct.elapsedMs).toBeGreaterThan(0);

  const broken = await host.testRoute({
    route: { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port: deadProxy, auth: false },
    secrets: {},
    controls: [{ url: `https://localhost:${port}/ok` }],
    timeoutMs: 5000,
  });
  expect(broken).toMatchObject({ path: 'office', status: 'failed', failure: { class: 'proxy-unreachable' } });
  expect(await host.status()).toEqual({ state: 'idle' });
});

test('local tools are found by the detector the host is given', async () => {
  const { port } = await listen(replyOnFirstData(Uint8Array.of(0x05, 0x00)));
  const host = new InProcessEngineHost({
    detectTools: () => detectLocalTools([{ name: 'tor', tool: 'Tor', port }]),
  });
  expect(await host.detectLocalTools()).toEqual([
    {
      candidate: { name: 'tor', tool: 'Tor', port },
      spec: { name: 'tor', kind: 'proxy', protocol: 'socks5h', host: '127.0.0.1', port, auth: false },
      needsAuth: false,
    },
  ]);
});

test('a plan the engine refuses frees the slot again', async () => {
  const host = new InProcessEngineHost();
  await expect(host.start({ plan: { ...plan(['example.org']), paths: [] }, secrets: {} })).rejects.toThrow();
  expect(await host.status()).toEqual({ state: 'idle' });
});
