/**
 * npm run bench:engine: the engine's scheduling and probe overhead, measured.
 *
 * 1. 200 local https targets, each on its own loopback address (127.0.0.N, so the
 *    per-host limit does not serialise them), a quarter of them accept-and-hang.
 *    Prints the wall time of the whole run against the slowest single target: a
 *    blocked target must not delay the others (goal: ratio at most 1.3).
 * 2. Each probe's overhead against a bare net.connect / tls.connect on the same server.
 *
 * Only loopback addresses are used.
 */
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { runDiagnostics } from '../../src-main/engine/index.ts';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { probeTcp } from '../../src-main/engine/probes/tcp.ts';
import { probeTls } from '../../src-main/engine/probes/tls.ts';
import { probeHttp } from '../../src-main/engine/probes/http.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../src-main/shared/plan.ts';
import { startBenchServers } from './bench-servers.ts';
import { trustTestCa } from './test-ca.ts';

const TARGETS = 200;
const HANGING = TARGETS / 4;
const TIMEOUT_MS = 3000;
const OVERHEAD_ROUNDS = 200;
const addresses = Array.from({ length: TARGETS }, (_, index) => `127.0.0.${index + 1}`);

trustTestCa(addresses);

// The servers run in a child process, as real servers would: their TLS work must not
// compete with the engine's on this thread, or the bench measures the servers.
const servers = await startBenchServers(addresses, HANGING);
try {
  await benchScheduling();
  await benchOverhead();
} finally {
  servers.stop();
}

async function benchScheduling(): Promise<void> {
  const entries = servers.ports.map((port, index) => ({
    input: `https://${addresses[index] ?? ''}:${port}/`,
    source: `bench ${index + 1}`,
  }));
  const plan = {
    entries,
    paths: [{ name: 'direct', kind: 'direct' as const }],
    options: { ...DEFAULT_PLAN_OPTIONS, timeoutMs: TIMEOUT_MS },
  };
  const firstSeen = new Map<string, number>();
  const targetMs: number[] = [];
  const outcomes = new Map<string, number>();
  const started = performance.now();
  for await (const event of runDiagnostics(plan, { signal: new AbortController().signal })) {
    if (event.type === 'progress' && !firstSeen.has(event.targetId)) firstSeen.set(event.targetId, performance.now());
    if (event.type === 'target-finished') {
      targetMs.push(performance.now() - (firstSeen.get(event.targetId) ?? started));
      const outcome = event.outcomes[0];
      const label =
        outcome?.failure === undefined ? (outcome?.status ?? '?') : `${outcome.failure.stage} ${outcome.failure.class}`;
      outcomes.set(label, (outcomes.get(label) ?? 0) + 1);
    }
  }
  const wallMs = performance.now() - started;
  const slowestMs = Math.max(...targetMs);
  console.log(
    `engine: ${TARGETS} targets (${HANGING} accept-and-hang), probe timeout ${TIMEOUT_MS} ms, concurrency ${plan.options.concurrency}`,
  );
  console.log(`  outcomes: ${[...outcomes].map(([label, count]) => `${label} ×${count}`).join(', ')}`);
  console.log(
    `  wall time ${wallMs.toFixed(0)} ms; slowest single target ${slowestMs.toFixed(0)} ms; ratio ${(wallMs / slowestMs).toFixed(3)} (goal ≤ 1.3)`,
  );
}

async function benchOverhead(): Promise<void> {
  const port = servers.ports[0] ?? 0;
  const address = addresses[0] ?? '';
  const ctx = { dialer: directDialer(), signal: new AbortController().signal, timeoutMs: TIMEOUT_MS };
  const rows: [string, number[], number[]][] = [
    ['tcp', await timed(() => probeTcp({ address, port }, ctx)), await timed(() => bareTcp(address, port))],
    ['tls', await timed(() => probeTls({ address, port, sni: null }, ctx)), await timed(() => bareTls(address, port))],
    [
      'http',
      await timed(() => probeHttp({ url: `https://${address}:${port}/`, address }, ctx)),
      await timed(() => bareTls(address, port, `GET / HTTP/1.1\r\nHost: ${address}\r\nConnection: close\r\n\r\n`)),
    ],
  ];
  console.log(`probe overhead, median of ${OVERHEAD_ROUNDS} sequential runs against one loopback server:`);
  for (const [name, probe, bare] of rows) {
    const [p, b] = [median(probe), median(bare)];
    console.log(
      `  ${name}: probe ${p.toFixed(3)} ms, bare ${b.toFixed(3)} ms, overhead ${(p - b).toFixed(3)} ms (ratio ${(p / b).toFixed(2)})`,
    );
  }
}

async function timed(run: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < OVERHEAD_ROUNDS; round += 1) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function bareTcp(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = netConnect({ host, port }, () => {
      socket.destroy();
      resolve();
    });
    socket.once('error', reject);
  });
}

/** A TLS handshake; with `request`, also writes it and reads the reply to its end. */
function bareTls(host: string, port: number, request?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = tlsConnect({ host, port, rejectUnauthorized: false, ALPNProtocols: ['h2', 'http/1.1'] }, () => {
      if (request === undefined) {
        socket.destroy();
        resolve();
        return;
      }
      socket.end(request);
      socket.resume().once('end', () => resolve());
    });
    socket.once('error', reject);
  });
}
