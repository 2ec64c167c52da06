import { createServer, type Socket } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { probeWireDns, type WireDnsQuery } from '../../src-main/engine/probes/dns-wire.ts';
import { dnsWireObservationSchema } from '../../src-main/shared/observation.ts';
import {
  BOGON,
  FORGED,
  HONEST,
  INJECTED_REAL_AFTER_MS,
  labName,
  startDnsServer,
  type Behaviour,
  type DnsServer,
} from './servers/dns-server.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closedUdpPort } from './servers/stun-server.ts';

const servers: DnsServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
const listen = listenClosingAfterEach();

async function dnsServer(): Promise<DnsServer> {
  const server = await startDnsServer();
  servers.push(server);
  return server;
}

interface RunOptions {
  qtype?: 'A' | 'AAAA';
  timeoutMs?: number;
  signal?: AbortSignal;
  dialer?: Dialer;
  laterAnswerWindowMs?: number;
}

/** Runs the probe, checks the result is a valid observation and that no socket is left open. */
async function probe(
  transport: 'udp' | 'tcp',
  resolver: WireDnsQuery['resolver'],
  name: string,
  options: RunOptions = {},
) {
  const dialer = countingSockets(options.dialer ?? directDialer());
  const result = await probeWireDns(
    {
      name,
      qtype: options.qtype ?? 'A',
      resolver,
      transport,
      ...(options.laterAnswerWindowMs === undefined ? {} : { laterAnswerWindowMs: options.laterAnswerWindowMs }),
    },
    { dialer, signal: options.signal ?? new AbortController().signal, timeoutMs: options.timeoutMs ?? 5000 },
  );
  dnsWireObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  expect(dialer.openSockets()).toBe(0);
  return result;
}

/** Asks the lab server about `<behaviour>.detour.test`. */
async function ask(transport: 'udp' | 'tcp', behaviour: Behaviour, options: RunOptions = {}) {
  const server = await dnsServer();
  return probe(transport, server, labName(behaviour), options);
}

/** Wraps a dialer to count the TCP and UDP sockets it handed out that are still open. */
function countingSockets(dialer: Dialer): Dialer & { openSockets(): number } {
  let open = 0;
  const track = <S extends { once(event: 'close', listener: () => void): unknown }>(socket: S): S => {
    open += 1;
    socket.once('close', () => (open -= 1));
    return socket;
  };
  return {
    name: dialer.name,
    dialTcp: async (request) => track(await dialer.dialTcp(request)),
    openUdp: (request) => dialer.openUdp(request)?.then(track) ?? null,
    openSockets: () => open,
  };
}

describe.each(['udp', 'tcp'] as const)('over %s', (transport) => {
  const probeName = transport === 'udp' ? 'dns-udp' : 'dns-tcp';

  test('an honest answer is recorded with its records and no failure', async () => {
    const result = await ask(transport, 'honest', { laterAnswerWindowMs: 0 });
    expect(result).toMatchObject({ probe: probeName, name: labName('honest'), qtype: 'A', caseMismatch: false });
    expect(result.failure).toBeUndefined();
    expect(result.resolver).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(result.answer?.rcode).toBe('NOERROR');
    expect(result.answer?.records).toEqual([
      { name: result.queryName, type: 'A', ttl: 300, data: HONEST.A, bogon: false },
    ]);
    expect(result.answer?.afterMs).toBeLessThanOrEqual(result.durationMs);
    expect(result.laterAnswers).toEqual([]);
  });

  test('AAAA queries are answered with IPv6 records', async () => {
    const result = await ask(transport, 'honest', { qtype: 'AAAA', laterAnswerWindowMs: 0 });
    expect(result.failure).toBeUndefined();
    expect(result.answer?.records).toMatchObject([{ type: 'AAAA', data: HONEST.AAAA, bogon: false }]);
  });

  test('the name is sent in randomised letter case (0x20) and the answer echoes it', async () => {
    const result = await ask(transport, 'honest', { laterAnswerWindowMs: 0 });
    expect(result.queryName.toLowerCase()).toBe(labName('honest'));
    // 22 letters: the chance that all come out lower case is 2^-22.
    expect(result.queryName).not.toBe(labName('honest'));
    expect(result.caseMismatch).toBe(false);
  });

  test('a question echoed with its case normalised is flagged', async () => {
    const result = await ask(transport, 'case-normalising', { laterAnswerWindowMs: 0 });
    expect(result.failure).toBeUndefined();
    expect(result.caseMismatch).toBe(true);
    expect(result.answer?.records[0]?.name).toBe(labName('case-normalising'));
  });

  test.each([
    ['nxdomain', 'NXDOMAIN', 'nxdomain'],
    ['servfail', 'SERVFAIL', 'servfail'],
    ['refused', 'REFUSED', 'dns-refused'],
    ['no-data', 'NOERROR', 'no-answer'],
  ] as const)('%s: the answer is kept and the failure is %s', async (behaviour, rcode, failureClass) => {
    const result = await ask(transport, behaviour, { laterAnswerWindowMs: 0 });
    expect(result.answer).toMatchObject({ rcode, records: [] });
    expect(result.failure).toMatchObject({ stage: 'dns', class: failureClass });
    expect(result.failure?.afterMs).toBe(result.answer?.afterMs);
  });

  test('a forged public address is recorded as it came, not a bogon', async () => {
    const result = await ask(transport, 'forged', { laterAnswerWindowMs: 0 });
    expect(result.failure).toBeUndefined();
    expect(result.answer?.records).toMatchObject([{ data: FORGED.A, bogon: false }]);
  });

  test.each([
    ['A', BOGON.A],
    ['AAAA', BOGON.AAAA],
  ] as const)('a private %s address is flagged as a bogon', async (qtype, address) => {
    const result = await ask(transport, 'bogon', { qtype, laterAnswerWindowMs: 0 });
    expect(result.answer?.records).toMatchObject([{ data: address, bogon: true }]);
  });

  test('only garbage in reply is malformed, not a timeout', async () => {
    const result = await ask(transport, 'garbage', { timeoutMs: 500 });
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'dns-malformed' });
    expect(result.answer).toBeUndefined();
  });

  test('a silent resolver times out at the deadline', async () => {
    const result = await ask(transport, 'silent', { timeoutMs: 300 });
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'timeout' });
    // libuv's timers run on a millisecond loop clock and may fire a fraction early by performance.now().
    expect(result.failure?.afterMs).toBeGreaterThanOrEqual(299);
    expect(result.failure?.afterMs).toBeLessThan(450);
    expect(result.answer).toBeUndefined();
  });

  test('cancelling the run mid-query ends the probe promptly', async () => {
    const server = await dnsServer();
    const run = new AbortController();
    const probing = probe(transport, server, labName('silent'), { signal: run.signal, timeoutMs: 10_000 });
    await server.queriesAtLeast(1);
    const cancelledAt = performance.now();
    run.abort();
    const result = await probing;
    expect(performance.now() - cancelledAt).toBeLessThan(100);
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'cancelled' });
  });

  test('a run cancelled before the start sends nothing', async () => {
    const server = await dnsServer();
    const run = new AbortController();
    run.abort();
    const result = await probe(transport, server, labName('honest'), { signal: run.signal });
    expect(result.failure?.class).toBe('cancelled');
    expect(server.queries()).toBe(0);
  });
});

describe('over UDP', () => {
  test('an injected answer comes first and the real one is kept as a later answer', async () => {
    const result = await ask('udp', 'injected', { laterAnswerWindowMs: 300 });
    expect(result.failure).toBeUndefined();
    expect(result.answer?.records).toMatchObject([{ data: FORGED.A }]);
    expect(result.laterAnswers).toHaveLength(1);
    expect(result.laterAnswers[0]?.records).toMatchObject([{ data: HONEST.A }]);
    expect(result.laterAnswers[0]?.afterMs).toBeGreaterThanOrEqual(INJECTED_REAL_AFTER_MS - 5);
    // The whole window is listened to.
    expect(result.durationMs).toBeGreaterThanOrEqual(299);
  });

  test('with no listening window the later answer is not waited for', async () => {
    const result = await ask('udp', 'injected', { laterAnswerWindowMs: 0 });
    expect(result.answer?.records).toMatchObject([{ data: FORGED.A }]);
    expect(result.laterAnswers).toEqual([]);
  });

  test('garbage, a wrong id and a wrong question are ignored and the genuine answer taken', async () => {
    const result = await ask('udp', 'noisy', { laterAnswerWindowMs: 0 });
    expect(result.failure).toBeUndefined();
    expect(result.answer?.records).toMatchObject([{ data: HONEST.A }]);
    expect(result.laterAnswers).toEqual([]);
  });

  test('a datagram too short for a DNS header is malformed', async () => {
    const result = await ask('udp', 'short-length', { timeoutMs: 500 });
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'dns-malformed', detail: 'unparsable' });
  });

  test('a silent resolver gets a retransmission after a second', async () => {
    const server = await dnsServer();
    const result = await probe('udp', server, labName('silent'), { timeoutMs: 1300 });
    expect(result.failure?.class).toBe('timeout');
    expect(server.queries()).toBe(2);
  });

  test('a closed port is refused at once (ICMP port unreachable)', async () => {
    const port = await closedUdpPort();
    const result = await probe('udp', { host: '127.0.0.1', port }, labName('honest'));
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'refused', detail: 'ECONNREFUSED' });
    expect(result.failure?.afterMs).toBeLessThan(500);
  });

  test('a route without UDP is reported, not thrown', async () => {
    const tcpOnly: Dialer = { ...directDialer('tcp-only'), openUdp: () => null };
    const result = await probe('udp', { host: '127.0.0.1', port: 53 }, labName('honest'), { dialer: tcpOnly });
    expect(result.failure).toEqual({ stage: 'dns', class: 'udp-unsupported', afterMs: 0 });
  });

  test('an IPv6 resolver is written in brackets', async () => {
    const port = await closedUdpPort();
    const result = await probe('udp', { host: '::1', port }, labName('honest'), { timeoutMs: 300 });
    expect(result.resolver).toBe(`[::1]:${port}`);
    expect(result.failure?.stage).toBe('dns');
  });
});

describe('over TCP', () => {
  test('the first message in the stream is the answer (an injected one replaces the real one)', async () => {
    const result = await ask('tcp', 'injected');
    expect(result.answer?.records).toMatchObject([{ data: FORGED.A }]);
    expect(result.laterAnswers).toEqual([]);
  });

  test('a length prefix shorter than a DNS header is malformed', async () => {
    const result = await ask('tcp', 'short-length');
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'dns-malformed', detail: 'length-prefix-3' });
  });

  test('a resolver that hangs up without answering is an EOF', async () => {
    const result = await ask('tcp', 'hang-up');
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'eof' });
  });

  test('a message cut short by the end of the stream is malformed', async () => {
    const server = createServer((socket: Socket) => socket.end(Buffer.from([0, 100, 1, 2, 3])));
    const { port } = await listen(server);
    const result = await probe('tcp', { host: '127.0.0.1', port }, labName('honest'));
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'dns-malformed', detail: 'truncated-at-5-bytes' });
  });

  test('a reset is reported as such', async () => {
    const server = createServer((socket: Socket) => socket.once('data', () => socket.resetAndDestroy()));
    const { port } = await listen(server);
    const result = await probe('tcp', { host: '127.0.0.1', port }, labName('honest'));
    expect(result.failure).toMatchObject({ stage: 'dns', class: 'reset' });
  });

  test('nothing listening is refused at the TCP stage', async () => {
    const port = await closedTcpPort();
    const result = await probe('tcp', { host: '127.0.0.1', port }, labName('honest'));
    expect(result.failure).toMatchObject({ stage: 'tcp', class: 'refused' });
    expect(result.answer).toBeUndefined();
  });
});

/** A loopback TCP port with nothing listening: connecting is refused with an RST. */
async function closedTcpPort(): Promise<number> {
  const listening = await listen(createServer());
  await listening.close();
  return listening.port;
}
