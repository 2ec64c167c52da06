import { afterEach, expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { probeStun } from '../../src-main/engine/probes/stun.ts';
import { stunObservationSchema } from '../../src-main/shared/observation.ts';
import {
  closedUdpPort,
  startJunkResponder,
  startSilentUdpServer,
  startStunServer,
  type UdpServer,
} from './servers/stun-server.ts';

const servers: UdpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(starting: Promise<UdpServer>): Promise<UdpServer> {
  const server = await starting;
  servers.push(server);
  return server;
}

interface RunOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
  dialer?: Dialer;
}

/** Runs the probe against `address:port`, checks the result is a valid observation and no socket is left open. */
async function probe(address: string, port: number, options: RunOptions = {}) {
  const dialer = recordingSockets(options.dialer ?? directDialer());
  const result = await probeStun(
    { server: `lab:${port}`, address, port },
    { dialer, signal: options.signal ?? new AbortController().signal, timeoutMs: options.timeoutMs ?? 5000 },
  );
  stunObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  expect(dialer.openSockets()).toBe(0);
  return result;
}

/** Wraps a dialer to record the local ports of the UDP sockets it handed out and count those still open. */
function recordingSockets(dialer: Dialer): Dialer & { openSockets(): number; localPorts(): number[] } {
  let open = 0;
  const ports: number[] = [];
  return {
    ...dialer,
    openUdp: (request) =>
      dialer.openUdp(request)?.then((socket) => {
        open += 1;
        ports.push(socket.address().port);
        socket.once('close', () => (open -= 1));
        return socket;
      }) ?? null,
    openSockets: () => open,
    localPorts: () => ports,
  };
}

test('a real STUN server reports the mapped address 127.0.0.1 and the client port', async () => {
  const server = await serve(startStunServer());
  const dialer = recordingSockets(directDialer());
  const result = await probe(server.address, server.port, { dialer });
  expect(result.failure).toBeUndefined();
  expect(result.requestsSent).toBe(1);
  expect(dialer.localPorts()).toHaveLength(1);
  expect(result.mappedAddress).toEqual({ address: '127.0.0.1', port: dialer.localPorts()[0], family: 4 });
  expect(result.rttMs).toBeGreaterThanOrEqual(0);
  expect(result.rttMs).toBeLessThanOrEqual(result.durationMs);
});

test('over IPv6 the mapped address is ::1', async () => {
  const server = await serve(startStunServer({ family: 6 }));
  const result = await probe(server.address, server.port);
  expect(result.failure).toBeUndefined();
  expect(result.mappedAddress).toMatchObject({ address: '::1', family: 6 });
});

test('a silent server times out after several retransmissions', async () => {
  const server = await serve(startSilentUdpServer());
  const result = await probe(server.address, server.port, { timeoutMs: 1700 });
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'timeout' });
  // RFC 8489 §6.2.1 with RTO 500 ms: sends at 0, 500 and 1500 ms.
  expect(result.requestsSent).toBe(3);
  expect(server.received()).toBe(3);
  expect(result.rttMs).toBeUndefined();
  // Node's timers may fire a millisecond early against performance.now().
  expect(result.durationMs).toBeGreaterThanOrEqual(1698);
});

test('retransmission gets through a server that drops the first two requests', async () => {
  const server = await serve(startStunServer({ dropFirst: 2 }));
  const result = await probe(server.address, server.port);
  expect(result.failure).toBeUndefined();
  expect(result.requestsSent).toBe(3);
  expect(result.mappedAddress?.address).toBe('127.0.0.1');
  // Measured from the third send (Karn), not from the first at 0 ms.
  expect(result.rttMs).toBeLessThan(500);
  expect(result.durationMs).toBeGreaterThanOrEqual(1498);
});

test('junk that looks like STUN is ignored', async () => {
  const server = await serve(startJunkResponder());
  const result = await probe(server.address, server.port, { timeoutMs: 700 });
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'timeout' });
  expect(result.mappedAddress).toBeUndefined();
  expect(result.requestsSent).toBe(2);
});

test('a genuine answer after junk is accepted', async () => {
  const server = await serve(startStunServer({ junkBeforeAnswer: true }));
  const result = await probe(server.address, server.port);
  expect(result.failure).toBeUndefined();
  expect(result.requestsSent).toBe(1);
  expect(result.mappedAddress?.address).toBe('127.0.0.1');
});

test('a closed port is refused (ICMP port unreachable), not a timeout', async () => {
  const port = await closedUdpPort();
  const result = await probe('127.0.0.1', port);
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'refused', detail: 'ECONNREFUSED' });
  expect(result.failure?.afterMs).toBeLessThan(500);
  expect(result.requestsSent).toBe(1);
});

test('an error response keeps its STUN error code', async () => {
  const server = await serve(startStunServer({ errorCode: 420 }));
  const result = await probe(server.address, server.port);
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'unknown', detail: 'stun-error-420' });
  expect(result.rttMs).toBeGreaterThanOrEqual(0);
  expect(result.mappedAddress).toBeUndefined();
});

test('cancelling the run ends the probe promptly', async () => {
  const server = await serve(startSilentUdpServer());
  const run = new AbortController();
  const probing = probe(server.address, server.port, { signal: run.signal, timeoutMs: 10_000 });
  await server.receivedAtLeast(1);
  const cancelledAt = performance.now();
  run.abort();
  const result = await probing;
  expect(performance.now() - cancelledAt).toBeLessThan(100);
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'cancelled' });
  expect(result.requestsSent).toBe(1);
});

test('a run cancelled before the start sends nothing', async () => {
  const server = await serve(startSilentUdpServer());
  const run = new AbortController();
  run.abort();
  const result = await probe(server.address, server.port, { signal: run.signal });
  expect(result.failure).toMatchObject({ stage: 'udp', class: 'cancelled' });
  expect(result.requestsSent).toBe(0);
  expect(server.received()).toBe(0);
});

test('a route without UDP is reported, not thrown', async () => {
  const tcpOnly: Dialer = { ...directDialer('tcp-only'), openUdp: () => null };
  const result = await probe('127.0.0.1', 3478, { dialer: tcpOnly });
  expect(result.failure).toEqual({ stage: 'udp', class: 'udp-unsupported', afterMs: 0 });
  expect(result.requestsSent).toBe(0);
});
