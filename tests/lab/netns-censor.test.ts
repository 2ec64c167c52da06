import * as dnsPacket from 'dns-packet';
import { describe, test, type TestContext } from 'vitest';
import { encodeBindingRequest, newTransactionId } from '../../src-main/engine/probes/stun-message.ts';
import { applyCensor } from './netns/censor.ts';
import { CENSOR_CA_NAME } from './netns/censor-ca.ts';
import { BLOCK_PAGE_TITLE, BOGON_ANSWER, NOWHERE, SERVICES, siteByKey } from './netns/inventory.ts';
import { labSupport, startLab } from './netns/lab.ts';
import type { Lab } from './netns/lab-types.ts';
import { runInLab, runManyInLab } from './netns/lab-scripts.ts';

/**
 * The censor router (netns/censor.ts) in a real lab, each test in a lab of its own
 * with only the rules it checks, seen from the client as the engine would see it:
 * how connections end, what pages and certificates come back, what names resolve to.
 */

const support = labSupport();
if (!support.ok) console.warn(`Skipping the censor router's lab tests: ${support.reason}`);

const site = (key: string): { name: string; address: string; title: string } => {
  const { names, address, title } = siteByKey(key);
  return { name: names[0] ?? key, address, title };
};
const news = site('news');
const radio = site('radio');
const tv = site('tv');
const social = site('social');
const video = site('video');
const control = site('control');

/** Each test starts a lab of its own, which on a busy machine takes most of the lab project's default 20 s. */
const LAB_TEST_TIMEOUT_MS = 60_000;

/** A lab for this test alone, stopped when the test ends. */
async function newLab(context: TestContext): Promise<Lab> {
  const lab = await startLab();
  context.onTestFinished(() => lab.stop());
  return lab;
}

interface Fetched {
  status?: number;
  title?: string;
  bytes: number;
  ms: number;
  error?: string;
}

const client = (lab: Lab, args: string[]): Promise<unknown> => runInLab(lab, 'censor-client.ts', args);

const get = (lab: Lab, url: string, deadlineMs = 3000, header?: string): Promise<Fetched> =>
  client(lab, ['get', url, String(deadlineMs), ...(header === undefined ? [] : [header])]) as Promise<Fetched>;
const handshake = (lab: Lab, address: string, name: string, split?: 'records' | 'segments') =>
  client(lab, ['tls', address, name, ...(split === undefined ? [] : [split])]);

/** Sends one message and returns the replies (hex) that came, at most `count`, by the deadline. */
async function exchange(
  lab: Lab,
  transport: 'udp' | 'tcp',
  to: { address: string; port: number },
  message: Buffer,
  count = 1,
  deadlineMs = 1000,
) {
  const args = [transport, to.address, String(to.port), message.toString('hex'), String(count), String(deadlineMs)];
  return (await client(lab, ['exchange', ...args])) as { replies: string[]; error?: string };
}

function addressesIn(hex: string | undefined): string[] {
  const answers = dnsPacket.decode(Buffer.from(hex ?? '', 'hex')).answers ?? [];
  return answers.flatMap((answer) => (answer.type === 'A' ? [answer.data] : []));
}

const dnsQuery = (name: string): Buffer =>
  dnsPacket.encode({ type: 'query', id: 7, flags: dnsPacket.RECURSION_DESIRED, questions: [{ type: 'A', name }] });

// Each test has a lab of its own, so they run side by side (the lab project's maxConcurrency),
// each asserting with its own expect, as concurrent tests must.
describe.skipIf(!support.ok)('the censor router', { timeout: LAB_TEST_TIMEOUT_MS, concurrent: true }, () => {
  test('resets a ClientHello naming a site and a request with its Host header, but not split or recased ones', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    await applyCensor(lab, [
      { kind: 'tls-sni-reset', names: [news.name], window: 'always' },
      { kind: 'http-host-reset', names: [tv.name], window: 'always' },
    ]);
    expect(await handshake(lab, news.address, news.name)).toEqual({ error: 'ECONNRESET' });
    expect(await handshake(lab, control.address, control.name)).toMatchObject({ authorized: true });
    for (const split of ['records', 'segments'] as const) {
      expect(await handshake(lab, news.address, news.name, split), split).toMatchObject({ authorized: true });
    }
    expect(await get(lab, `http://${tv.name}/`)).toMatchObject({ error: 'ECONNRESET' });
    expect(await get(lab, `http://${tv.name}/`, 3000, 'Host: tV.LaB')).toMatchObject({
      status: 200,
      title: tv.title,
    });
    expect(await get(lab, `https://${tv.name}/`)).toMatchObject({ status: 200, title: tv.title });
  });

  test('blackholes and rejects addresses', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    await applyCensor(lab, [
      { kind: 'ip-blackhole', addresses: [tv.address], window: 'always' },
      { kind: 'ip-reject', addresses: [radio.address, SERVICES.stun.address], window: 'always' },
    ]);
    expect(await get(lab, `https://${tv.name}/`, 800)).toMatchObject({ bytes: 0, error: 'deadline' });
    expect(await get(lab, `https://${radio.name}/`)).toMatchObject({ bytes: 0, error: 'ECONNREFUSED' });
    // UDP is refused with ICMP port unreachable, which a connected socket reports.
    const udp = await exchange(lab, 'udp', SERVICES.stun, encodeBindingRequest(newTransactionId()));
    expect(udp).toEqual({ replies: [], error: 'ECONNREFUSED' });
    expect(await get(lab, `https://${news.name}/`)).toMatchObject({ status: 200, title: news.title });
  });

  test('answers plain HTTP with its block page and intercepts TLS with its own CA', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    await applyCensor(lab, [
      { kind: 'http-blockpage', addresses: [news.address], window: 'always' },
      { kind: 'tls-intercept', addresses: [social.address], names: [social.name], window: 'always' },
    ]);
    expect(await get(lab, `http://${news.name}/any/path`)).toMatchObject({ status: 200, title: BLOCK_PAGE_TITLE });
    expect(await get(lab, `https://${news.name}/`)).toMatchObject({ status: 200, title: news.title });
    expect(await handshake(lab, social.address, social.name)).toEqual({
      authorized: false,
      authorizationError: 'SELF_SIGNED_CERT_IN_CHAIN',
      issuer: CENSOR_CA_NAME,
    });
    expect(await get(lab, `https://${social.name}/`)).toMatchObject({ error: 'SELF_SIGNED_CERT_IN_CHAIN' });
    expect(await get(lab, `http://${social.name}/`)).toMatchObject({ status: 200, title: social.title });
  });

  test('throttles a download in one queue shared by every connection, and freezes a reply after 16 KiB', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    // By address: the client has no resolver before the censor's starts.
    const bigFile = `http://${video.address}/big.bin`;
    const bytesPerMs = (fetched: Fetched): number => fetched.bytes / fetched.ms;
    const unthrottled = await get(lab, bigFile, 1000);
    await applyCensor(lab, [
      { kind: 'throttle', addresses: [video.address], kbit: 800, window: 'always' },
      { kind: 'freeze-after', addresses: [radio.address], bytes: 16_384, window: 'always' },
    ]);
    const throttled = await get(lab, bigFile, 1000);
    expect(throttled).toMatchObject({ status: 200, error: 'deadline' });
    // 800 kbit/s is 100 bytes a millisecond; HTB lets a first burst through at full speed.
    expect(bytesPerMs(throttled)).toBeLessThan(200);
    expect(bytesPerMs(throttled)).toBeLessThan(bytesPerMs(unthrottled) / 10);
    // Two downloads at once share the rule's one queue: together no faster than the rate, where a queue
    // per connection would let each go at the full rate. HTB sends a packet on credit, and the veths
    // carry TCP in packets of up to 64 KiB (GRO): one such packet may come on top.
    const together = (await runManyInLab(lab, 'censor-client.ts', [
      ['get', bigFile, '2500'],
      ['get', bigFile, '2500'],
    ])) as Fetched[];
    expect(together).toMatchObject([{ status: 200 }, { status: 200 }]);
    const bytes = together.reduce((sum, fetched) => sum + fetched.bytes, 0);
    expect(bytes).toBeLessThanOrEqual(100 * Math.max(...together.map((fetched) => fetched.ms)) + 64 * 1024);
    const frozen = await get(lab, `http://${radio.name}/`, 1500);
    expect(frozen).toMatchObject({ status: 200, error: 'deadline' });
    expect(frozen.bytes).toBeGreaterThan(4 * 1024);
    expect(frozen.bytes).toBeLessThan(16 * 1024);
  });

  test('drops UDP to the ports given', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    const bindingRequest = encodeBindingRequest(newTransactionId());
    expect((await exchange(lab, 'udp', SERVICES.stun, bindingRequest)).replies).toHaveLength(1);
    await applyCensor(lab, [{ kind: 'udp-drop', ports: [SERVICES.stun.port], window: 'always' }]);
    expect(await exchange(lab, 'udp', SERVICES.stun, bindingRequest, 1, 800)).toEqual({ replies: [] });
    expect(await client(lab, ['lookup', control.name])).toEqual({ addresses: [control.address] });
  });

  test('applies a rule whose window is now, not one whose window is later', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    await applyCensor(lab, [
      { kind: 'tls-sni-reset', names: [news.name], window: 'now' },
      { kind: 'tls-sni-reset', names: [radio.name], window: 'later' },
    ]);
    expect(await handshake(lab, news.address, news.name)).toEqual({ error: 'ECONNRESET' });
    expect(await handshake(lab, radio.address, radio.name)).toMatchObject({ authorized: true });
  });

  test('lies about names to the system resolver and to any resolver asked, over UDP and TCP', async (context) => {
    const { expect } = context;
    const lab = await newLab(context);
    await applyCensor(lab, [
      { kind: 'dns-forge', names: [news.name] },
      { kind: 'dns-bogon', names: [radio.name] },
      { kind: 'dns-nxdomain', names: [tv.name] },
      { kind: 'dns-inject', names: [social.name] },
      // A ghost: a name that exists nowhere, given the address of a sinkhole with nothing on 443.
      { kind: 'dns-forge', names: [NOWHERE.nxdomain], address: SERVICES.sinkholeHttpOnly },
    ]);
    const names = [news, radio, tv, social, control].map(({ name }) => name);
    const [seen, overDoh] = await Promise.all([
      runManyInLab(lab, 'censor-client.ts', [
        ...[...names, NOWHERE.nxdomain].map((name) => ['lookup', name]),
        ['get', `http://${NOWHERE.nxdomain}/`, '3000'],
        ['get', `https://${NOWHERE.nxdomain}/`, '3000'],
      ]),
      runInLab(lab, 'lab-client.ts', ['doh', SERVICES.doh.url, NOWHERE.nxdomain, 'POST']),
    ]);
    expect(seen).toEqual([
      { addresses: [SERVICES.sinkhole] },
      { addresses: [BOGON_ANSWER] },
      { error: 'ENOTFOUND' },
      { addresses: [SERVICES.sinkhole] },
      { addresses: [control.address] },
      // The ghost: an address, then a block page over http and a refused connection over https,
      // where DoH says the name does not exist.
      { addresses: [SERVICES.sinkholeHttpOnly] },
      expect.objectContaining({ status: 200, title: BLOCK_PAGE_TITLE }),
      expect.objectContaining({ bytes: 0, error: 'ECONNREFUSED' }),
    ]);
    expect(overDoh).toEqual({ status: 200, rcode: 'NXDOMAIN', addresses: [] });
    // Asked directly, the honest resolver seems to answer: conntrack gives the replies its address back,
    // the injected one and the honest one after it alike (the client's socket takes no other source).
    const resolver = { address: SERVICES.resolver, port: 53 };
    const injected = await exchange(lab, 'udp', resolver, dnsQuery('SoCiAl.LaB'), 2);
    expect(injected.replies.map(addressesIn)).toEqual([[SERVICES.sinkhole], [social.address]]);
    expect(dnsPacket.decode(Buffer.from(injected.replies[0] ?? '', 'hex')).questions?.[0]?.name).toBe('SoCiAl.LaB');
    const overTcp = await exchange(lab, 'tcp', resolver, dnsQuery(news.name));
    expect(overTcp.replies.map(addressesIn)).toEqual([[SERVICES.sinkhole]]);
    const honest = await exchange(lab, 'tcp', resolver, dnsQuery(control.name));
    expect(honest.replies.map(addressesIn)).toEqual([[control.address]]);
  });
});
