import { expect, test } from 'vitest';
import { directDialer } from '../../src-main/engine/paths/direct.ts';
import { probeSystemDns } from '../../src-main/engine/probes/dns-system.ts';
import { dnsSystemObservationSchema } from '../../src-main/shared/observation.ts';

/**
 * The system resolver can only be tested with names it answers on this machine:
 * the resolver in /etc/resolv.conf may be off the box, and tests send nothing there.
 * So: `localhost` (the hosts file, RFC 6761 §6.3) and IP literals (getaddrinfo
 * returns them as they are). No NXDOMAIN test: even `.invalid` would be asked upstream.
 */

async function probe(name: string, signal = new AbortController().signal) {
  const result = await probeSystemDns(name, { dialer: directDialer(), signal, timeoutMs: 5000 });
  dnsSystemObservationSchema.parse({ ...result, id: 'o1', targetId: 't1', path: 'direct' });
  return result;
}

test('localhost resolves to loopback, flagged as bogon (a fact, not a verdict)', async () => {
  const result = await probe('localhost');
  expect(result.failure).toBeUndefined();
  expect(result.name).toBe('localhost');
  expect(result.addresses).toContainEqual({ address: '127.0.0.1', family: 4, bogon: true });
  expect(result.addresses.every((address) => address.bogon)).toBe(true);
  expect(result.durationMs).toBeGreaterThanOrEqual(0);
});

test.each([
  ['93.184.215.14', 4, false],
  ['10.10.34.35', 4, true],
  ['::1', 6, true],
  ['2606:4700:4700::1111', 6, false],
] as const)('the IP literal %s comes back as itself', async (address, family, bogon) => {
  const result = await probe(address);
  expect(result.failure).toBeUndefined();
  expect(result.addresses).toEqual([{ address, family, bogon }]);
});

test('a run already cancelled returns at once without asking', async () => {
  const run = new AbortController();
  run.abort();
  const result = await probe('localhost', run.signal);
  expect(result.failure).toMatchObject({ stage: 'dns', class: 'cancelled' });
  expect(result.addresses).toEqual([]);
  expect(result.durationMs).toBeLessThan(50);
});

test('cancelling while getaddrinfo runs returns without waiting for it', async () => {
  const run = new AbortController();
  // getaddrinfo answers on libuv's thread pool, so never before this synchronous abort.
  const probing = probe('localhost', run.signal);
  run.abort();
  const result = await probing;
  expect(result.failure).toMatchObject({ stage: 'dns', class: 'cancelled' });
  expect(result.addresses).toEqual([]);
});
