import { describe, expect, test } from 'vitest';
import { classifyTarget } from '../../../../src-main/core/judge/index.ts';
import type { PathVerdict } from '../../../../src-main/shared/verdict.ts';
import { evidence, fail, probe, route, ROUTES, target } from './recorded.ts';

const SITE = '93.184.216.34';
const https = target('https://site.example/');
const page = { status: 200, title: 'Independent News of the Day', bytes: 48_000 };
/** The control route reaching the site normally (a socks5h proxy resolves names itself). */
const officeReaches = route(ROUTES.office, 'reachable', [probe.tls('site.example'), probe.http(page)]);

function on(verdicts: { paths: PathVerdict[] }, path: string): PathVerdict | undefined {
  return verdicts.paths.find((v) => v.path === path);
}

describe('a site that works', () => {
  test('is ok, matching the control, with every observation as evidence', () => {
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE),
      probe.http(page),
    ]);
    const verdict = classifyTarget(evidence(https, [direct, officeReaches]));
    expect(verdict.direct).toMatchObject({ status: 'ok', reason: 'matches-control', confidence: 'high' });
    expect(verdict.direct?.evidence).toEqual(['o1', 'o2', 'o3', 'o4']);
    expect(on(verdict, 'office')).toMatchObject({ status: 'ok', reason: 'is-control' });
    expect(verdict.restoredBy).toEqual([]);
  });

  test('without any route to compare with is ok, but only likely', () => {
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE),
      probe.http(page),
    ]);
    expect(classifyTarget(evidence(https, [direct])).direct).toMatchObject({
      status: 'ok',
      reason: 'reachable-no-control',
      confidence: 'medium',
    });
  });
});

describe('DNS', () => {
  test('NXDOMAIN where the control reaches the site is tampering', () => {
    const direct = route(ROUTES.direct, 'failed', [probe.dns([], fail('dns', 'nxdomain'))]);
    expect(classifyTarget(evidence(https, [direct, officeReaches])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-nxdomain',
      confidence: 'high',
    });
  });

  test('NXDOMAIN with nothing to compare with is inconclusive: the name may not exist', () => {
    const direct = route(ROUTES.direct, 'failed', [probe.dns([], fail('dns', 'nxdomain'))]);
    expect(classifyTarget(evidence(https, [direct])).direct).toMatchObject({ status: 'inconclusive' });
  });

  test('a private answer for a public name is tampering, naming the address', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns(['10.10.34.34']),
      probe.tcp('10.10.34.34', fail('tcp', 'timeout')),
    ]);
    expect(classifyTarget(evidence(https, [direct, officeReaches])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-bogon',
      confidence: 'high',
      params: { addresses: '10.10.34.34' },
    });
  });

  test('a private answer for localhost is no lie', () => {
    const local = target('http://printer.localhost/');
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns(['127.0.0.1'], undefined, 'printer.localhost'),
      probe.tcp('127.0.0.1'),
      probe.http({ ...page, finalUrl: 'http://printer.localhost/' }),
    ]);
    expect(classifyTarget(evidence(local, [direct])).direct?.status).toBe('ok');
  });

  test('false-positive guard: another address than DoH gave, with a valid certificate, is a CDN, not tampering', () => {
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns(['104.16.1.1']),
      probe.doh(['151.101.1.1']),
      probe.tcp('104.16.1.1'),
      probe.tls('104.16.1.1'),
      probe.http(page),
    ]);
    expect(classifyTarget(evidence(https, [direct, officeReaches])).direct).toMatchObject({
      status: 'ok',
      reason: 'dns-differs-valid-certificate',
    });
  });

  test('another address than DoH gave, serving a different page over plain HTTP, is tampering', () => {
    const plain = target('http://site.example/');
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns(['11.1.0.99']),
      probe.doh([SITE]),
      probe.tcp('11.1.0.99'),
      probe.http({ status: 200, title: 'Access restricted', bytes: 300 }),
    ]);
    const office = route(ROUTES.office, 'reachable', [probe.http(page)]);
    expect(classifyTarget(evidence(plain, [direct, office])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-wrong-address',
      confidence: 'high',
      params: { addresses: '11.1.0.99', expected: SITE },
    });
  });

  test('another address whose server fails the certificate check is tampering, not interception', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns(['11.1.0.99']),
      probe.tcp('11.1.0.99'),
      probe.tls('11.1.0.99', { failure: fail('tls', 'cert-untrusted'), issuer: 'Sinkhole CA' }),
    ]);
    const dns = route(ROUTES.dns, 'reachable', [probe.doh([SITE]), probe.tcp(SITE), probe.tls(SITE), probe.http(page)]);
    expect(classifyTarget(evidence(https, [direct, officeReaches, dns])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-wrong-address',
    });
  });

  test('two different answers racing for one query are injection', () => {
    const injected = probe.wireDns(['11.1.0.99'], [SITE]);
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns(['11.1.0.99']),
      injected,
      probe.tcp('11.1.0.99', fail('tcp', 'reset')),
    ]);
    expect(classifyTarget(evidence(https, [direct, officeReaches])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-injection',
      confidence: 'high',
    });
  });
});

describe('connections', () => {
  test('timeouts to every address are IP blocking; resets at connect are tcp-reset', () => {
    const timeout = route(ROUTES.direct, 'failed', [probe.dns([SITE]), probe.tcp(SITE, fail('tcp', 'timeout'))]);
    expect(classifyTarget(evidence(https, [timeout, officeReaches])).direct).toMatchObject({
      status: 'tcp-blocked',
      reason: 'tcp-timeout',
      confidence: 'high',
    });
    const refused = route(ROUTES.direct, 'failed', [probe.dns([SITE]), probe.tcp(SITE, fail('tcp', 'refused'))]);
    expect(classifyTarget(evidence(https, [refused, officeReaches])).direct?.status).toBe('tcp-reset');
  });

  test('false-positive guard: without any route reaching the site the same timeout is not called blocked', () => {
    const timeout = route(ROUTES.direct, 'failed', [probe.dns([SITE]), probe.tcp(SITE, fail('tcp', 'timeout'))]);
    expect(classifyTarget(evidence(https, [timeout])).direct).toMatchObject({
      status: 'inconclusive',
      reason: 'no-reference',
      params: { stage: 'tcp', failure: 'timeout' },
    });
  });

  test('a reset after the ClientHello is tls-blocked, with its timing next to the round trip', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { failure: fail('tls', 'reset', 1.5) }),
    ]);
    expect(classifyTarget(evidence(https, [direct, officeReaches])).direct).toMatchObject({
      status: 'tls-blocked',
      reason: 'tls-reset',
      params: { afterClientHelloMs: 1.5, connectRttMs: 4 },
    });
  });

  test('the same reset is SNI filtering when a decoy name passes on the same address', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { failure: fail('tls', 'reset') }),
    ]);
    const decoy = route(ROUTES.sniDecoy, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { sni: 'example.com' }),
      probe.http(page),
    ]);
    const verdict = classifyTarget(evidence(https, [direct, officeReaches, decoy]));
    expect(verdict.direct).toMatchObject({ status: 'sni-filtering', reason: 'sni-decoy-passes', confidence: 'high' });
    expect(verdict.direct?.params).toMatchObject({ provenBy: 'sni-decoy' });
    expect(verdict.restoredBy).toEqual(['office', 'sni-decoy']);
  });

  test('a split passing on another address proves nothing about the name', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { failure: fail('tls', 'reset') }),
    ]);
    const split = route(ROUTES.tlsSplit, 'reachable', [
      probe.dns(['93.184.216.35']),
      probe.tcp('93.184.216.35'),
      probe.tls('93.184.216.35'),
      probe.http(page),
    ]);
    expect(classifyTarget(evidence(https, [direct, officeReaches, split])).direct?.status).toBe('tls-blocked');
  });

  test('an untrusted certificate where the control sees a valid one is interception, naming the issuer', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE, { failure: fail('tls', 'cert-untrusted'), issuer: 'Lab Censor Interception CA' }),
      probe.http(page),
    ]);
    expect(classifyTarget(evidence(https, [direct, officeReaches])).direct).toMatchObject({
      status: 'tls-mitm',
      reason: 'cert-untrusted',
      confidence: 'high',
      params: { issuer: 'CN=Lab Censor Interception CA' },
    });
  });
});

describe('pages', () => {
  const plain = target('http://site.example/');
  const office = route(ROUTES.office, 'reachable', [probe.http(page)]);
  const directWith = (served: Parameters<typeof probe.http>[0]) =>
    route(ROUTES.direct, 'reachable', [probe.dns([SITE]), probe.tcp(SITE), probe.http(served)]);

  test('a page unlike the control’s in title and length is a block page', () => {
    const verdict = classifyTarget(
      evidence(plain, [directWith({ status: 200, title: 'Access restricted', bytes: 320 }), office]),
    );
    expect(verdict.direct).toMatchObject({ status: 'http-blockpage', reason: 'content-differs', confidence: 'medium' });
    expect(verdict.direct?.params).toMatchObject({ bodyProportion: 0.01 });
  });

  test('a shorter page with the same title is the site’s own (OONI: title or length agreeing is enough)', () => {
    const verdict = classifyTarget(
      evidence(plain, [directWith({ status: 200, title: 'Independent News, Evening', bytes: 20_000 }), office]),
    );
    expect(verdict.direct?.status).toBe('ok');
  });

  test('a known block page is recognised without a control', () => {
    const iran = route(ROUTES.direct, 'reachable', [
      probe.dns(['10.10.34.36']),
      probe.tcp('10.10.34.36'),
      probe.http({ status: 200, bytes: 400, finalUrl: 'http://peyvandha.ir/' }),
    ]);
    expect(classifyTarget(evidence(plain, [iran])).direct).toMatchObject({
      status: 'dns-tampering',
      reason: 'dns-bogon',
    });
    const redirected = directWith({ status: 200, bytes: 400, finalUrl: 'http://internetpositif.id/' });
    expect(classifyTarget(evidence(plain, [redirected])).direct).toMatchObject({
      status: 'http-blockpage',
      reason: 'blockpage-fingerprint',
      confidence: 'high',
      params: { fingerprint: 'indonesia-internet-positif' },
    });
  });

  test('false-positive guard: a page that reads like a block page but every route gets is the site’s own', () => {
    const odd = { status: 200, title: 'Доступ ограничен', bytes: 87 };
    const verdict = classifyTarget(
      evidence(plain, [directWith(odd), route(ROUTES.office, 'reachable', [probe.http(odd)])]),
    );
    expect(verdict.paths.map((v) => v.status)).toEqual(['ok', 'ok']);
    const onlyHere = classifyTarget(evidence(plain, [directWith(odd), office]));
    expect(onlyHere.direct).toMatchObject({ status: 'http-blockpage', reason: 'blockpage-fingerprint' });
  });

  test('451 Unavailable For Legal Reasons is a block page', () => {
    expect(classifyTarget(evidence(plain, [directWith({ status: 451, bytes: 100 }), office])).direct?.reason).toBe(
      'status-unavailable-legal',
    );
  });

  test('a reset after the request is http-blocked; plain HTTP tricks count as restoring it', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.http({ failure: fail('http', 'reset') }),
    ]);
    const hostcase = route(ROUTES.hostcase, 'reachable', [probe.dns([SITE]), probe.tcp(SITE), probe.http(page)]);
    const split = route(ROUTES.tlsSplit, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.http({ failure: fail('http', 'reset') }),
    ]);
    const verdict = classifyTarget(evidence(plain, [direct, office, hostcase, split]));
    expect(verdict.direct).toMatchObject({ status: 'http-blocked', reason: 'http-reset' });
    expect(verdict.restoredBy).toEqual(['office', 'http-hostcase']);
    // tls-split rewrites ClientHellos, of which plain HTTP has none: it is no answer either way.
    expect(verdict.notRestoredBy).toEqual([]);
  });

  test('headers that never end where another route gets the page are http-blocked, not unclear', () => {
    const direct = route(ROUTES.direct, 'failed', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.http({ failure: fail('http', 'http-headers-too-large') }),
    ]);
    const verdict = classifyTarget(evidence(plain, [direct, office]));
    expect(verdict.direct).toMatchObject({ status: 'http-blocked', reason: 'http-error' });
    expect(verdict.restoredBy).toEqual(['office']);
  });
});

describe('speed', () => {
  const withSpeed = (
    spec: typeof ROUTES.direct | typeof ROUTES.office,
    bytesPerSecond: number,
    lastSampleMs?: number,
  ) => route(spec, 'reachable', [probe.tls(SITE), probe.http(page), probe.throughput(bytesPerSecond, lastSampleMs)]);

  test('under a third of the control’s over four seconds is throttled', () => {
    const verdict = classifyTarget(
      evidence(https, [withSpeed(ROUTES.direct, 64_000), withSpeed(ROUTES.office, 5_000_000)]),
    );
    expect(verdict.direct).toMatchObject({ status: 'throttled', reason: 'slow-throughput', confidence: 'high' });
    expect(verdict.direct?.params).toEqual({
      kilobytesPerSecond: 64,
      controlKilobytesPerSecond: 5000,
      percentOfControl: 1.3,
    });
  });

  test('a download shorter than three seconds says nothing about throttling', () => {
    const verdict = classifyTarget(
      evidence(https, [withSpeed(ROUTES.direct, 64_000, 900), withSpeed(ROUTES.office, 5_000_000)]),
    );
    expect(verdict.direct?.status).toBe('ok');
  });

  test('false-positive guard: a slow control makes nothing look throttled', () => {
    const verdict = classifyTarget(
      evidence(https, [withSpeed(ROUTES.direct, 2_000_000), withSpeed(ROUTES.office, 150_000)]),
    );
    expect(verdict.direct?.status).toBe('ok');
    expect(verdict.paths.some((v) => v.status === 'throttled')).toBe(false);
  });

  test('a freeze after 16 KB is throttling even without a control; elsewhere it is a plain stall', () => {
    const frozen = (bytes: number) =>
      route(ROUTES.direct, 'failed', [
        probe.tls(SITE),
        probe.http({ status: 200, bytes, failure: fail('read', 'timeout') }),
      ]);
    expect(classifyTarget(evidence(https, [frozen(16_100)])).direct).toMatchObject({
      status: 'throttled',
      reason: 'stall-window',
      confidence: 'medium',
      params: { stalledAtBytes: 16_100 },
    });
    expect(classifyTarget(evidence(https, [frozen(16_100), officeReaches])).direct?.confidence).toBe('high');
    expect(classifyTarget(evidence(https, [frozen(200_000), officeReaches])).direct?.reason).toBe('stall');
  });
});

describe('calls', () => {
  const stun = target('stun:stun.example:3478');
  const silent = route(ROUTES.direct, 'failed', [probe.dns(['11.1.0.60']), probe.stun(fail('udp', 'timeout'))]);

  test('no STUN answer where a UDP-carrying proxy gets one is blocked calls', () => {
    const dante = route(ROUTES.dante, 'reachable', [probe.dns(['11.1.0.60']), probe.stun()]);
    const office = route(ROUTES.office, 'not-measurable', []);
    const verdict = classifyTarget(evidence(stun, [silent, office, dante], { control: 'office' }));
    expect(verdict.direct).toMatchObject({ status: 'udp-blocked', reason: 'udp-no-answer', confidence: 'high' });
    expect(on(verdict, 'office')).toMatchObject({ status: 'inconclusive', reason: 'not-measurable' });
    expect(verdict.restoredBy).toEqual(['dante']);
  });

  test('with nothing to compare with it is unclear; public STUN servers answering make blocking possible', () => {
    expect(classifyTarget(evidence(stun, [silent])).direct).toMatchObject({
      status: 'inconclusive',
      reason: 'no-reference',
    });
    expect(classifyTarget(evidence(stun, [silent], { stunAnswersDirect: true })).direct).toMatchObject({
      status: 'udp-blocked',
      confidence: 'low',
    });
  });
});

describe('false-positive guards', () => {
  test('a site down everywhere, the control included, is down, not blocked', () => {
    const direct = route(ROUTES.direct, 'failed', [probe.dns([SITE]), probe.tcp(SITE, fail('tcp', 'timeout'))]);
    const office = route(ROUTES.office, 'failed', [probe.tcp('site.example', fail('tcp', 'timeout'))]);
    const verdict = classifyTarget(evidence(https, [direct, office]));
    expect(verdict.direct).toMatchObject({ status: 'down', reason: 'fails-everywhere', confidence: 'high' });
    expect(on(verdict, 'office')?.status).toBe('down');
    expect(verdict.restoredBy).toEqual([]);
    expect(verdict.notRestoredBy).toEqual([]);
  });

  test('a broken proxy is path-failed and never counts against the site', () => {
    const direct = route(ROUTES.direct, 'reachable', [
      probe.dns([SITE]),
      probe.tcp(SITE),
      probe.tls(SITE),
      probe.http(page),
    ]);
    const office = route(ROUTES.office, 'path-failed', []);
    const dante = route(ROUTES.dante, 'reachable', [probe.dns([SITE]), probe.tls(SITE), probe.http(page)]);
    const verdict = classifyTarget(
      evidence(https, [direct, office, dante], { control: 'dante', failedChecks: new Set(['office']) }),
    );
    expect(on(verdict, 'office')).toMatchObject({ status: 'path-failed', reason: 'route-check-failed' });
    expect(verdict.direct).toMatchObject({ status: 'ok', reason: 'matches-control', confidence: 'high' });
  });

  test('after the neutral control failed too, local blocking verdicts are never sure', () => {
    const direct = route(ROUTES.direct, 'failed', [probe.dns([SITE]), probe.tcp(SITE, fail('tcp', 'timeout'))]);
    const verdict = classifyTarget(
      evidence(https, [direct, officeReaches], { residualSince: '2026-11-29T07:59:00.000Z' }),
    );
    expect(verdict.direct).toMatchObject({
      status: 'tcp-blocked',
      confidence: 'medium',
      params: { residualBlocking: true },
    });
    const before = classifyTarget(
      evidence(https, [direct, officeReaches], { residualSince: '2026-11-29T09:00:00.000Z' }),
    );
    expect(before.direct?.confidence).toBe('high');
  });
});
