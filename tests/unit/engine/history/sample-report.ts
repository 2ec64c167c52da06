import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyReport } from '../../../../src-main/core/judge/index.ts';
import { reportFileName } from '../../../../src-main/engine/history/run-files.ts';
import type { EngineEvent, EngineEventOf, PathOutcome, RouteCheck } from '../../../../src-main/shared/events.ts';
import type { Failure } from '../../../../src-main/shared/failure.ts';
import type { Observation } from '../../../../src-main/shared/observation.ts';
import type { PathSpec } from '../../../../src-main/shared/path.ts';
import { DEFAULT_PLAN_OPTIONS } from '../../../../src-main/shared/plan.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../../../../src-main/shared/report.ts';
import type { Target } from '../../../../src-main/shared/target.ts';

/**
 * Reports with the shape of real runs (the probes' observation shapes, as in
 * tests/unit/core/judge/recorded.ts), judged by the real classifier: direct, a
 * SOCKS proxy and encrypted DNS, every target measured over each with DNS, TCP, TLS
 * (a certificate chain) and HTTP. Targets listed in `blocked` have their TLS
 * handshake reset on direct, which the proxy repairs.
 */
export interface SampleOptions {
  runId?: string;
  startedAt?: string;
  /** Targets in the plan (default 20). */
  targets?: number;
  /** How many of them are finished (default: all; fewer makes a run still `running`). */
  finished?: number;
  /** Indexes of targets blocked on direct (default: every fourth). */
  blocked?: (index: number) => boolean;
  status?: Report['status'];
  /** Routes whose check failed. */
  failedRoutes?: string[];
  /** Target inputs, when the test cares (default site0.example …). */
  inputs?: string[];
}

export const SAMPLE_PATHS: PathSpec[] = [
  { name: 'direct', kind: 'direct' },
  { name: 'office', kind: 'proxy', protocol: 'socks5h', host: '11.1.0.70', port: 1080, auth: false },
  { name: 'dns', kind: 'doh', url: 'https://11.1.0.54/dns-query' },
];

/** An observation before it is numbered (Omit distributed over the union). */
type Unnumbered = Observation extends infer O ? (O extends Observation ? Omit<O, 'id'> : never) : never;

export function sampleReport(options: SampleOptions = {}): Report {
  const count = options.targets ?? 20;
  const finished = options.finished ?? count;
  const blocked = options.blocked ?? ((index: number) => index % 4 === 0);
  const startedAt = options.startedAt ?? '2026-11-29T08:00:00.000Z';
  const failedRoutes = new Set(options.failedRoutes ?? []);
  const observations: Observation[] = [];
  let nextId = 1;
  const record = (o: Unnumbered): string => {
    const id = `o${nextId++}`;
    observations.push({ ...o, id });
    return id;
  };

  const routeChecks: RouteCheck[] = SAMPLE_PATHS.filter((p) => p.kind !== 'direct').map((spec) => {
    const failure: Failure | undefined = failedRoutes.has(spec.name)
      ? { stage: 'tcp', class: 'proxy-unreachable', detail: 'ECONNREFUSED' }
      : undefined;
    const ids = [
      record({
        ...base(startedAt, 'control', spec.name),
        probe: 'tcp',
        address: '93.184.215.14',
        port: 443,
        ...(failure === undefined ? { connectMs: 31 } : { failure }),
      }),
    ];
    return {
      path: spec.name,
      status: failure === undefined ? 'usable' : 'failed',
      ...(failure === undefined ? {} : { failure }),
      observationIds: ids,
    };
  });

  const targets = Array.from({ length: count }, (_, index) => {
    const input = options.inputs?.[index] ?? `site${index}.example`;
    const target: Target = {
      kind: 'url',
      id: `t${index + 1}`,
      input,
      url: `https://${input}/`,
      scheme: 'https',
      host: input,
      port: 443,
    };
    if (index >= finished) return { target, outcomes: [] as PathOutcome[] };
    const outcomes = SAMPLE_PATHS.map((spec): PathOutcome => {
      if (failedRoutes.has(spec.name)) return { path: spec.name, status: 'path-failed', observationIds: [] };
      // A reset keyed on the address or the name: encrypted DNS does not help, the proxy does.
      const reset = spec.kind !== 'proxy' && blocked(index);
      return measure(target, spec.name, reset, startedAt, record);
    });
    return { target, outcomes };
  });

  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    app: { name: 'detour', version: '0.1.0' },
    runId: options.runId ?? 'c0ffee00-0000-4000-8000-000000000001',
    startedAt,
    status: options.status ?? (finished < count ? 'running' : 'completed'),
    platform: { os: 'linux', arch: 'x64', runtime: 'node 24.21.0' },
    plan: {
      entries: targets.map(({ target }, index) => ({ input: target.input, source: `argument ${index + 1}` })),
      paths: SAMPLE_PATHS,
      options: { ...DEFAULT_PLAN_OPTIONS, controls: [{ url: 'https://example.com/' }] },
    },
    inputErrors: [],
    routeChecks,
    controlRechecks: [],
    targets,
    observations,
  };
  const { verdicts, summary } = classifyReport(report);
  report.targets.forEach((entry, index) => {
    const verdict = verdicts[index];
    if (entry.outcomes.length > 0 && verdict !== undefined) entry.verdict = verdict;
  });
  if (report.status !== 'running' && report.status !== 'interrupted') {
    report.endedAt = new Date(Date.parse(startedAt) + 42_000).toISOString();
    report.summary = summary;
  }
  return report;
}

function base(startedAt: string, targetId: string, path: string) {
  return { targetId, path, startedAt, durationMs: 37.25 };
}

function measure(
  target: Target,
  path: string,
  reset: boolean,
  startedAt: string,
  record: (o: Unnumbered) => string,
): PathOutcome {
  const at = base(startedAt, target.id, path);
  const address = `11.2.${Number(target.id.slice(1)) % 250}.10`;
  const ids = [
    record({ ...at, probe: 'dns-system', name: target.host, addresses: [{ address, family: 4, bogon: false }] }),
    record({ ...at, probe: 'tcp', address, port: 443, connectMs: 12.5 }),
  ];
  const certificate = (subject: string, issuer: string) => ({
    subject: `CN=${subject}`,
    issuer: `CN=${issuer}`,
    subjectAltNames: [`DNS:${subject}`, `DNS:www.${subject}`],
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z',
    serialNumber: '04A1B2C3D4E5F60718293A4B5C6D7E8F',
    fingerprintSha256:
      'AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89',
  });
  const failure: Failure = { stage: 'tls', class: 'reset', detail: 'ECONNRESET', afterMs: 14 };
  ids.push(
    record({
      ...at,
      probe: 'tls',
      address,
      port: 443,
      sni: target.host,
      alpnOffered: ['h2', 'http/1.1'],
      connectMs: 12.5,
      ...(reset
        ? { certificates: [], trusted: false, failure }
        : {
            alpn: 'h2',
            tlsVersion: 'TLSv1.3',
            cipher: 'TLS_AES_128_GCM_SHA256',
            handshakeMs: 24.75,
            certificates: [
              certificate(target.host, 'Example Issuing CA R3'),
              certificate('Example Issuing CA R3', 'Example Root CA'),
            ],
            trusted: true,
            nameMatches: true,
          }),
    }),
  );
  if (reset) return { path, status: 'failed', reachedStage: 'tcp', failure, observationIds: ids };
  ids.push(
    record({
      ...at,
      probe: 'http',
      url: `https://${target.host}/`,
      finalUrl: `https://${target.host}/`,
      redirects: [],
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', server: 'nginx', 'cache-control': 'max-age=600' },
      headersMs: 48.5,
      body: {
        bytes: 48_213,
        contentLength: 48_213,
        capped: false,
        sha256: '9f2c6a1be0d4c8f7a3b5e9d1c2f4a6b8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0',
        title: `${target.host} — news and analysis`,
      },
    }),
  );
  return { path, status: 'reachable', reachedStage: 'http', observationIds: ids };
}

/** Writes `report` into a history folder as the recorder would name it; returns the file name. */
export function writeRun(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true });
  const file = reportFileName(report.startedAt, report.runId);
  writeFileSync(join(dir, file), `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

/** The `run-started` a run of `report`'s plan and targets begins with. */
export function runStartedOf(report: Report): EngineEventOf<'run-started'> {
  const { runId, startedAt, plan } = report;
  return { type: 'run-started', runId, startedAt, plan, targets: report.targets.map((t) => t.target) };
}

/**
 * The events after `run-started` the engine would have emitted for `report`: its
 * route checks, observations, finished targets and, when it ended, `run-finished`.
 */
export function eventsOf(report: Report): EngineEvent[] {
  const { endedAt, summary, status } = report;
  return [
    ...report.routeChecks.map((check): EngineEvent => ({ type: 'route-checked', check })),
    ...report.observations.map((observation): EngineEvent => ({ type: 'observation', observation })),
    ...report.targets.flatMap(({ target, outcomes, verdict }): EngineEvent[] =>
      verdict === undefined ? [] : [{ type: 'target-finished', targetId: target.id, outcomes, verdict }],
    ),
    ...(endedAt !== undefined && summary !== undefined && (status === 'completed' || status === 'cancelled')
      ? [{ type: 'run-finished', endedAt, status, summary } satisfies EngineEvent]
      : []),
  ];
}
