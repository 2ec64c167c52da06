import { isIP } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import type { ProbeResult } from '../../shared/observation.ts';
import type { ProbeContext } from './probe-context.ts';
import { isBogon } from '../../shared/bogon.ts';
import { abortError, roundMs, startDeadline } from '../deadline.ts';
import { failureFromError } from '../errors.ts';

/**
 * The system resolver probe: what a browser on this machine gets for `name`, through
 * getaddrinfo (hosts file, the configured resolvers, whatever the OS does), IPv4 and
 * IPv6 in the order the OS gives them. Bogon flags are facts only: `localhost`
 * legitimately resolves to loopback; verdicts are drawn later.
 */
export async function probeSystemDns(name: string, ctx: ProbeContext): Promise<ProbeResult<'dns-system'>> {
  const deadline = startDeadline(ctx.signal, ctx.timeoutMs);
  const base = { probe: 'dns-system', startedAt: deadline.startedAt, name } as const;
  try {
    const found = await systemLookup(name, deadline.signal);
    const durationMs = roundMs(deadline.elapsedMs());
    const addresses = found.map(({ address, family }) => ({
      address,
      family: family === 6 ? (6 as const) : (4 as const),
      bogon: isBogon(address),
    }));
    // getaddrinfo reports "no address" as EAI_NONAME (ENOTFOUND), so an empty list is unexpected but possible.
    if (addresses.length === 0) {
      return { ...base, durationMs, addresses, failure: { stage: 'dns', class: 'no-answer', afterMs: durationMs } };
    }
    return { ...base, durationMs, addresses };
  } catch (error) {
    const failure = failureFromError('dns', error, deadline);
    return { ...base, durationMs: roundMs(deadline.elapsedMs()), addresses: [], failure };
  } finally {
    deadline.dispose();
  }
}

/**
 * Every address getaddrinfo gives for `name`, unsorted. A lookup in progress cannot be
 * cancelled (it runs on libuv's thread pool), so the wait for it is: the promise rejects
 * as soon as `signal` fires and the late result is dropped.
 */
export async function systemLookup(name: string, signal: AbortSignal): Promise<LookupAddress[]> {
  if (signal.aborted) throw abortError(signal);
  let onAbort = (): void => undefined;
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([lookup(name, { all: true, family: 0, order: 'verbatim' }), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

/** The system resolver's first answer, as a browser would use it; an IP literal is its own answer. */
export async function firstSystemAddress(hostname: string, signal: AbortSignal): Promise<string> {
  if (isIP(hostname) !== 0) return hostname;
  const [first] = await systemLookup(hostname, signal);
  if (first === undefined) throw Object.assign(new Error(`no address for ${hostname}`), { code: 'ENODATA' });
  return first.address;
}
