import { afterEach, describe, expect, test } from 'vitest';
import { encodeBindingRequest, newTransactionId } from '../../src-main/engine/probes/stun-message.ts';
import { applyCensor } from './netns/censor.ts';
import { CAPTIVE_PORTAL, CONNECTIVITY_CHECK_PATH, LINKS, SERVICES, siteByKey } from './netns/inventory.ts';
import { labSupport, startLab } from './netns/lab.ts';
import type { Lab } from './netns/lab-types.ts';
import { runManyInLab } from './netns/lab-scripts.ts';

/**
 * The lab's conditions that are not censorship but look like it to a careless
 * diagnosis, each in a lab of its own, seen with real traffic from inside the lab:
 * the client offline, a captive portal in the way, a site down for everyone, and one
 * proxy unable to reach some sites.
 */

const support = labSupport();
if (!support.ok) console.warn(`Skipping the censorship lab's conditions: ${support.reason}`);

/** Each test starts a lab of its own, which on a busy machine takes most of the lab project's default 20 s. */
const LAB_TEST_TIMEOUT_MS = 60_000;

const labs: Lab[] = [];
afterEach(async () => {
  await Promise.all(labs.splice(0).map((lab) => lab.stop()));
});

async function newLab(): Promise<Lab> {
  const lab = await startLab();
  labs.push(lab);
  return lab;
}

const news = siteByKey('news');
const radio = siteByKey('radio');
const tv = siteByKey('tv');
const stunQuery = (): string => encodeBindingRequest(newTransactionId()).toString('hex');
const stun = [SERVICES.stun.address, String(SERVICES.stun.port)];
const PROXIES = {
  microsocks: `socks5h://${SERVICES.microsocks.address}:${SERVICES.microsocks.port}`,
  danted: `socks5h://${SERVICES.dante.address}:${SERVICES.dante.port}`,
  tinyproxy: `http://${SERVICES.tinyproxy.address}:${SERVICES.tinyproxy.port}`,
};

describe.skipIf(!support.ok)('conditions that are not censorship', { timeout: LAB_TEST_TIMEOUT_MS }, () => {
  test('offline: every DNS query, connection and datagram from the client fails at once, for want of a route', async () => {
    const lab = await newLab();
    await applyCensor(lab, [{ kind: 'offline' }]);
    const seen = await runManyInLab(lab, 'censor-client.ts', [
      ['lookup', 'news.lab'],
      ['get', `https://${news.address}/`, '3000'],
      ['get', `http://${news.address}/`, '3000'],
      ['exchange', 'udp', LINKS.routerClientSide, '53', '00', '1', '3000'],
      ['exchange', 'udp', ...stun, stunQuery(), '1', '3000'],
      ['exchange', 'tcp', SERVICES.resolver, '53', '00', '1', '3000'],
    ]);
    // Errors, not the deadline: nothing waited for an answer. getaddrinfo says "try again" (EAI_AGAIN)
    // when it could reach no resolver.
    expect(seen).toEqual([
      { error: 'EAI_AGAIN' },
      expect.objectContaining({ bytes: 0, error: 'ENETUNREACH' }),
      expect.objectContaining({ bytes: 0, error: 'ENETUNREACH' }),
      { replies: [], error: 'ENETUNREACH' },
      { replies: [], error: 'ENETUNREACH' },
      { replies: [], error: 'ENETUNREACH' },
    ]);
    // Node's own resolver (c-ares), as the engine's DNS probes use, cannot send either.
    expect(await runManyInLab(lab, 'lab-client.ts', [['dns', LINKS.routerClientSide, 'news.lab', 'A']])).toEqual([
      { error: 'ECONNREFUSED' },
    ]);
  });

  test('a captive portal: plain HTTP to anywhere is sent to the login page, DNS answers, nothing else passes', async () => {
    const lab = await newLab();
    await applyCensor(lab, [{ kind: 'captive-portal', mode: 'drop', window: 'always' }]);
    const login = (asked: string): string => `${CAPTIVE_PORTAL.url}?continue=${encodeURIComponent(asked)}`;
    const checkUrl = `http://control.lab${CONNECTIVITY_CHECK_PATH}`;
    const seen = await runManyInLab(lab, 'censor-client.ts', [
      ['get', 'http://news.lab/some/page', '3000'],
      ['get', checkUrl, '3000'],
      ['get', CAPTIVE_PORTAL.url, '3000'],
      ['lookup', 'news.lab'],
      ['get', 'https://news.lab/', '1000'],
      ['get', `http://${SERVICES.tinyproxy.address}:${SERVICES.tinyproxy.port}/`, '1000'],
      ['exchange', 'udp', ...stun, stunQuery(), '1', '1000'],
    ]);
    expect(seen).toEqual([
      expect.objectContaining({ status: 302, location: login('http://news.lab/some/page') }),
      // The connectivity check gets no 204: that is how a system notices the portal.
      expect.objectContaining({ status: 302, location: login(checkUrl) }),
      expect.objectContaining({ status: 200, title: CAPTIVE_PORTAL.title }),
      { addresses: [news.address] },
      expect.objectContaining({ bytes: 0, error: 'deadline' }),
      expect.objectContaining({ bytes: 0, error: 'deadline' }),
      { replies: [] },
    ]);
  });

  test('a site down for everyone, and a proxy that cannot reach one site while the others and the client can', async () => {
    const lab = await newLab();
    const { microsocks, tinyproxy } = SERVICES;
    await applyCensor(lab, [
      { kind: 'site-down', addresses: [radio.address], mode: 'reject' },
      { kind: 'site-down', addresses: [tv.address], mode: 'drop' },
      { kind: 'upstream-block', from: tinyproxy.address, addresses: [news.address], mode: 'reject' },
      { kind: 'upstream-block', from: microsocks.address, addresses: [news.address], mode: 'reject' },
    ]);
    const [direct, proxied] = await Promise.all([
      runManyInLab(lab, 'censor-client.ts', [
        ['get', 'https://radio.lab/', '3000'],
        ['get', 'https://tv.lab/', '1000'],
        ['get', 'https://news.lab/', '3000'],
      ]),
      runManyInLab(lab, 'lab-client.ts', [
        ['fetch', 'https://radio.lab/', PROXIES.danted],
        ['fetch', 'http://radio.lab/', PROXIES.tinyproxy],
        ['fetch', 'https://news.lab/', PROXIES.tinyproxy],
        ['fetch', 'https://news.lab/', PROXIES.microsocks],
        ['fetch', 'https://news.lab/', PROXIES.danted],
      ]),
    ]);
    expect(direct).toEqual([
      expect.objectContaining({ bytes: 0, error: 'ECONNREFUSED' }),
      expect.objectContaining({ bytes: 0, error: 'deadline' }),
      expect.objectContaining({ status: 200, title: news.title }),
    ]);
    // A refused connection upstream: SOCKS5 reply 5 (RFC 1928 §6), and tinyproxy's own "500 Unable to connect".
    expect(proxied).toEqual([
      { thrown: expect.stringMatching(/Socks5 proxy rejected connection - ConnectionRefused/) as unknown },
      { thrown: 'the proxy answered CONNECT with 500' },
      { thrown: 'the proxy answered CONNECT with 500' },
      { thrown: expect.stringMatching(/Socks5 proxy rejected connection - ConnectionRefused/) as unknown },
      expect.objectContaining({ status: 200, title: news.title }),
    ]);
  });
});
