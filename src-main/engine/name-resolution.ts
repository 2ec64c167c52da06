import type { Failure, FailureClass } from '../shared/failure.ts';
import type { Observation } from '../shared/observation.ts';
import { ipFamily } from '../shared/bogon.ts';
import type { HostResolver, ProbeContext } from './probes/probe-context.ts';
import { probeSystemDns } from './probes/dns-system.ts';
import { probeWireDns } from './probes/dns-wire.ts';
import { probeDoh } from './probes/doh.ts';
import type { MeasureContext } from './target-measurement.ts';

/**
 * How a measurement finds addresses: the route's own way (the system resolver, DoH,
 * or the route itself), for the target's name and for every host its redirects lead
 * to, with the comparison resolvers (`--resolver`, `--doh`) asked alongside.
 */

/** Connecting to more addresses than this tells nothing new and costs sockets. */
export const MAX_ADDRESSES = 8;

/** Where a measurement's observations go: the main chain, or beside it. */
export interface ObservationSink {
  /** Adds an observation that decides the outcome; returns whether the chain may go on. */
  add(observation: Observation): boolean;
  addSide(observation: Observation): void;
}

/**
 * The addresses to connect to, found the route's way: the system resolver, DoH, or
 * none at all where the route resolves names itself (then the "address" is the name).
 */
export async function resolve(
  host: string,
  m: MeasureContext,
  ctx: ProbeContext,
  chain: ObservationSink,
): Promise<string[]> {
  const { resolution } = m.route;
  if (ipFamily(host) !== null || resolution.via === 'route') return [host];
  if (resolution.via === 'doh') return resolveOverDoh(host, resolution.url, m, ctx, chain);
  m.step('dns-system');
  const observation = m.record(await probeSystemDns(host, ctx));
  chain.add(observation);
  if (observation.probe !== 'dns-system') return [];
  return observation.addresses.slice(0, MAX_ADDRESSES).map((entry) => entry.address);
}

/** A and AAAA over DoH at once; the name resolves when either answers with addresses. */
async function resolveOverDoh(
  host: string,
  url: string,
  m: MeasureContext,
  ctx: ProbeContext,
  chain: ObservationSink,
): Promise<string[]> {
  m.step('doh');
  const observations = await Promise.all(
    (['A', 'AAAA'] as const).map(async (qtype) => m.record(await probeDoh({ name: host, qtype, url }, ctx))),
  );
  const addresses = observations.flatMap((o) =>
    o.probe === 'doh' ? (o.answer?.records ?? []).filter((r) => r.type === o.qtype).map((r) => r.data) : [],
  );
  // Both failed: the first failure tells why; one empty answer beside a good one is no failure.
  const answered = observations.find((o) => o.failure === undefined);
  observations.forEach((o) => (o === answered || answered === undefined ? chain.add(o) : chain.addSide(o)));
  return addresses.slice(0, MAX_ADDRESSES);
}

/** Other resolvers asked alongside the system one, for comparison by the verdicts. */
export function startSideDns(name: string, m: MeasureContext, ctx: ProbeContext): Promise<Observation>[] {
  const probes: Promise<Observation>[] = [];
  const { resolver, dohUrl } = m.options;
  for (const qtype of ['A', 'AAAA'] as const) {
    if (resolver !== undefined) {
      for (const transport of ['udp', 'tcp'] as const) {
        probes.push(probeWireDns({ name, qtype, resolver, transport }, ctx).then((r) => m.record(r)));
      }
    }
    if (dohUrl !== undefined) probes.push(probeDoh({ name, qtype, url: dohUrl }, ctx).then((r) => m.record(r)));
  }
  return probes;
}

/**
 * How the route resolves the other hosts a redirect leads to: its own way, as for
 * the target, each lookup recorded beside the chain, with the same comparison
 * resolvers asked too. Each host once per measurement (the page and the speed test
 * follow the same redirects).
 */
export function hopResolver(
  m: MeasureContext,
  ctx: ProbeContext,
  chain: ObservationSink,
  sideProbes: Promise<Observation>[],
): HostResolver {
  const found = new Map<string, Promise<{ addresses: string[]; failure?: Failure }>>();
  const lookUp = async (
    host: string,
    hopContext: ProbeContext,
  ): Promise<{ addresses: string[]; failure?: Failure }> => {
    let failure: Failure | undefined;
    const beside: ObservationSink = {
      add: (o) => {
        chain.addSide(o);
        failure ??= o.failure;
        return o.failure === undefined;
      },
      addSide: (o) => chain.addSide(o),
    };
    const addresses = await resolve(host, m, hopContext, beside);
    return { addresses, ...(failure === undefined ? {} : { failure }) };
  };
  return async (host, signal) => {
    let lookup = found.get(host);
    if (lookup === undefined) {
      const hopContext = { ...ctx, signal: AbortSignal.any([ctx.signal, signal]) };
      if (ipFamily(host) === null) sideProbes.push(...startSideDns(host, m, hopContext));
      lookup = lookUp(host, hopContext);
      found.set(host, lookup);
    }
    const { addresses, failure } = await lookup;
    const [first] = addresses;
    if (first !== undefined) return first;
    // The HTTP probe then fails at its DNS stage with the class this lookup found.
    throw Object.assign(new Error(`no address for ${host}`), { code: DNS_ERROR_CODE[failure?.class ?? 'nxdomain'] });
  };
}

/** The Node error code that errors.ts maps back to each DNS failure class. */
const DNS_ERROR_CODE: Partial<Record<FailureClass, string>> = {
  nxdomain: 'ENOTFOUND',
  'no-answer': 'ENODATA',
  servfail: 'ESERVFAIL',
  'dns-refused': 'EREFUSED',
  'dns-malformed': 'EBADRESP',
  timeout: 'ETIMEDOUT',
};
