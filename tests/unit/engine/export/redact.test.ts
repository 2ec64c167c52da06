import { describe, expect, test } from 'vitest';
import { assertNoCredentials, redactReport } from '../../../../src-main/engine/export/redact.ts';
import { reportSchema, type Report } from '../../../../src-main/shared/report.ts';
import { PROXY, sampleReport, USER_PUBLIC_IP } from './sample-report.ts';

function text(report: Report): string {
  return JSON.stringify(report);
}

describe('redactReport', () => {
  test('with nothing to omit, the report is unchanged and still valid', () => {
    const report = sampleReport();
    const redacted = redactReport(report, { omit: [] });
    expect(redacted).toEqual(report);
    expect(reportSchema.safeParse(redacted).success).toBe(true);
  });

  test('public-ip: STUN mapped addresses, address-echo headers and every other mention of the address go', () => {
    const report = sampleReport();
    expect(text(report)).toContain(USER_PUBLIC_IP);
    const redacted = redactReport(report, { omit: ['public-ip'] });
    expect(text(redacted)).not.toContain(USER_PUBLIC_IP);
    expect(redacted.observations.filter((o) => o.probe === 'stun' && o.mappedAddress !== undefined)).toEqual([]);
    const http = redacted.observations.filter((o) => o.probe === 'http');
    expect(http.some((o) => 'x-forwarded-for' in o.headers)).toBe(false);
    expect(http.map((o) => o.body?.title)).toContain('Your address is ***');
    expect(reportSchema.safeParse(redacted).success).toBe(true);
  });

  test('public-ip is pure: the report given keeps everything', () => {
    const report = sampleReport();
    const before = structuredClone(report);
    redactReport(report, { omit: ['public-ip', 'proxy-hosts', 'network'] });
    expect(report).toEqual(before);
  });

  test('public-ip: a private or loopback mapped address is removed from its field but not hunted in text', () => {
    const report = sampleReport();
    for (const o of report.observations)
      if (o.probe === 'stun' && o.mappedAddress) o.mappedAddress.address = '127.0.0.1';
    report.targets[0]!.target.input = 'https://127.0.0.1:8443/';
    const redacted = redactReport(report, { omit: ['public-ip'] });
    expect(redacted.targets[0]?.target.input).toBe('https://127.0.0.1:8443/');
    expect(redacted.observations.some((o) => o.probe === 'stun' && o.mappedAddress !== undefined)).toBe(false);
  });

  test('public-ip: a bind route’s local address goes too, but not an address that merely starts the same', () => {
    const report = sampleReport();
    report.plan.paths.push({ name: 'vpn', kind: 'bind', localAddress: '81.17.22.3' });
    report.observations[0]!.startedAt = `note 81.17.22.30 and 181.17.22.3 and 81.17.22.3.`;
    const redacted = redactReport(report, { omit: ['public-ip'] });
    expect(redacted.plan.paths.find((p) => p.name === 'vpn')).toEqual({
      name: 'vpn',
      kind: 'bind',
      localAddress: '***',
    });
    expect(redacted.observations[0]?.startedAt).toBe('note 81.17.22.30 and 181.17.22.3 and ***.');
  });

  test('proxy-hosts: hosts become "proxy 1", "proxy 2"…, host:port disappears from every text', () => {
    const report = sampleReport();
    report.plan.paths.push({
      name: 'home',
      kind: 'proxy',
      protocol: 'http',
      host: 'my-proxy.example.net',
      port: 3128,
      auth: false,
    });
    report.routeChecks.push({
      path: 'home',
      status: 'failed',
      failure: {
        stage: 'tcp',
        class: 'proxy-unreachable',
        detail: 'cannot reach the http proxy at my-proxy.example.net:3128 (ECONNREFUSED)',
      },
      observationIds: [],
    });
    report.routeChecks[0]!.failure = {
      stage: 'tcp',
      class: 'proxy-protocol',
      detail: `the socks5h proxy at ${PROXY.host}:${PROXY.port} did not answer (connect ${PROXY.host}:${PROXY.port})`,
    };
    const redacted = redactReport(report, { omit: ['proxy-hosts'], proxyLabel: (n) => `proksi ${n}` });
    const proxies = redacted.plan.paths.filter((p) => p.kind === 'proxy');
    expect(proxies.map((p) => p.host)).toEqual(['proksi 1', 'proksi 2']);
    expect(text(redacted)).not.toContain(`${PROXY.host}:${PROXY.port}`);
    expect(text(redacted)).not.toContain('my-proxy.example.net');
    expect(redacted.routeChecks.map((c) => c.failure?.detail)).toEqual([
      'the socks5h proxy at proksi 1 did not answer (connect proksi 1)',
      undefined,
      'cannot reach the http proxy at proksi 2 (ECONNREFUSED)',
    ]);
    // The proxy's address as a bare IP may also be a site's: it stays where it is not host:port.
    expect(text(redacted)).toContain(`"address":"${PROXY.host}"`);
  });

  test('network: the network’s own name, where a report carries one, goes', () => {
    const report = { ...sampleReport(), network: { label: 'Cafe Wi-Fi' } } as Report;
    expect(text(redactReport(report, { omit: [] }))).toContain('Cafe Wi-Fi');
    expect(text(redactReport(report, { omit: ['network'] }))).not.toContain('Cafe Wi-Fi');
  });

  test('credentials in any URL are removed whatever the options', () => {
    const report = sampleReport();
    report.targets[1]!.target.input = 'https://alice:s3cret@news.example/';
    report.plan.entries[1]!.input = 'https://alice:s3cret@news.example/';
    report.plan.paths.push({ name: 'dns', kind: 'doh', url: 'https://bob:pw@dns.example/dns-query?key=k3y-1' });
    report.plan.options.dohUrl = 'https://dns.example/dns-query?token=t0ken-2';
    const redacted = redactReport(report, { omit: [] });
    expect(text(redacted)).not.toMatch(/s3cret|alice|bob:pw|k3y-1|t0ken-2/);
    expect(redacted.plan.options.dohUrl).toBe('https://dns.example/dns-query?token=•••');
    expect(redacted.targets[1]?.target.input).toBe('https://***@news.example/');
  });
});

describe('credentials', () => {
  test('a report never holds one: reading strips anything but `auth` from a proxy route', () => {
    const report = sampleReport();
    const withPassword = {
      ...report,
      plan: {
        ...report.plan,
        paths: report.plan.paths.map((p) => (p.kind === 'proxy' ? { ...p, password: 'pw' } : p)),
      },
    };
    const parsed = reportSchema.parse(withPassword);
    expect(parsed.plan.paths.find((p) => p.kind === 'proxy')).toEqual({
      name: 'office',
      kind: 'proxy',
      protocol: 'socks5h',
      host: PROXY.host,
      port: PROXY.port,
      auth: true,
    });
    expect(() => assertNoCredentials(parsed)).not.toThrow();
  });

  test('a report built in memory with a password in a route is refused outright', () => {
    const report = sampleReport();
    const office = report.plan.paths.find((p) => p.kind === 'proxy');
    Object.assign(office ?? {}, { username: 'u', password: 'pw' });
    expect(() => redactReport(report, { omit: [] })).toThrow(/office.*username, password.*never holds credentials/);
  });
});
