import type { EngineEvent } from '../../src-main/shared/events.ts';
import { runEventMessageSchema, type RunEventMessage } from '../../src-main/shared/ipc/run.ts';
import type { PathSpec } from '../../src-main/shared/path.ts';
import type { Target } from '../../src-main/shared/target.ts';

/**
 * The events of one run shaped as the engine emits them (every one passes the zod
 * schema), after the lab's sni-filtering scenario: DPI resets the handshake naming
 * shared-a.lab; the office proxy and a split ClientHello get through; shared-b.lab,
 * on the same address, is untouched.
 */
export const RUN_ID = 'run-1';

export const ROUTES: PathSpec[] = [
  { name: 'direct', kind: 'direct' },
  { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '11.1.0.70', port: 1080, auth: false },
  { name: 'tls-split', kind: 'strategy', strategies: [{ kind: 'tls-split', at: 'sni' }] },
];

const target = (id: string, host: string): Target => ({
  kind: 'url',
  id,
  input: `https://${host}/`,
  url: `https://${host}/`,
  scheme: 'https',
  host,
  port: 443,
});
export const TARGET_A = target('t1', 'shared-a.lab');
export const TARGET_B = target('t2', 'shared-b.lab');

const message = (event: EngineEvent): RunEventMessage =>
  runEventMessageSchema.parse({ kind: 'event', runId: RUN_ID, event });

const START = '2025-03-05T10:00:00.000Z';

export const runStarted = message({
  type: 'run-started',
  runId: RUN_ID,
  startedAt: START,
  plan: {
    entries: [TARGET_A, TARGET_B].map((t) => ({ input: t.input, source: 'app list' })),
    paths: ROUTES,
    options: { timeoutMs: 8000, concurrency: 64, perHostConcurrency: 4, controls: [{ url: 'https://example.com/' }] },
  },
  targets: [TARGET_A, TARGET_B],
});

export const officeChecked = message({
  type: 'route-checked',
  check: { path: 'office', status: 'usable', observationIds: ['o0'] },
});

export const progressA = message({
  type: 'progress',
  targetId: 't1',
  path: 'direct',
  step: 'tls',
  targetsDone: 0,
  targetsTotal: 2,
});

const base = (id: string, targetId: string, path: string, durationMs: number) => ({
  id,
  targetId,
  path,
  startedAt: START,
  durationMs,
});

export const observationsA: RunEventMessage[] = [
  {
    ...base('o1', 't1', 'direct', 12.4),
    probe: 'dns-system' as const,
    name: 'shared-a.lab',
    addresses: [{ address: '11.2.0.10', family: 4 as const, bogon: false }],
  },
  { ...base('o2', 't1', 'direct', 1.3), probe: 'tcp' as const, address: '11.2.0.10', port: 443, connectMs: 1.3 },
  {
    ...base('o3', 't1', 'direct', 3.1),
    probe: 'tls' as const,
    address: '11.2.0.10',
    port: 443,
    sni: 'shared-a.lab',
    alpnOffered: ['h2', 'http/1.1'],
    connectMs: 1.2,
    certificates: [],
    failure: { stage: 'tls' as const, class: 'reset' as const, detail: 'ECONNRESET', afterMs: 1.9 },
  },
  {
    ...base('o4', 't1', 'office', 48.2),
    probe: 'tls' as const,
    address: '11.2.0.10',
    port: 443,
    sni: 'shared-a.lab',
    alpnOffered: ['h2', 'http/1.1'],
    alpn: 'h2',
    tlsVersion: 'TLSv1.3',
    handshakeMs: 30.5,
    certificates: [
      {
        subject: 'CN=shared-a.lab',
        issuer: 'CN=Detour Lab Root',
        subjectAltNames: ['DNS:shared-a.lab'],
        validFrom: '2025-01-01T00:00:00.000Z',
        validTo: '2026-01-01T00:00:00.000Z',
        serialNumber: '01',
        fingerprintSha256: 'AA:BB',
      },
    ],
    trusted: true,
    nameMatches: true,
  },
  {
    ...base('o5', 't1', 'office', 80),
    probe: 'http' as const,
    url: 'https://shared-a.lab/',
    finalUrl: 'https://shared-a.lab/',
    redirects: [],
    status: 200,
    headers: {},
    headersMs: 75,
    body: { bytes: 5120, capped: false, sha256: 'ab', title: 'Shared A' },
  },
].map((observation) => message({ type: 'observation', observation }));

const ok = (path: string, reason: 'matches-control' | 'is-control') => ({
  path,
  status: 'ok' as const,
  confidence: 'high' as const,
  reason,
  evidence: [],
  params: {},
});

const sniFiltered = {
  path: 'direct',
  status: 'sni-filtering' as const,
  confidence: 'high' as const,
  reason: 'split-passes' as const,
  evidence: ['o3'],
  params: { provenBy: 'tls-split' },
};

export const finishedA = message({
  type: 'target-finished',
  targetId: 't1',
  outcomes: [
    {
      path: 'direct',
      status: 'failed',
      reachedStage: 'tcp',
      failure: { stage: 'tls', class: 'reset' },
      observationIds: ['o1', 'o2', 'o3'],
    },
    { path: 'office', status: 'reachable', reachedStage: 'http', observationIds: ['o4', 'o5'] },
    { path: 'tls-split', status: 'reachable', reachedStage: 'http', observationIds: [] },
  ],
  verdict: {
    targetId: 't1',
    paths: [sniFiltered, ok('office', 'is-control'), ok('tls-split', 'matches-control')],
    direct: sniFiltered,
    restoredBy: ['office', 'tls-split'],
    notRestoredBy: [],
  },
});

export const finishedB = message({
  type: 'target-finished',
  targetId: 't2',
  outcomes: ROUTES.map((route) => ({ path: route.name, status: 'reachable', observationIds: [] })),
  verdict: {
    targetId: 't2',
    paths: [ok('direct', 'matches-control'), ok('office', 'is-control'), ok('tls-split', 'matches-control')],
    direct: ok('direct', 'matches-control'),
    restoredBy: [],
    notRestoredBy: [],
  },
});

export const runFinished = message({
  type: 'run-finished',
  endedAt: '2025-03-05T10:00:07.000Z',
  status: 'completed',
  summary: {
    control: 'office',
    network: 'online',
    targets: 2,
    blocked: 1,
    refused: 0,
    counts: { 'sni-filtering': 1, ok: 1 },
    routes: [
      { path: 'tls-split', restores: 1, of: 1 },
      { path: 'office', restores: 1, of: 1 },
    ],
    bestRoute: 'tls-split',
    cheapestSufficient: 'tls-split',
    calls: { status: 'not-tested', restoredBy: [] },
    residualBlocking: false,
    messages: [
      { key: 'summary.blocked', params: { count: 1, total: 2 } },
      { key: 'summary.kind', params: { status: 'sni-filtering', count: 1 } },
      { key: 'summary.cheapest-route', params: { route: 'tls-split', total: 1 } },
    ],
  },
});

export function runCancelled(): RunEventMessage {
  return message({
    type: 'run-finished',
    endedAt: '2025-03-05T10:00:03.000Z',
    status: 'cancelled',
    summary: {
      control: 'office',
      network: 'online',
      targets: 2,
      blocked: 0,
      refused: 0,
      counts: {},
      routes: [],
      bestRoute: null,
      cheapestSufficient: null,
      calls: { status: 'not-tested', restoredBy: [] },
      residualBlocking: false,
      messages: [],
    },
  });
}
