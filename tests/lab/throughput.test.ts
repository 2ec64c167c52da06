import { once } from 'node:events';
import type { Server, Socket } from 'node:net';
import { expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import type { ProbeContext } from '../../src-main/engine/probes/probe-context.ts';
import { probeThroughput, type ThroughputTarget } from '../../src-main/engine/probes/throughput.ts';
import { throughputObservationSchema, type ProbeResult } from '../../src-main/shared/observation.ts';
import {
  FAST_BYTES,
  FREEZE_AFTER_BYTES,
  httpServer,
  httpsServer,
  TRICKLED,
  TRUNCATED,
} from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedPort } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

function context(signal = new AbortController().signal, timeoutMs = 5000): ProbeContext {
  return { dialer: directDialer(), signal, timeoutMs };
}

async function probe(target: ThroughputTarget, ctx = context()): Promise<ProbeResult<'throughput'>> {
  const result = await probeThroughput(target, ctx);
  // Valid as an observation once the engine adds its fields.
  throughputObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  return result;
}

async function labUrl(server: Server): Promise<string> {
  const { port } = await listen(server);
  return `http://127.0.0.1:${port}`;
}

function firstConnectionClosed(server: Server): Promise<unknown> {
  return new Promise((resolve) => server.once('connection', (socket: Socket) => socket.once('close', resolve)));
}

/** Samples are cumulative: time and bytes never go back. */
function expectCumulative(samples: ProbeResult<'throughput'>['samples']): void {
  for (let i = 1; i < samples.length; i += 1) {
    expect(samples[i]?.atMs).toBeGreaterThan(samples[i - 1]?.atMs ?? 0);
    expect(samples[i]?.bytes).toBeGreaterThanOrEqual(samples[i - 1]?.bytes ?? 0);
  }
}

test('a fast download completes: every byte counted, the last sample holds the total', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/fast`, sampleEveryMs: 1 });
  expect(result.failure).toBeUndefined();
  expect(result.bytes).toBe(FAST_BYTES);
  expect(result.bytesPerSecond).toBeGreaterThan(0);
  expect(result.stalledAtBytes).toBeUndefined();
  expectCumulative(result.samples);
  expect(result.samples.at(-1)?.bytes).toBe(FAST_BYTES);
});

test('an endless download stops at maxMs as a success, with samples rising at every interval', async () => {
  const server = httpServer();
  const closed = firstConnectionClosed(server);
  const base = await labUrl(server);
  const result = await probe({ url: `${base}/huge`, maxMs: 300, sampleEveryMs: 50, maxBytes: 2 ** 40 });
  expect(result.failure).toBeUndefined();
  expect(result.durationMs).toBeLessThan(2000);
  expectCumulative(result.samples);
  expect(result.samples.slice(0, 5).map((sample) => sample.atMs)).toEqual([50, 100, 150, 200, 250]);
  expect(result.samples.at(-1)?.atMs).toBeGreaterThanOrEqual(300);
  expect(result.samples.at(-1)?.bytes).toBe(result.bytes);
  expect(result.samples[4]?.bytes).toBeGreaterThan(result.samples[0]?.bytes ?? 0);
  expect(result.bytesPerSecond).toBeGreaterThan(0);
  await closed; // the rest of the 2 GB was not downloaded
});

test('a download stops at maxBytes as a success', async () => {
  const base = await labUrl(httpServer());
  const maxBytes = 1024 * 1024;
  const result = await probe({ url: `${base}/huge`, maxBytes });
  expect(result.failure).toBeUndefined();
  expect(result.bytes).toBeGreaterThanOrEqual(maxBytes);
  expect(result.bytes).toBeLessThan(maxBytes + 256 * 1024);
});

test('a flow frozen after 16 KiB is a stall at that offset', async () => {
  const base = await labUrl(httpServer());
  const stallMs = 150;
  const result = await probe({ url: `${base}/freeze-16k`, stallMs, sampleEveryMs: 50 });
  expect(result.failure).toMatchObject({ stage: 'read', class: 'stall' });
  expect(result).toMatchObject({ bytes: FREEZE_AFTER_BYTES, stalledAtBytes: FREEZE_AFTER_BYTES });
  expect(result.samples.at(-1)).toMatchObject({ bytes: FREEZE_AFTER_BYTES });
  expect(result.samples.at(-1)?.atMs).toBeGreaterThanOrEqual(stallMs);
  expect(result.bytesPerSecond).toBeGreaterThan(0);
});

test('a slow but steady flow is not a stall', async () => {
  const base = await labUrl(httpServer());
  const result = await probe({ url: `${base}/slow`, maxMs: 500, stallMs: 400 });
  expect(result.failure).toBeUndefined();
  expect(result.bytes).toBeGreaterThanOrEqual(2);
});

test('a body cut short is truncated, a reset mid-body is a reset', async () => {
  const base = await labUrl(httpServer());
  const truncated = await probe({ url: `${base}/truncated` });
  expect(truncated.failure).toMatchObject({ stage: 'read', class: 'truncated' });
  expect(truncated.bytes).toBe(TRUNCATED.sent);

  const reset = await probe({ url: `${base}/reset-mid-body` });
  expect(reset.failure).toMatchObject({ stage: 'read', class: 'reset' });
});

test('https is measured the same way, with the address pinned', async () => {
  const { port } = await listen(httpsServer('valid'));
  const result = await probe({ url: `https://detour.test:${port}/fast`, address: '127.0.0.1' });
  expect(result.failure).toBeUndefined();
  expect(result.bytes).toBe(FAST_BYTES);
});

test('cancelling the run mid-download stops the probe at once', async () => {
  const server = httpServer();
  const base = await labUrl(server);
  const run = new AbortController();
  const pending = probe({ url: `${base}/slow` }, context(run.signal, 10_000));
  await once(server, TRICKLED);
  await once(server, TRICKLED);
  const abortedAt = performance.now();
  run.abort();
  const result = await pending;
  expect(performance.now() - abortedAt).toBeLessThan(1000);
  expect(result.failure).toMatchObject({ stage: 'read', class: 'cancelled' });
});

test('a refused connection fails at tcp with no samples', async () => {
  const result = await probe({ url: `http://127.0.0.1:${await closedPort()}/fast` });
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'refused' });
  expect(result).toMatchObject({ bytes: 0, bytesPerSecond: 0, samples: [] });
});
