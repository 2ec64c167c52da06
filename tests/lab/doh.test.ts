import { afterEach, expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { probeDoh } from '../../src-main/engine/probes/doh.ts';
import { dohObservationSchema } from '../../src-main/shared/observation.ts';
import type { LeafName } from './servers/pki.ts';
import { BOGON, FORGED, HONEST, labName, type Behaviour } from './servers/dns-server.ts';
import { startDohServer, type DohServer } from './servers/doh-server.ts';

const servers: DohServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function dohServer(certificate?: LeafName): Promise<DohServer> {
  const server = await startDohServer(certificate);
  servers.push(server);
  return server;
}

interface RunOptions {
  qtype?: 'A' | 'AAAA';
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** Runs the probe, checks the result is a valid observation and that no connection is left open. */
async function probe(url: string, name: string, options: RunOptions = {}) {
  const dialer = countingSockets(directDialer());
  const result = await probeDoh(
    { name, qtype: options.qtype ?? 'A', url },
    { dialer, signal: options.signal ?? new AbortController().signal, timeoutMs: options.timeoutMs ?? 5000 },
  );
  dohObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  expect(dialer.openSockets()).toBe(0);
  return result;
}

async function ask(behaviour: Behaviour, options: RunOptions = {}) {
  const server = await dohServer();
  return probe(server.url, labName(behaviour), options);
}

/** Wraps a dialer to count the TCP connections it opened that are still open. */
function countingSockets(dialer: Dialer): Dialer & { openSockets(): number } {
  let open = 0;
  return {
    ...dialer,
    dialTcp: async (request) => {
      const socket = await dialer.dialTcp(request);
      open += 1;
      socket.once('close', () => (open -= 1));
      return socket;
    },
    openSockets: () => open,
  };
}

test('an honest answer over a verified connection', async () => {
  const result = await ask('honest');
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ probe: 'doh', name: labName('honest'), qtype: 'A', httpStatus: 200 });
  expect(result.answer).toMatchObject({
    rcode: 'NOERROR',
    records: [{ name: labName('honest'), type: 'A', ttl: 300, data: HONEST.A, bogon: false }],
  });
  expect(result.answer?.afterMs).toBeLessThanOrEqual(result.durationMs);
});

test('a DoH server named by host name is reached through the system resolver', async () => {
  const server = await dohServer();
  const result = await probe(`https://localhost:${server.port}/dns-query`, labName('honest'), { qtype: 'AAAA' });
  expect(result.failure).toBeUndefined();
  expect(result.answer?.records).toMatchObject([{ type: 'AAAA', data: HONEST.AAAA }]);
});

test.each([
  ['nxdomain', 'NXDOMAIN', 'nxdomain'],
  ['servfail', 'SERVFAIL', 'servfail'],
  ['refused', 'REFUSED', 'dns-refused'],
  ['no-data', 'NOERROR', 'no-answer'],
] as const)('%s: the answer is kept and the failure is %s', async (behaviour, rcode, failureClass) => {
  const result = await ask(behaviour);
  expect(result.httpStatus).toBe(200);
  expect(result.answer).toMatchObject({ rcode, records: [] });
  expect(result.failure).toMatchObject({ stage: 'dns', class: failureClass });
});

test('forged and bogon answers are recorded as they came', async () => {
  expect((await ask('forged')).answer?.records).toMatchObject([{ data: FORGED.A, bogon: false }]);
  expect((await ask('bogon')).answer?.records).toMatchObject([{ data: BOGON.A, bogon: true }]);
});

test('a garbage body is malformed', async () => {
  const result = await ask('garbage');
  expect(result.httpStatus).toBe(200);
  expect(result.failure).toMatchObject({ stage: 'dns', class: 'dns-malformed' });
  expect(result.answer).toBeUndefined();
});

test('a body larger than any DNS message is cut off and malformed', async () => {
  const server = await dohServer();
  const result = await probe(server.url.replace('/dns-query', '/huge'), labName('honest'));
  expect(result.failure).toMatchObject({ stage: 'dns', class: 'dns-malformed', detail: 'body-over-65536-bytes' });
});

test('a status other than 200 is an HTTP failure with the status kept', async () => {
  const server = await dohServer();
  const result = await probe(server.url.replace('/dns-query', '/elsewhere'), labName('honest'));
  expect(result.httpStatus).toBe(404);
  expect(result.failure).toMatchObject({ stage: 'http', class: 'http-protocol', detail: 'status 404' });
  expect(result.answer).toBeUndefined();
});

test('a self-signed certificate is refused: cert-untrusted at the TLS stage', async () => {
  const server = await dohServer('self-signed');
  const result = await probe(server.url, labName('honest'));
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'cert-untrusted' });
  expect(result.httpStatus).toBeUndefined();
  expect(result.answer).toBeUndefined();
});

test('a certificate for another name is refused: cert-name-mismatch', async () => {
  const server = await dohServer('wrong-name');
  const result = await probe(`https://localhost:${server.port}/dns-query`, labName('honest'));
  expect(result.failure).toMatchObject({ stage: 'tls', class: 'cert-name-mismatch' });
});

test('a server that hangs up is an HTTP-stage EOF', async () => {
  const result = await ask('hang-up');
  expect(result.failure).toMatchObject({ stage: 'http', class: 'eof' });
});

test('a silent server times out at the deadline', async () => {
  const result = await ask('silent', { timeoutMs: 400 });
  expect(result.failure).toMatchObject({ stage: 'http', class: 'timeout' });
  // libuv's timers run on a millisecond loop clock and may fire a fraction early by performance.now().
  expect(result.failure?.afterMs).toBeGreaterThanOrEqual(399);
  expect(result.failure?.afterMs).toBeLessThan(600);
});

test('cancelling the run mid-query ends the probe promptly', async () => {
  const server = await dohServer();
  const run = new AbortController();
  const probing = probe(server.url, labName('silent'), { signal: run.signal, timeoutMs: 10_000 });
  await server.requested;
  const cancelledAt = performance.now();
  run.abort();
  const result = await probing;
  expect(performance.now() - cancelledAt).toBeLessThan(100);
  expect(result.failure).toMatchObject({ class: 'cancelled' });
});

test('nothing listening is refused at the TCP stage', async () => {
  const server = await dohServer();
  await server.close();
  const result = await probe(server.url, labName('honest'));
  expect(result.failure).toMatchObject({ stage: 'tcp', class: 'refused' });
});
