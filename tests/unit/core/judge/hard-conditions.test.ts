import { describe, expect, test } from 'vitest';
import { classifyTarget, retestsFor } from '../../../../src-main/core/judge/index.ts';
import type { PathVerdict } from '../../../../src-main/shared/verdict.ts';
import { evidence, fail, probe, route, ROUTES, target } from './recorded.ts';

/**
 * The conditions people actually live in (the Truthful issue): offline moments, no
 * working control, congested links, sites that refuse a region, names that exist
 * nowhere, ghost answers, redirects and proxies reporting upstream errors. Each case
 * is recorded observations; most are false-positive guards.
 */

const SITE = '93.184.216.34';
const https = target('https://site.example/');
const plainUrl = 'http://site.example/';
const plain = target(plainUrl);
const page = { status: 200, title: 'Independent News of the Day', bytes: 48_000 };
const officeReaches = route(ROUTES.office, 'reachable', [probe.tls('site.example'), probe.http(page)]);

function on(verdicts: { paths: PathVerdict[] }, path: string): PathVerdict | undefined {
  return verdicts.paths.find((v) => v.path === path);
}

describe('an offline network, or one behind a login page', () => {
  const cutOff = [
    route(ROUTES.direct, 'failed', [probe.dns([], fail('dns', 'servfail'))]),
    route(ROUTES.office, 'failed', [probe.tcp('site.example', fail('tcp', 'proxy-upstream'))]),
  ];

  test.each(['offline', 'captive'] as const)('%s: nothing that failed is blocked or down', (network) => {
    const verdict = classifyTarget(evidence(https, cutOff, { network }));
    expect(verdict.paths.map((v) => [v.status, v.reason])).toEqual([
      ['inconclusive', network === 'offline' ? 'offline' : 'captive-portal'],
      ['inconclusive', network === 'offline' ? 'offline' : 'captive-portal'],
    ]);
    expect(verdict.restoredBy).toEqual([]);
  });

  test('a bogus answer from a portal’s DNS is not called tampering', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns(['10.0.0.1']),
      probe.tcp('10.0.0.1', fail('tcp', 'reset')),
    ]);
    expect(classifyTarget(evidence(https, [direct], { network: 'captive' })).direct?.status).toBe('inconclusive');
  });
});

describe('a site that could be down', () => {
  test('a timeout with no route reaching the site is not blocking, whatever the stage', () => {
    for (const failed of [
      [probe.dns([SITE]), probe.tcp(SITE, fail('tcp', 'refused'))],
      [probe.dns([SITE]), probe.tcp(SITE), probe.tls(SITE, { failure: fail('tls', 'timeout') })],
    ]) {
      expect(classifyTarget(evidence(https, [route(ROUTES.direct, 'failed', failed)])).direct).toMatchObject({
        status: 'inconclusive',
        reason: 'no-reference',
      });
    }
  });

  test('the same self-signed certificate on every route is the site’s own, not an interception', () => {
    const own = { failure: fail('tls', 'cert-untrusted'), issuer: 'CN=selfsigned.example', fingerprint: '11:22' };
    const direct = route(ROUTES.direct, 'failed', [probe.dns([SITE]), probe.tcp(SITE), probe.tls(SITE, own)]);
    const office = route(ROUTES.office, 'failed', [probe.tls('site.example', own)]);
    const verdict = classifyTarget(evidence(https, [direct, office]));
    expect(verdict.direct).toMatchObject({ status: 'down', reason: 'site-certificate-invalid' });
    expect(on(verdict, 'office')?.status).toBe('down');
  });

  test('an untrusted certificate with nothing to compare is unclear, with a warning, never “intercepted”', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { failure: fail('tls', 'cert-untrusted'), issuer: 'Someone CA' }),
    ]);
    expect(classifyTarget(evidence(https, [direct])).direct).toMatchObject({
      status: 'inconclusive',
      reason: 'certificate-unverified',
      params: { issuer: 'CN=Someone CA' },
    });
  });

  test('a proxy’s own “could not get there” answer is the site failing through that route, not a broken route', () => {
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE),
      probe.http(page),
    ]);
    const web = route(ROUTES.dante, 'failed', [probe.tcp('site.example', fail('tcp', 'proxy-upstream'))]);
    const verdict = classifyTarget(evidence(https, [direct, officeReaches, web]));
    expect(on(verdict, 'dante')).toMatchObject({ status: 'inconclusive', reason: 'upstream-failure' });
    expect(verdict.direct?.status).toBe('ok');
  });
});

describe('names that exist nowhere, and ghosts', () => {
  test('NXDOMAIN here, in encrypted DNS and through the proxy is down: the name does not exist', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([], fail('dns', 'nxdomain')),
      probe.doh([], { rcode: 'NXDOMAIN' }),
    ]);
    const office = route(ROUTES.office, 'failed', [probe.tcp('site.example', fail('tcp', 'proxy-upstream'))]);
    expect(classifyTarget(evidence(https, [direct, office])).direct).toMatchObject({
      status: 'down',
      reason: 'name-not-found',
    });
  });

  test('NXDOMAIN here and in encrypted DNS, with no other route, is down too; a CNAME leading nowhere as well', () => {
    for (const doh of [probe.doh([], { rcode: 'NXDOMAIN' }), probe.doh([], { cname: 'nowhere.example' })]) {
      const direct = route(ROUTES.direct, 'failed', [probe.dns([], fail('dns', 'no-answer')), doh]);
      expect(classifyTarget(evidence(https, [direct])).direct).toMatchObject({
        status: 'down',
        reason: 'name-not-found',
      });
    }
  });

  test('an address for a name encrypted DNS says does not exist is a ghost; a strategy showing the same page vouches for nothing', () => {
    const blockPage = { status: 200, title: 'Blocked', bytes: 900, url: 'http://site.example/' };
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns(['11.1.0.99']),
      probe.doh([], { rcode: 'NXDOMAIN' }),
      probe.tcp('11.1.0.99'),
      probe.http(blockPage),
    ]);
    const hostcase = route(ROUTES.hostcase, 'reachable', [
      probe.dns(['11.1.0.99']),
      probe.tcp('11.1.0.99'),
      probe.http(blockPage),
    ]);
    const office = route(ROUTES.office, 'failed', [probe.tcp('site.example', fail('tcp', 'proxy-upstream'))]);
    const verdict = classifyTarget(evidence(plain, [direct, office, hostcase]));
    expect(verdict.direct).toMatchObject({ status: 'dns-tampering', reason: 'dns-ghost', confidence: 'high' });
    expect(verdict.restoredBy).toEqual([]);
  });

  test('a ghost over HTTPS, where the invented address resets, is tampering too', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns(['11.1.0.98']),
      probe.doh([], { rcode: 'NXDOMAIN' }),
      probe.tcp('11.1.0.98', fail('tcp', 'refused')),
    ]);
    expect(classifyTarget(evidence(https, [direct])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-ghost',
    });
  });
});

describe('redirects', () => {
  test('a redirect to a host the network’s DNS refuses is tampering at that hop, restored by the routes that fetched it', () => {
    const short = target('http://short.example/c');
    const shortUrl = 'http://short.example/c';
    const hop = { url: 'http://short.example/c', status: 302, location: 'http://news.example/' };
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE], undefined, 'short.example'),
      probe.tcp(SITE),
      probe.dns([], fail('dns', 'nxdomain'), 'news.example'),
      probe.http({
        url: shortUrl,
        finalUrl: 'http://news.example/',
        redirects: [hop],
        failure: fail('dns', 'nxdomain'),
      }),
    ]);
    const office = route(ROUTES.office, 'reachable', [
      probe.http({ ...page, url: shortUrl, finalUrl: 'http://news.example/', redirects: [hop] }),
    ]);
    const verdict = classifyTarget(evidence(short, [direct, office]));
    expect(verdict.direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-nxdomain',
      params: { hop: 'news.example' },
    });
    expect(verdict.restoredBy).toEqual(['office']);
  });
});

describe('a site that refuses this network', () => {
  const refusal = (status: number, extra: { title?: string; headers?: Record<string, string> } = {}) =>
    route(ROUTES.direct, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE),
      probe.http({
        status,
        title: extra.title ?? 'Verify you are human',
        bytes: 2_000,
        ...(extra.headers ? { headers: extra.headers } : {}),
      }),
    ]);

  test('an error page over HTTPS behind the same certificate as the control’s is the site refusing, restored by the proxy', () => {
    const verdict = classifyTarget(evidence(https, [refusal(503), officeReaches]));
    expect(verdict.direct).toMatchObject({ status: 'site-refuses', reason: 'site-status-differs', confidence: 'high' });
    expect(verdict.restoredBy).toEqual(['office']);
  });

  test('a known bot wall is recognised by itself, and 451 from the site itself is its refusal', () => {
    const wall = refusal(403, { headers: { 'cf-mitigated': 'challenge' } });
    expect(classifyTarget(evidence(https, [wall])).direct).toMatchObject({
      status: 'site-refuses',
      reason: 'site-bot-wall',
      params: { wall: 'cloudflare-challenge' },
    });
    expect(classifyTarget(evidence(https, [refusal(451), officeReaches])).direct?.reason).toBe('site-legal-451');
  });

  test('another page from the site itself, behind its valid certificate, is its regional version', () => {
    const other = refusal(200, { title: 'Welcome, visitor from abroad' });
    expect(classifyTarget(evidence(https, [other, officeReaches])).direct).toMatchObject({
      status: 'ok',
      reason: 'site-content-differs',
    });
  });

  test('over plain HTTP the same refusal cannot be told from a block, and says so', () => {
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.http({ status: 503, title: 'Verify you are human', bytes: 2_000, url: plainUrl }),
    ]);
    const office = route(ROUTES.office, 'reachable', [probe.http({ ...page, url: plainUrl })]);
    expect(classifyTarget(evidence(plain, [direct, office])).direct).toMatchObject({
      status: 'inconclusive',
      reason: 'refused-or-blocked-unencrypted',
    });
  });
});

describe('congested links', () => {
  const split = route(ROUTES.tlsSplit, 'reachable', [
    probe.dns([SITE]),
    probe.tcp(SITE),
    probe.tls(SITE),
    probe.http(page),
  ]);

  test('a handshake timing out on a connection far slower to open than usual is a jam, not SNI filtering', () => {
    const jammed = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE, undefined, 2100),
      probe.tls(SITE, { failure: fail('tls', 'timeout'), connectMs: 2050 }),
    ]);
    const verdict = classifyTarget(
      evidence(https, [jammed, split, officeReaches], { baselineConnectMs: new Map([['direct', 6]]) }),
    );
    expect(verdict.direct).toMatchObject({ status: 'inconclusive', reason: 'congestion', params: { baselineMs: 6 } });
  });

  test('a timeout a split fixes is SNI filtering only once a re-test confirms both', () => {
    const timedOut = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { failure: fail('tls', 'timeout') }),
    ]);
    const once = evidence(https, [timedOut, split, officeReaches]);
    expect(retestsFor(once).map((r) => [r.path, r.of.id])).toEqual([
      ['direct', 'o3'],
      ['tls-split', 'o6'],
    ]);
    expect(classifyTarget(once).direct?.status).toBe('tls-blocked');

    const again = (failure?: ReturnType<typeof fail>) => ({ ...probe.tls(SITE, failure ? { failure } : {}) });
    const confirmed = evidence(https, [
      route(ROUTES.direct, 'failed', [...timedOut.observations, { ...again(fail('tls', 'timeout')), retestOf: 'o3' }]),
      route(ROUTES.tlsSplit, 'reachable', [...split.observations, { ...again(), retestOf: 'o7' }]),
      officeReaches,
    ]);
    expect(classifyTarget(confirmed).direct).toMatchObject({ status: 'sni-filtering', reason: 'split-passes' });
  });
});
