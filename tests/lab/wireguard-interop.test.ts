import { beforeAll, describe, expect, test } from 'vitest';
import type { WireguardAttempt } from '../../src-main/shared/tools.ts';
import { labSupport } from './netns/lab.ts';
import { executable } from './servers/debian-proxies.ts';
import { runInWireguardNamespace } from './wireguard/in-namespace.ts';

/**
 * Our WireGuard handshake against Debian's wireguard-go, the reference implementation,
 * in a network namespace of its own (wireguard-go needs a TUN device): keys made by wg,
 * a server that knows some of them, our probe directly and through dante's SOCKS5 UDP
 * ASSOCIATE, and a server under load answering with cookie replies.
 */
const support = labSupport();
const missing = ['wireguard-go', 'wg', 'danted'].filter((program) => executable(program) === undefined);
const skip = !support.ok || missing.length > 0;
if (!support.ok) console.warn(`Skipping the WireGuard interop tests: ${support.reason}`);
else if (missing.length > 0) {
  console.warn(`Skipping the WireGuard interop tests: apt-get install wireguard-go wireguard-tools dante-server`);
}

describe.skipIf(skip)('the WireGuard handshake against wireguard-go', () => {
  let cases: Record<string, WireguardAttempt>;
  beforeAll(async () => {
    cases = (await runInWireguardNamespace('interop', 90_000)) as Record<string, WireguardAttempt>;
  }, 100_000);

  test.each(['preshared key', 'no preshared key', 'through dante'])(
    '%s: a valid response to the first initiation',
    (name) => {
      expect(cases[name]).toMatchObject({ answer: 'response', initiationsSent: 1, cookie: false });
      expect(cases[name]?.failure).toBeUndefined();
      expect(cases[name]?.rttMs).toBeGreaterThan(0);
    },
  );

  test('a wrong preshared key: the server answers, and its response does not verify', () => {
    expect(cases['wrong preshared key']).toMatchObject({ answer: 'invalid-response', invalid: 'transcript' });
  });

  test.each(['wrong server key', 'unknown client key'])('%s: no answer, retried, until the deadline', (name) => {
    expect(cases[name]).toMatchObject({ answer: 'none', failure: { stage: 'udp', class: 'timeout' } });
    expect(cases[name]?.initiationsSent).toBeGreaterThanOrEqual(2);
  });

  test('under load: a cookie reply first, then a response to the initiation carrying mac2', () => {
    expect(cases['under load']).toMatchObject({ answer: 'response', cookie: true });
    expect(cases['under load']?.initiationsSent).toBeGreaterThanOrEqual(2);
  });
});
