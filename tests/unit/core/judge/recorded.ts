import type { PathOutcome } from '../../../../src-main/shared/events.ts';
import type { Failure } from '../../../../src-main/shared/failure.ts';
import type { AnyProbeResult } from '../../../../src-main/shared/observation.ts';
import type { PathSpec } from '../../../../src-main/shared/path.ts';
import { parseTarget, type Target } from '../../../../src-main/shared/target.ts';
import type { RouteEvidence, RunContext, TargetEvidence } from '../../../../src-main/core/judge/index.ts';

/**
 * Observations as the probes record them (shapes taken from censorship-lab runs),
 * with only the fields a case is about given by the test. Each case builds its own
 * evidence: nothing is shared between tests.
 */

export const ROUTES = {
  direct: { name: 'direct', kind: 'direct' },
  office: { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '11.1.0.70', port: 1080, auth: false },
  dante: { name: 'dante', kind: 'proxy', protocol: 'socks5', host: '11.1.0.71', port: 1080, auth: false },
  dns: { name: 'dns', kind: 'doh', url: 'https://11.1.0.54/dns-query' },
  tlsSplit: { name: 'tls-split', kind: 'strategy', strategies: [{ kind: 'tls-split', at: 'sni' }] },
  sniDecoy: { name: 'sni-decoy', kind: 'strategy', strategies: [{ kind: 'sni-decoy', decoy: 'example.com' }] },
  hostcase: { name: 'http-hostcase', kind: 'strategy', strategies: [{ kind: 'http-hostcase' }] },
} as const satisfies Record<string, PathSpec>;

export function target(input: string, id = 't1'): Target {
  const parsed = parseTarget(input);
  if (!parsed.ok) throw new Error(`bad test target ${input}`);
  return { ...parsed.target, id };
}

const base = { startedAt: '2026-11-29T08:00:00.000Z', durationMs: 12 };

export const probe = {
  dns: (addresses: string[], failure?: Failure, name = 'site.example'): AnyProbeResult => ({
    ...base,
    probe: 'dns-system',
    name,
    addresses: addresses.map((address) => ({ address, family: 4, bogon: /^(10|127|192\.168)\./.test(address) })),
    ...(failure === undefined ? {} : { failure }),
  }),
  /** An encrypted answer; no addresses with `rcode` NXDOMAIN (no such name) or NOERROR (`cname` only, or nothing). */
  doh: (addresses: string[], options: { name?: string; rcode?: string; cname?: string } = {}): AnyProbeResult => {
    const name = options.name ?? 'site.example';
    const rcode = options.rcode ?? 'NOERROR';
    const records = [
      ...(options.cname === undefined ? [] : [{ name, type: 'CNAME', ttl: 60, data: options.cname }]),
      ...addresses.map((data) => ({ name, type: 'A', ttl: 60, data })),
    ];
    const missing = addresses.length === 0 ? (rcode === 'NXDOMAIN' ? 'nxdomain' : 'no-answer') : undefined;
    return {
      ...base,
      probe: 'doh',
      url: 'https://11.1.0.54/dns-query',
      name,
      qtype: 'A',
      httpStatus: 200,
      answer: { afterMs: 5, rcode, records },
      ...(missing === undefined ? {} : { failure: { stage: 'dns', class: missing } }),
    };
  },
  /** A plain-DNS query whose first answer (`first`) was followed by another (`later`) for the same id. */
  wireDns: (first: string[], later: string[]): AnyProbeResult => {
    const answer = (afterMs: number, addresses: string[]) => ({
      afterMs,
      rcode: 'NOERROR',
      records: addresses.map((data) => ({ name: 'site.example', type: 'A', ttl: 60, data })),
    });
    return {
      ...base,
      probe: 'dns-udp',
      resolver: '9.9.9.9:53',
      name: 'site.example',
      qtype: 'A',
      queryName: 'SiTe.ExAmPle',
      answer: answer(2, first),
      laterAnswers: later.length === 0 ? [] : [answer(40, later)],
      caseMismatch: false,
    };
  },
  tcp: (address: string, failure?: Failure, connectMs = 4): AnyProbeResult => ({
    ...base,
    probe: 'tcp',
    address,
    port: 443,
    ...(failure === undefined ? { connectMs } : { failure }),
  }),
  tls: (
    address: string,
    options: {
      failure?: Failure;
      sni?: string;
      trusted?: boolean;
      issuer?: string;
      fingerprint?: string;
      connectMs?: number;
    } = {},
  ): AnyProbeResult => ({
    ...base,
    probe: 'tls',
    address,
    port: 443,
    sni: options.sni ?? 'site.example',
    alpnOffered: ['h2', 'http/1.1'],
    connectMs: options.connectMs ?? 4,
    certificates:
      options.failure === undefined || options.issuer !== undefined
        ? [
            {
              subject: 'CN=site.example',
              issuer: `CN=${options.issuer ?? 'Honest CA'}`,
              subjectAltNames: ['DNS:site.example'],
              validFrom: '2026-01-01',
              validTo: '2027-01-01',
              serialNumber: '01',
              fingerprintSha256: options.fingerprint ?? 'AB:CD',
            },
          ]
        : [],
    ...(options.failure === undefined ? { trusted: options.trusted ?? true, nameMatches: true, handshakeMs: 9 } : {}),
    ...(options.failure === undefined ? {} : { failure: options.failure, trusted: false }),
  }),
  http: (page: {
    status?: number;
    title?: string;
    bytes?: number;
    failure?: Failure;
    url?: string;
    finalUrl?: string;
    redirects?: { url: string; status: number; location: string }[];
    headers?: Record<string, string>;
  }): AnyProbeResult => ({
    ...base,
    probe: 'http',
    url: page.url ?? 'https://site.example/',
    finalUrl: page.finalUrl ?? page.url ?? 'https://site.example/',
    redirects: page.redirects ?? [],
    headers: page.headers ?? {},
    ...(page.status === undefined ? {} : { status: page.status, headersMs: 20 }),
    ...(page.bytes === undefined
      ? {}
      : {
          body: {
            bytes: page.bytes,
            capped: false,
            // Pages differ by title and size here; the same two give the same hash, as they would.
            sha256: `${page.title ?? ''}/${page.bytes}`,
            ...(page.title === undefined ? {} : { title: page.title }),
          },
        }),
    ...(page.failure === undefined ? {} : { failure: page.failure }),
  }),
  throughput: (bytesPerSecond: number, lastSampleMs = 4000, stalledAtBytes?: number): AnyProbeResult => ({
    ...base,
    probe: 'throughput',
    url: 'https://site.example/big.bin',
    bytes: Math.round((bytesPerSecond * lastSampleMs) / 1000),
    bytesPerSecond,
    samples: [{ atMs: lastSampleMs, bytes: Math.round((bytesPerSecond * lastSampleMs) / 1000) }],
    ...(stalledAtBytes === undefined ? {} : { stalledAtBytes, failure: { stage: 'read', class: 'stall' } }),
  }),
  stun: (failure?: Failure): AnyProbeResult => ({
    ...base,
    probe: 'stun',
    server: 'stun.example:3478',
    address: '11.1.0.60',
    port: 3478,
    requestsSent: failure === undefined ? 1 : 7,
    ...(failure === undefined ? { rttMs: 3 } : { failure }),
  }),
};

export const fail = (stage: Failure['stage'], failureClass: Failure['class'], afterMs?: number): Failure => ({
  stage,
  class: failureClass,
  ...(afterMs === undefined ? {} : { afterMs }),
});

/** One route's record: its spec, the outcome status the engine gave, and its observations in order. */
export interface RouteRecord {
  spec: PathSpec;
  status: PathOutcome['status'];
  observations: AnyProbeResult[];
}

export function route(spec: PathSpec, status: PathOutcome['status'], observations: AnyProbeResult[] = []): RouteRecord {
  return { spec, status, observations };
}

/** The evidence for one target measured over the routes given (the first failure decides the outcome's). */
export function evidence(forTarget: Target, routes: RouteRecord[], run: Partial<RunContext> = {}): TargetEvidence {
  let next = 1;
  const built: RouteEvidence[] = routes.map(({ spec, status, observations }) => {
    const recorded = observations.map((o) => ({ ...o, id: `o${next++}`, targetId: forTarget.id, path: spec.name }));
    const failure = recorded.find((o) => o.failure !== undefined)?.failure;
    const outcome: PathOutcome = {
      path: spec.name,
      status,
      ...(failure === undefined ? {} : { failure }),
      observationIds: recorded.map((o) => o.id),
    };
    return { spec, outcome, observations: recorded };
  });
  const control = routes.find((r) => r.spec.kind === 'proxy' && r.status !== 'path-failed')?.spec.name ?? null;
  return {
    target: forTarget,
    routes: built,
    run: {
      control,
      stunAnswersDirect: false,
      failedChecks: new Set(),
      residualSince: null,
      network: 'online',
      baselineConnectMs: new Map(),
      ...run,
    },
  };
}
