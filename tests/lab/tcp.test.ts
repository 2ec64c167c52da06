import type { Server, Socket } from 'node:net';
import { expect, onTestFinished, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { probeTcp } from '../../src-main/engine/probes/tcp.ts';
import type { ProbeContext } from '../../src-main/engine/probes/probe-context.ts';
import { tcpObservationSchema, type ProbeResult } from '../../src-main/shared/observation.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { synBlackhole } from './servers/syn-blackhole.ts';
import { acceptAndClose, acceptAndHang, closedPort, resetOnAccept } from './servers/tcp-servers.ts';

const listen = listenClosingAfterEach();

function context(signal = new AbortController().signal, timeoutMs = 2000): ProbeContext {
  return { dialer: directDialer(), signal, timeoutMs };
}

/** The result must be a valid observation once the engine adds its fields. */
function checked(result: ProbeResult<'tcp'>): ProbeResult<'tcp'> {
  tcpObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  return result;
}

/** Resolves when the server's first connection is closed by the client. */
function firstConnectionClosed(server: Server): Promise<void> {
  return new Promise((resolve) => server.once('connection', (socket: Socket) => socket.once('close', resolve)));
}

test('a connection that is accepted records the connect time and is closed at once', async () => {
  const server = acceptAndHang();
  const closed = firstConnectionClosed(server);
  const { port } = await listen(server);
  const result = checked(await probeTcp({ address: '127.0.0.1', port }, context()));
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ probe: 'tcp', address: '127.0.0.1', port });
  expect(result.connectMs).toBeGreaterThanOrEqual(0);
  expect(result.durationMs).toBeGreaterThanOrEqual(result.connectMs ?? 0);
  await closed; // the probe hung up itself: the hanging server would never have
});

test('a server that closes right after accepting still counts as connected', async () => {
  // The three-way handshake completed before the server acted: what follows is another stage's business.
  const { port } = await listen(acceptAndClose());
  const result = checked(await probeTcp({ address: '127.0.0.1', port }, context()));
  expect(result.failure).toBeUndefined();
  expect(result.connectMs).toBeGreaterThanOrEqual(0);
});

test('a reset right after accepting shows as a reset at connect, or not at all', async () => {
  // On loopback the RST usually lands before libuv reads the connect result (SO_ERROR is then
  // ECONNRESET), but that is a race between two sockets of one event loop, so both outcomes are fine.
  const { port } = await listen(resetOnAccept());
  const result = checked(await probeTcp({ address: '127.0.0.1', port }, context()));
  if (result.failure === undefined) expect(result.connectMs).toBeGreaterThanOrEqual(0);
  else expect(result.failure).toMatchObject({ stage: 'tcp', class: 'reset', detail: 'ECONNRESET' });
});

test('a port where nothing listens is refused', async () => {
  const port = await closedPort();
  const result = checked(await probeTcp({ address: '127.0.0.1', port }, context()));
  expect(result.connectMs).toBeUndefined();
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'refused', detail: 'ECONNREFUSED' });
});

test('a connection whose SYN goes unanswered times out close to the deadline', async () => {
  const blackhole = await synBlackhole();
  onTestFinished(() => blackhole.close());
  const result = checked(await probeTcp({ address: '127.0.0.1', port: blackhole.port }, context(undefined, 300)));
  expect(result.connectMs).toBeUndefined();
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'timeout' });
  expect(result.failure?.afterMs).toBeGreaterThanOrEqual(290);
  expect(result.failure?.afterMs).toBeLessThan(300 + 150);
});

test('cancelling the run ends the probe as cancelled', async () => {
  const { port } = await listen(acceptAndHang());
  const run = new AbortController();
  const probing = probeTcp({ address: '127.0.0.1', port }, context(run.signal));
  run.abort();
  const result = checked(await probing);
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'cancelled' });
});

test('a run cancelled before the probe starts does not connect', async () => {
  const server = acceptAndHang();
  let connections = 0;
  server.on('connection', () => (connections += 1));
  const { port } = await listen(server);
  const run = new AbortController();
  run.abort();
  const result = checked(await probeTcp({ address: '127.0.0.1', port }, context(run.signal)));
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'cancelled' });
  expect(connections).toBe(0);
});
