import { createServer, type Server, type Socket } from 'node:net';
import { expect, test } from 'vitest';
import type { Dialer } from '../../src-main/engine/paths/dialer.ts';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { strategyDialer } from '../../src-main/engine/paths/strategies/index.ts';
import { probeHttp } from '../../src-main/engine/probes/http.ts';
import type { ProbeContext } from '../../src-main/engine/probes/probe-context.ts';
import { probeThroughput } from '../../src-main/engine/probes/throughput.ts';
import { probeTls } from '../../src-main/engine/probes/tls.ts';
import { parseClientHelloSni } from '../../src-main/engine/tls-client-hello.ts';
import { tlsObservationSchema, type ProbeResult } from '../../src-main/shared/observation.ts';
import type { Strategy } from '../../src-main/shared/path.ts';
import {
  censorRelay,
  hostCensor,
  noCensor,
  recordCensor,
  segmentCensor,
  tlsRecords,
  type Arrival,
  type Censor,
} from './servers/censor-relay.ts';
import { FAST_BYTES, httpServer, httpsServer } from './servers/http-servers.ts';
import { listenClosingAfterEach } from './servers/listen.ts';
import { closeOnFirstData, resetOnFirstData } from './servers/tcp-servers.ts';
import { tlsServer } from './servers/tls-servers.ts';

const listen = listenClosingAfterEach();

const BLOCKED = 'blocked.detour.test';
/** Not a name the lab's valid certificate covers: a check against it would fail. */
const DECOY = 'decoy.example';

const direct = directDialer();

function via(...strategies: Strategy[]): Dialer {
  return strategyDialer('strategy', directDialer(), strategies);
}

function context(dialer: Dialer): ProbeContext {
  return { dialer, signal: new AbortController().signal, timeoutMs: 5000 };
}

async function tlsProbe(dialer: Dialer, port: number): Promise<ProbeResult<'tls'>> {
  const result = await probeTls({ address: '127.0.0.1', port, sni: BLOCKED }, context(dialer));
  tlsObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: dialer.name });
  return result;
}

/** `censor` on a relay in front of `origin`; resolves with the relay's port and what arrived there. */
async function censored(origin: Server, censor: Censor): Promise<{ port: number; arrivals: Arrival[] }> {
  const { port: originPort } = await listen(origin);
  const relay = censorRelay(originPort, censor);
  const { port } = await listen(relay.server);
  return { port, arrivals: relay.arrivals };
}

/** The reads that carried the client's ClientHello: the client sends nothing else before the server answers. */
function helloReads(arrival: Arrival | undefined): Buffer[] {
  const reads: Buffer[] = [];
  for (const read of arrival?.reads ?? []) {
    reads.push(read);
    if (parseClientHelloSni(Buffer.concat(reads)).complete) return reads;
  }
  throw new Error('no complete ClientHello arrived');
}

/** A TLS server with the valid leaf that records the SNI of every ClientHello it reads. */
function namesSeenByTlsServer(): { server: Server; names: string[] } {
  const names: string[] = [];
  const server = tlsServer('valid', {
    // Called with every SNI the server reads; no context given keeps the server's own.
    SNICallback: (name, done) => {
      names.push(name);
      done(null);
    },
  });
  return { server, names };
}

const TRUSTED_AND_MATCHING = { trusted: true, nameMatches: true };

test('tls-split at the SNI: the ClientHello arrives as two records, neither holding the name, and is accepted', async () => {
  const { port, arrivals } = await censored(tlsServer('valid'), noCensor);
  const result = await tlsProbe(via({ kind: 'tls-split', at: 'sni' }), port);
  // The handshake's Finished messages cover the transcript: the server reassembled the very ClientHello sent.
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ sni: BLOCKED, ...TRUSTED_AND_MATCHING });

  const arrived = Buffer.concat(helloReads(arrivals[0]));
  const records = tlsRecords(arrived);
  expect(records.map((record) => record.type)).toEqual([22, 22]);
  expect(records.map((record) => record.bytes.length).reduce((a, b) => a + b)).toBe(arrived.length);
  expect(records[1]?.bytes.subarray(1, 3)).toEqual(records[0]?.bytes.subarray(1, 3)); // legacy version kept
  for (const record of records) expect(record.bytes.includes(BLOCKED)).toBe(false);
  const message = Buffer.concat(records.map((record) => record.fragment));
  expect(message[0]).toBe(1); // ClientHello
  expect(message.readUIntBE(1, 3)).toBe(message.length - 4); // one whole message, nothing lost or added
  expect(message.includes(BLOCKED)).toBe(true);
});

test('tls-split at fixed offsets: one record per piece, cut where asked', async () => {
  const { port, arrivals } = await censored(tlsServer('valid'), noCensor);
  const split = via({ kind: 'tls-split', at: 100 }, { kind: 'tls-split', at: 10 });
  expect((await tlsProbe(split, port)).failure).toBeUndefined();
  const fragments = tlsRecords(Buffer.concat(helloReads(arrivals[0]))).map((record) => record.fragment.length);
  expect(fragments.slice(0, 2)).toEqual([10, 90]);
  expect(fragments).toHaveLength(3);
});

test('tcp-split at the SNI: one record in two TCP segments, cut inside the name', async () => {
  const { port, arrivals } = await censored(tlsServer('valid'), noCensor);
  const result = await tlsProbe(via({ kind: 'tcp-split', at: 'sni' }), port);
  expect(result.failure).toBeUndefined();

  const reads = helloReads(arrivals[0]);
  expect(reads).toHaveLength(2);
  for (const read of reads) expect(read.includes(BLOCKED)).toBe(false);
  const arrived = Buffer.concat(reads);
  expect(arrived.includes(BLOCKED)).toBe(true);
  expect(tlsRecords(arrived)).toHaveLength(1);
});

test('tls-split then tcp-split: the records are cut into segments, positions read in the original ClientHello', async () => {
  const { port, arrivals } = await censored(tlsServer('valid'), noCensor);
  const both = via({ kind: 'tcp-split', at: 20 }, { kind: 'tls-split', at: 'sni' });
  expect((await tlsProbe(both, port)).failure).toBeUndefined();

  const reads = helloReads(arrivals[0]);
  expect(reads.map((read) => read.length)[0]).toBe(5 + 20); // a record header and 20 bytes of the message
  expect(reads).toHaveLength(2);
  expect(tlsRecords(Buffer.concat(reads))).toHaveLength(2);
});

test('sni-decoy: the server sees the decoy, the certificate is checked against the real name', async () => {
  const origin = namesSeenByTlsServer();
  const { port } = await listen(origin.server);
  const result = await tlsProbe(via({ kind: 'sni-decoy', decoy: DECOY }), port);
  expect(origin.names).toEqual([DECOY]);
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ sni: DECOY, ...TRUSTED_AND_MATCHING });
});

test('record-aware DPI: the direct route and tcp-split are reset, tls-split gets through', async () => {
  const { port, arrivals } = await censored(tlsServer('valid'), recordCensor(BLOCKED));
  const blocked = await tlsProbe(direct, port);
  expect(blocked.failure).toMatchObject({ stage: 'tls', class: 'reset', detail: 'ECONNRESET' });
  const segmented = await tlsProbe(via({ kind: 'tcp-split', at: 'sni' }), port);
  expect(segmented.failure).toMatchObject({ stage: 'tls', class: 'reset' });

  const split = await tlsProbe(via({ kind: 'tls-split', at: 'sni' }), port);
  expect(split.failure).toBeUndefined();
  expect(split).toMatchObject(TRUSTED_AND_MATCHING);
  expect(arrivals.map((arrival) => arrival.reset)).toEqual([true, true, false]);
});

test('per-segment DPI: the direct route and tls-split are reset, tcp-split gets through', async () => {
  const { port, arrivals } = await censored(tlsServer('valid'), segmentCensor(BLOCKED));
  expect((await tlsProbe(direct, port)).failure).toMatchObject({ stage: 'tls', class: 'reset' });
  expect((await tlsProbe(via({ kind: 'tls-split', at: 'sni' }), port)).failure).toMatchObject({ class: 'reset' });

  const segmented = await tlsProbe(via({ kind: 'tcp-split', at: 'sni' }), port);
  expect(segmented.failure).toBeUndefined();
  expect(segmented).toMatchObject(TRUSTED_AND_MATCHING);
  expect(arrivals.map((arrival) => arrival.reset)).toEqual([true, true, false]);
});

test('SNI DPI: sni-decoy gets through to the same address', async () => {
  const { port } = await censored(tlsServer('valid'), recordCensor(BLOCKED));
  const result = await tlsProbe(via({ kind: 'sni-decoy', decoy: DECOY }), port);
  expect(result.failure).toBeUndefined();
  expect(result).toMatchObject({ sni: DECOY, ...TRUSTED_AND_MATCHING });
});

test('plain-HTTP Host filter: the direct route is reset, http-hostcase gets a 200 with the mixed case on the wire', async () => {
  const { port, arrivals } = await censored(httpServer(), hostCensor(BLOCKED));
  const target = { url: `http://${BLOCKED}:${port}/ok`, address: '127.0.0.1' };
  const blocked = await probeHttp(target, context(direct));
  expect(blocked.failure).toMatchObject({ stage: 'http', class: 'reset' });

  const mixed = await probeHttp(target, context(via({ kind: 'http-hostcase' })));
  expect(mixed.failure).toBeUndefined();
  expect(mixed.status).toBe(200);
  expect(mixed.headers['x-seen-host']).toBe(`bLoCkEd.DeToUr.TeSt:${port}`);
  const request = Buffer.concat(arrivals[1]?.reads ?? []).toString('latin1');
  expect(request).toContain(`\r\nhost: bLoCkEd.DeToUr.TeSt:${port}\r\n`);
});

test('HTTPS through undici: tls-split gets past record-aware DPI, sni-decoy sends the decoy', async () => {
  const { port } = await censored(httpsServer('valid'), recordCensor(BLOCKED));
  const target = { url: `https://${BLOCKED}:${port}/ok`, address: '127.0.0.1' };
  expect((await probeHttp(target, context(direct))).failure).toMatchObject({ stage: 'tls', class: 'reset' });

  const split = await probeHttp(target, context(via({ kind: 'tls-split', at: 'sni' })));
  expect(split.failure).toBeUndefined();
  expect(split.headers).toMatchObject({ 'x-seen-sni': BLOCKED, 'x-seen-host': `${BLOCKED}:${port}` });
  const decoy = await probeHttp(target, context(via({ kind: 'sni-decoy', decoy: DECOY })));
  expect(decoy.headers).toMatchObject({ 'x-seen-sni': DECOY, 'x-seen-host': `${BLOCKED}:${port}` });
});

test("a download through the strategies' stream arrives whole", async () => {
  const { port } = await listen(httpsServer('valid'));
  const strategies = via({ kind: 'tls-split', at: 'sni' }, { kind: 'tcp-split', at: 'sni' });
  const result = await probeThroughput(
    { url: `https://${BLOCKED}:${port}/fast`, address: '127.0.0.1' },
    context(strategies),
  );
  expect(result.failure).toBeUndefined();
  expect(result.bytes).toBe(FAST_BYTES);
});

test("a FIN is still an EOF and an RST a reset through the strategies' stream", async () => {
  const strategies = via({ kind: 'tls-split', at: 'sni' }, { kind: 'tcp-split', at: 'sni' });
  const closing = await listen(closeOnFirstData());
  expect((await tlsProbe(strategies, closing.port)).failure).toMatchObject({ stage: 'tls', class: 'eof' });
  const resetting = await listen(resetOnFirstData());
  expect((await tlsProbe(strategies, resetting.port)).failure).toMatchObject({ stage: 'tls', class: 'reset' });
});

test("what is not a TLS record, or ends inside its first record, goes through the strategies' stream unchanged", async () => {
  const strategies = via({ kind: 'tls-split', at: 'sni' }, { kind: 'tcp-split', at: 1 });
  for (const sent of [Buffer.from('GET / HTTP/1.1\r\n\r\n'), Buffer.from([0x16, 0x03, 0x01, 0x00])]) {
    const server = createServer();
    const received = new Promise<Buffer>((resolve) =>
      server.once('connection', (socket: Socket) => {
        const chunks: Buffer[] = [];
        socket.on('data', (chunk: Buffer) => chunks.push(chunk));
        socket.once('end', () => resolve(Buffer.concat(chunks)));
      }),
    );
    const { port } = await listen(server);
    const raw = await strategies.dialTcp({ host: '127.0.0.1', port, signal: new AbortController().signal });
    const stream = strategies.tls?.wrap(raw);
    stream?.end(sent);
    expect(await received).toEqual(sent);
    stream?.destroy();
  }
});

test('the socket under the stream is closed when the probe ends', async () => {
  const origin = tlsServer('valid');
  const closed = new Promise((resolve) => origin.once('connection', (socket: Socket) => socket.once('close', resolve)));
  const { port } = await listen(origin);
  expect((await tlsProbe(via({ kind: 'tls-split', at: 'sni' }), port)).failure).toBeUndefined();
  await closed;
});
