import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { applyCensor } from './netns/censor.ts';
import {
  BLOCK_PAGE_TITLE,
  CONNECTIVITY_CHECK_PATH,
  LINKS,
  NOWHERE,
  REFUSAL_PAGE_TITLE,
  SELF_SIGNED_ISSUER,
  SERVICES,
  SITES,
  siteByKey,
} from './netns/inventory.ts';
import { labSupport, startLab } from './netns/lab.ts';
import type { Lab, LabNode } from './netns/lab-types.ts';
import { runManyInLab } from './netns/lab-scripts.ts';

/**
 * The world's cases that are not censorship, which a diagnosis must not take for it,
 * seen from the client through an honest router (a censor without rules) and from the
 * world, where the proxies are: a second control and a connectivity check, a site's
 * own self-signed certificate, a site refusing the client's network, a redirect, names
 * that exist nowhere, and a sinkhole with nothing on 443.
 */

const support = labSupport();
if (!support.ok) console.warn(`Skipping the censorship lab's world cases: ${support.reason}`);

const PROXIES = {
  microsocks: `socks5h://${SERVICES.microsocks.address}:${SERVICES.microsocks.port}`,
  danted: `socks5h://${SERVICES.dante.address}:${SERVICES.dante.port}`,
  tinyproxy: `http://${SERVICES.tinyproxy.address}:${SERVICES.tinyproxy.port}`,
};

describe.skipIf(!support.ok)('the world’s cases that are not censorship', () => {
  let lab: Lab;
  beforeAll(async () => {
    lab = await startLab();
    // An honest router: its resolver relays every answer as the honest resolver gives it.
    await applyCensor(lab, []);
  }, 30_000);
  afterAll(async () => {
    await lab.stop();
  });

  const labClientMany = (commands: string[][], node: LabNode = 'client'): Promise<unknown[]> =>
    runManyInLab(lab, 'lab-client.ts', commands, node);
  const getMany = (urls: string[]): Promise<unknown[]> =>
    runManyInLab(
      lab,
      'censor-client.ts',
      urls.map((url) => ['get', url, '3000']),
    );

  test('two controls on their own addresses, each answering the connectivity check with 204 No Content', async () => {
    const controls = SITES.filter((site) => site.connectivityCheck === true);
    expect(controls.map((site) => site.names[0])).toEqual(['control.lab', 'control2.lab']);
    expect(new Set(controls.map((site) => site.address)).size).toBe(2);
    const checks: { url: string; expected: object }[] = controls.flatMap((site) => [
      { url: `http://${site.names[0] ?? ''}${CONNECTIVITY_CHECK_PATH}`, expected: { status: 204, bytes: 0 } },
      { url: `https://${site.names[0] ?? ''}${CONNECTIVITY_CHECK_PATH}`, expected: { status: 204, bytes: 0 } },
      { url: `https://${site.names[0] ?? ''}/`, expected: { status: 200, title: site.title } },
    ]);
    // Only where it is set: elsewhere the path is a plain 404.
    checks.push({ url: `http://news.lab${CONNECTIVITY_CHECK_PATH}`, expected: { status: 404 } });
    const answers = await getMany(checks.map(({ url }) => url));
    expect(answers).toMatchObject(checks.map(({ expected }) => expected));
  });

  test('selfsigned.lab presents its own self-signed certificate to everyone, and serves plain http', async () => {
    const { address, names, title } = siteByKey('selfsigned');
    const name = names[0] ?? '';
    const [[fromClient], [fromWorld], pages] = await Promise.all([
      labClientMany([['tls', address, name]]),
      // Where the proxies are.
      labClientMany([['tls', address, name]], 'world'),
      getMany([`https://${name}/`, `http://${name}/`]),
    ]);
    expect(fromClient).toMatchObject({
      authorized: false,
      authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      issuer: SELF_SIGNED_ISSUER,
    });
    // The very same certificate for everyone: the site's own, not an interception.
    expect(fromWorld).toEqual(fromClient);
    expect(pages).toMatchObject([{ error: 'DEPTH_ZERO_SELF_SIGNED_CERT' }, { status: 200, title }]);
  });

  test('refuser.lab answers the client with 503 and a bot wall, over its valid certificate, and the proxies with its page', async () => {
    const { address, names, title, refuses } = siteByKey('refuser');
    const name = names[0] ?? '';
    expect(refuses).toEqual([LINKS.client]);
    const urls = [`https://${name}/`, `http://${name}/`];
    const throughProxies = Object.values(PROXIES).flatMap((via) => urls.map((url) => ['fetch', url, via]));
    const [[certificate, ...proxied], direct] = await Promise.all([
      labClientMany([['tls', address, name], ...throughProxies]),
      getMany(urls),
    ]);
    expect(certificate).toMatchObject({ authorized: true, issuer: 'Detour Lab CA' });
    expect(direct).toMatchObject(urls.map(() => ({ status: 503, title: REFUSAL_PAGE_TITLE })));
    expect(proxied).toMatchObject(throughProxies.map(() => ({ status: 200, title })));
  });

  test('short.lab/c redirects to http://news.lab/ over http and https', async () => {
    const { title } = siteByKey('short');
    expect(await getMany(['http://short.lab/c', 'https://short.lab/c', 'https://short.lab/'])).toMatchObject([
      { status: 302, location: 'http://news.lab/' },
      { status: 302, location: 'http://news.lab/' },
      { status: 200, title },
    ]);
  });

  test('a name that exists nowhere is NXDOMAIN, and a CNAME to a name without address NOERROR without one, everywhere', async () => {
    const { doh, resolver } = SERVICES;
    const dnsChecks = (server: string): [string[], object][] => [
      [['dns', server, NOWHERE.nxdomain, 'A'], { error: 'ENOTFOUND' }],
      [['dns', server, NOWHERE.nxdomain, 'AAAA'], { error: 'ENOTFOUND' }],
      // NOERROR with the CNAME alone: Node's resolver gives no address and no error.
      [['dns', server, NOWHERE.cname, 'A'], { addresses: [] }],
      [['dns', server, NOWHERE.cname, 'AAAA'], { addresses: [] }],
      [['dns', server, NOWHERE.cname, 'CNAME'], { targets: [NOWHERE.cnameTarget] }],
      [['dns', server, NOWHERE.cnameTarget, 'A'], { error: 'ENODATA' }],
    ];
    const dohChecks: [string[], object][] = ['A', 'AAAA'].flatMap((type): [string[], object][] => [
      [['doh', doh.url, NOWHERE.nxdomain, 'POST', type], { status: 200, rcode: 'NXDOMAIN', addresses: [] }],
      [
        ['doh', doh.url, NOWHERE.cname, 'GET', type],
        { status: 200, rcode: 'NOERROR', addresses: [], cnames: [NOWHERE.cnameTarget] },
      ],
    ]);
    // The client asks its resolver (the router's, relaying the honest one) and DoH; the world, where the
    // proxies are, asks the honest resolver.
    const fromClient = [...dnsChecks(LINKS.routerClientSide), ...dohChecks];
    const fromWorld = dnsChecks(resolver);
    const [clientAnswers, worldAnswers, lookups] = await Promise.all([
      labClientMany(fromClient.map(([command]) => command)),
      labClientMany(
        fromWorld.map(([command]) => command),
        'world',
      ),
      // getaddrinfo, as a browser resolves: no address either way.
      runManyInLab(lab, 'censor-client.ts', [
        ['lookup', NOWHERE.nxdomain],
        ['lookup', NOWHERE.cname],
      ]),
    ]);
    expect(clientAnswers).toEqual(fromClient.map(([, expected]) => expected));
    expect(worldAnswers).toEqual(fromWorld.map(([, expected]) => expected));
    expect(lookups).toEqual([{ error: 'ENOTFOUND' }, { error: 'ENOTFOUND' }]);
  });

  test('the proxies cannot resolve a name that exists nowhere: SOCKS failure replies, and 500 from tinyproxy', async () => {
    // SOCKS5 replies (RFC 1928 §6): microsocks 1, general failure; Dante 4, host unreachable.
    const failures = [
      [PROXIES.microsocks, /Socks5 proxy rejected connection - Failure/],
      [PROXIES.danted, /Socks5 proxy rejected connection - HostUnreachable/],
      [PROXIES.tinyproxy, /the proxy answered CONNECT with 500/],
    ] as const;
    const attempts = [NOWHERE.nxdomain, NOWHERE.cname].flatMap((name) =>
      failures.map(([via, failure]) => ({ command: ['fetch', `https://${name}/`, via], failure })),
    );
    const results = await labClientMany(attempts.map(({ command }) => command));
    expect(results).toMatchObject(
      attempts.map(({ failure }) => ({ thrown: expect.stringMatching(failure) as unknown })),
    );
  });

  test('the http-only sinkhole shows the block page on 80 and refuses connections on 443', async () => {
    const { sinkholeHttpOnly } = SERVICES;
    expect(
      await runManyInLab(lab, 'censor-client.ts', [
        ['get', `http://${sinkholeHttpOnly}/any/path`, '3000'],
        ['tls', sinkholeHttpOnly, 'ghost.lab'],
      ]),
    ).toMatchObject([{ status: 200, title: BLOCK_PAGE_TITLE }, { error: 'ECONNREFUSED' }]);
  });
});
