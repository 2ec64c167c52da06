import { classifyReport } from '../../../../src-main/core/judge/index.ts';
import type { PathOutcome } from '../../../../src-main/shared/events.ts';
import type { Failure } from '../../../../src-main/shared/failure.ts';
import type { AnyProbeResult, Observation } from '../../../../src-main/shared/observation.ts';
import { reportSchema, type Report } from '../../../../src-main/shared/report.ts';
import { parseTarget, type Target } from '../../../../src-main/shared/target.ts';

/**
 * A small run measured on three routes (direct, a SOCKS proxy, tls-split), built
 * from observations and judged by the real classifier, so its verdicts and summary
 * are the ones the engine would give. Each call builds a fresh report.
 */
export const USER_PUBLIC_IP = '81.17.22.33';
export const PROXY = { host: '185.10.20.30', port: 1080 } as const;

const START = Date.parse('2026-11-29T08:00:00.000Z');
const ok = { trusted: true, nameMatches: true } as const;

function certificate(subject: string, issuer: string) {
  return {
    subject: `CN=${subject}`,
    issuer: `CN=${issuer}`,
    subjectAltNames: [`DNS:${subject}`],
    validFrom: '2026-01-01T00:00:00.000Z',
    validTo: '2027-01-01T00:00:00.000Z',
    serialNumber: '01',
    fingerprintSha256: `AB:${subject.length.toString(16).padStart(2, '0')}:${issuer.length}`,
  };
}

class RunBuilder {
  readonly observations: Observation[] = [];
  #next = 1;

  add(targetId: string, path: string, result: AnyProbeResult): string {
    const id = `o${this.#next}`;
    this.#next += 1;
    this.observations.push({ ...result, id, targetId, path });
    return id;
  }
}

function at(ms: number): string {
  return new Date(START + ms).toISOString();
}

function target(input: string, id: string): Target {
  const parsed = parseTarget(input);
  if (!parsed.ok) throw new Error(input);
  return { ...parsed.target, id };
}

function webChain(
  run: RunBuilder,
  id: string,
  path: string,
  host: string,
  options: { tlsFailure?: Failure; untrusted?: boolean; title?: string; headers?: Record<string, string> } = {},
): PathOutcome {
  const ids: string[] = [];
  const base = { startedAt: at(ids.length * 10 + run.observations.length), durationMs: 11.4 };
  ids.push(
    run.add(id, path, {
      ...base,
      probe: 'dns-system',
      name: host,
      addresses: [{ address: '93.184.1.1', family: 4, bogon: false }],
    }),
  );
  ids.push(run.add(id, path, { ...base, probe: 'tcp', address: '93.184.1.1', port: 443, connectMs: 20 }));
  const tlsBase = {
    ...base,
    probe: 'tls' as const,
    address: '93.184.1.1',
    port: 443,
    sni: host,
    alpnOffered: ['h2', 'http/1.1'],
  };
  if (options.tlsFailure !== undefined) {
    ids.push(run.add(id, path, { ...tlsBase, certificates: [], failure: options.tlsFailure }));
    return { path, status: 'failed', reachedStage: 'tcp', failure: options.tlsFailure, observationIds: ids };
  }
  const untrusted = options.untrusted === true;
  if (untrusted) {
    const failure: Failure = { stage: 'tls', class: 'cert-untrusted', detail: 'SELF_SIGNED_CERT_IN_CHAIN' };
    ids.push(
      run.add(id, path, {
        ...tlsBase,
        tlsVersion: 'TLSv1.3',
        certificates: [certificate(host, 'Lab Censor CA')],
        trusted: false,
        trustError: 'SELF_SIGNED_CERT_IN_CHAIN',
        nameMatches: true,
        failure,
      }),
    );
    return { path, status: 'failed', reachedStage: 'tcp', failure, observationIds: ids };
  }
  ids.push(
    run.add(id, path, {
      ...tlsBase,
      alpn: 'h2',
      tlsVersion: 'TLSv1.3',
      handshakeMs: 30,
      certificates: [certificate(host, 'Honest CA')],
      ...ok,
    }),
  );
  ids.push(
    run.add(id, path, {
      ...base,
      probe: 'http',
      url: `https://${host}/`,
      finalUrl: `https://${host}/`,
      redirects: [],
      status: 200,
      headers: options.headers ?? { 'content-type': 'text/html' },
      headersMs: 40,
      body: { bytes: 1200, capped: false, sha256: 'aa', title: options.title ?? `${host} home` },
    }),
  );
  return { path, status: 'reachable', reachedStage: 'http', observationIds: ids };
}

function stunChain(run: RunBuilder, id: string, path: string, server: string, mapped?: string): PathOutcome {
  const base = { startedAt: at(50), durationMs: mapped === undefined ? 3000 : 25 };
  const stun = {
    ...base,
    probe: 'stun' as const,
    server,
    address: '74.125.1.1',
    port: 3478,
    requestsSent: mapped === undefined ? 7 : 1,
  };
  if (mapped === undefined) {
    const failure: Failure = { stage: 'udp', class: 'timeout' };
    return { path, status: 'failed', failure, observationIds: [run.add(id, path, { ...stun, failure })] };
  }
  const observation = { ...stun, rttMs: 25, mappedAddress: { address: mapped, port: 50123, family: 4 as const } };
  return { path, status: 'reachable', reachedStage: 'udp', observationIds: [run.add(id, path, observation)] };
}

function throughput(run: RunBuilder, id: string, path: string, bytesPerSecond: number): string {
  const samples = [0, 500, 1000, 1500, 2000, 2500, 3000, 3500].map((atMs) => ({
    atMs,
    bytes: Math.round((bytesPerSecond * atMs) / 1000),
  }));
  return run.add(id, path, {
    startedAt: at(80),
    durationMs: 3500,
    probe: 'throughput',
    url: 'https://slow.example/big',
    bytes: samples[samples.length - 1]?.bytes ?? 0,
    bytesPerSecond,
    samples,
  });
}

export function sampleReport(): Report {
  const run = new RunBuilder();
  const paths = ['direct', 'office', 'tls-split'] as const;
  const reset: Failure = { stage: 'tls', class: 'reset', detail: 'ECONNRESET', afterMs: 21 };
  const targets = [
    target('https://blocked.example/', 't1'),
    target('https://news.example/', 't2'),
    target('stun:stun.example.org:3478', 't3'),
    target('stun:stun2.example.net', 't4'),
    target('https://mitm.example/', 't5'),
    target('https://slow.example/', 't6'),
  ];
  const outcomes: Record<string, PathOutcome[]> = {
    t1: [
      webChain(run, 't1', 'direct', 'blocked.example', { tlsFailure: reset }),
      webChain(run, 't1', 'office', 'blocked.example'),
      webChain(run, 't1', 'tls-split', 'blocked.example'),
    ],
    t2: paths.map((path) =>
      webChain(run, 't2', path, 'news.example', {
        ...(path === 'direct'
          ? { title: `Your address is ${USER_PUBLIC_IP}`, headers: { 'x-forwarded-for': USER_PUBLIC_IP } }
          : {}),
      }),
    ),
    t3: [
      stunChain(run, 't3', 'direct', 'stun.example.org:3478'),
      stunChain(run, 't3', 'office', 'stun.example.org:3478', `${PROXY.host}`),
      { path: 'tls-split', status: 'not-measurable', observationIds: [] },
    ],
    t4: [
      stunChain(run, 't4', 'direct', 'stun2.example.net:3478', USER_PUBLIC_IP),
      stunChain(run, 't4', 'office', 'stun2.example.net:3478', PROXY.host),
      { path: 'tls-split', status: 'not-measurable', observationIds: [] },
    ],
    t5: [
      webChain(run, 't5', 'direct', 'mitm.example', { untrusted: true }),
      webChain(run, 't5', 'office', 'mitm.example'),
      webChain(run, 't5', 'tls-split', 'mitm.example', { untrusted: true }),
    ],
    t6: paths.map((path) => {
      const chain = webChain(run, 't6', path, 'slow.example');
      chain.observationIds.push(throughput(run, 't6', path, path === 'office' ? 4_000_000 : 6_000));
      return chain;
    }),
  };
  const officeCheck = run.add('control', 'office', {
    startedAt: at(0),
    durationMs: 30,
    probe: 'tcp',
    address: '93.184.215.14',
    port: 443,
    connectMs: 30,
  });
  const report: Report = {
    schemaVersion: 2,
    app: { name: 'detour', version: '0.1.0' },
    runId: 'run-2026-11-29',
    startedAt: at(0),
    endedAt: at(9000),
    status: 'completed',
    platform: { os: 'linux', arch: 'x64', runtime: 'node 24.21.0' },
    plan: {
      entries: targets.map((t, index) => ({ input: t.input, source: `argument ${index + 1}` })),
      paths: [
        { name: 'direct', kind: 'direct' },
        { name: 'office', kind: 'proxy', protocol: 'socks5h', host: PROXY.host, port: PROXY.port, auth: true },
        { name: 'tls-split', kind: 'strategy', strategies: [{ kind: 'tls-split', at: 'sni' }] },
      ],
      options: { timeoutMs: 8000, concurrency: 64, perHostConcurrency: 4, controls: [{ url: 'https://example.com/' }] },
    },
    inputErrors: [{ source: 'argument 7', input: 'gopher://old.example/', code: 'unknown-scheme' }],
    routeChecks: [
      { path: 'office', status: 'usable', observationIds: [officeCheck] },
      {
        path: 'tls-split',
        status: 'usable',
        observationIds: [],
      },
    ],
    controlRechecks: [],
    targets: targets.map((t) => ({ target: t, outcomes: outcomes[t.id] ?? [] })),
    observations: run.observations,
  };
  const judged = classifyReport(report);
  report.targets.forEach((entry, index) => {
    const verdict = judged.verdicts[index];
    if (verdict !== undefined) entry.verdict = verdict;
  });
  report.summary = judged.summary;
  return reportSchema.parse(report);
}

/** The same report as its JSON text, as a file would hold it. */
export function sampleReportText(): string {
  return `${JSON.stringify(sampleReport(), null, 2)}\n`;
}
