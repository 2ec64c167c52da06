import type { PathOutcome } from '../shared/events.ts';
import type { Failure, FailureClass, Stage } from '../shared/failure.ts';
import type { AnyProbeResult, Observation, ProbeName } from '../shared/observation.ts';
import type { PlanOptions } from '../shared/plan.ts';
import type { Target } from '../shared/target.ts';
import { ipFamily } from '../shared/bogon.ts';
import type { Route } from './paths/route.ts';
import type { ProbeContext } from './probes/probe-context.ts';
import { probeSystemDns } from './probes/dns-system.ts';
import { probeWireDns } from './probes/dns-wire.ts';
import { probeDoh } from './probes/doh.ts';
import { probeTcp } from './probes/tcp.ts';
import { probeTls } from './probes/tls.ts';
import { probeHttp } from './probes/http.ts';
import { probeThroughput } from './probes/throughput.ts';
import { probeStun } from './probes/stun.ts';

/** Connecting to more addresses than this tells nothing new and costs sockets. */
const MAX_ADDRESSES = 8;

const CERTIFICATE_FAILURES: ReadonlySet<FailureClass> = new Set([
  'cert-untrusted',
  'cert-name-mismatch',
  'cert-expired',
]);

const ROUTE_FAILURES: ReadonlySet<FailureClass> = new Set([
  'proxy-unreachable',
  'proxy-auth',
  'proxy-protocol',
  'proxy-refused',
]);

const STAGE_OF_PROBE: Readonly<Record<ProbeName, Stage>> = {
  'dns-system': 'dns',
  'dns-udp': 'dns',
  'dns-tcp': 'dns',
  doh: 'dns',
  tcp: 'tcp',
  tls: 'tls',
  http: 'http',
  throughput: 'read',
  stun: 'udp',
};

export interface MeasureContext {
  route: Route;
  options: PlanOptions;
  signal: AbortSignal;
  /** Numbers and publishes an observation; returns it with its id. */
  record(probe: AnyProbeResult): Observation;
  /** Publishes which step is starting, for live progress. */
  step(name: ProbeName): void;
}

/**
 * Measures one target over one path: DNS, then TCP to every address, then TLS and
 * HTTP (or STUN) on the first address that connected. Side probes (other resolvers)
 * run alongside and are recorded, but only the main chain decides the outcome.
 */
export async function measureTarget(target: Target, m: MeasureContext): Promise<PathOutcome> {
  const chain = new ChainOutcome(m.route.spec.name);
  const probeContext: ProbeContext = { dialer: m.route.dialer, signal: m.signal, timeoutMs: m.options.timeoutMs };
  const sideProbes = ipFamily(target.host) === null ? startSideDns(target.host, m, probeContext) : [];
  try {
    const addresses = await resolve(target.host, m, probeContext, chain);
    if (addresses.length === 0 || m.signal.aborted) return chain.result();
    if (target.kind === 'stun') {
      const address = addresses.find((a) => ipFamily(a) === 4) ?? addresses[0];
      if (address === undefined) return chain.result();
      m.step('stun');
      const server = `${target.host}:${target.port}`;
      chain.add(m.record(await probeStun({ server, address, port: target.port }, probeContext)));
      return chain.result();
    }
    const address = await connectAll(addresses, target.port, m, probeContext, chain);
    if (address === null || target.kind === 'tcp' || m.signal.aborted) return chain.result();
    if (target.scheme === 'https') {
      m.step('tls');
      const sni = ipFamily(target.host) === null ? target.host : null;
      const tls = m.record(await probeTls({ address, port: target.port, sni }, probeContext));
      if (!chain.add(tls) || m.signal.aborted) return chain.result();
    }
    m.step('http');
    const http = m.record(await probeHttp({ url: target.url, address }, probeContext));
    if (!chain.add(http) || m.options.throughput === undefined || m.signal.aborted) return chain.result();
    m.step('throughput');
    const { maxMs, maxBytes } = m.options.throughput;
    const throughputContext = { ...probeContext, timeoutMs: maxMs + m.options.timeoutMs };
    chain.add(m.record(await probeThroughput({ url: target.url, address, maxMs, maxBytes }, throughputContext)));
    return chain.result();
  } finally {
    for (const observation of await Promise.all(sideProbes)) chain.addSide(observation);
  }
}

/**
 * The addresses to connect to, found the route's way: the system resolver, DoH, or
 * none at all where the route resolves names itself (then the "address" is the name).
 */
async function resolve(host: string, m: MeasureContext, ctx: ProbeContext, chain: ChainOutcome): Promise<string[]> {
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
  chain: ChainOutcome,
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
function startSideDns(name: string, m: MeasureContext, ctx: ProbeContext): Promise<Observation>[] {
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

/** Connects to every address at once; returns the first that connected, in the resolver's order. */
async function connectAll(
  addresses: string[],
  port: number,
  m: MeasureContext,
  ctx: ProbeContext,
  chain: ChainOutcome,
): Promise<string | null> {
  m.step('tcp');
  const observations = await Promise.all(
    addresses.map(async (address) => m.record(await probeTcp({ address, port }, ctx))),
  );
  const connected = observations.find((o) => o.failure === undefined);
  if (connected === undefined) {
    chain.add(observations[0] as Observation);
    observations.slice(1).forEach((o) => chain.addSide(o));
    return null;
  }
  observations.forEach((o) => (o === connected ? chain.add(o) : chain.addSide(o)));
  return connected.probe === 'tcp' ? connected.address : null;
}

/** Follows the main chain: the last stage reached and the first failure. */
class ChainOutcome {
  readonly #path: string;
  readonly #ids: string[] = [];
  #reached: Stage | undefined;
  #failure: Observation['failure'];

  constructor(path: string) {
    this.#path = path;
  }

  /**
   * Adds a main-chain observation; returns whether the chain may go on. A
   * certificate problem is a failure but not a dead end: the page behind an
   * intercepting certificate (often a block page) is evidence worth fetching.
   */
  add(observation: Observation): boolean {
    this.#ids.push(observation.id);
    const failure = observation.failure;
    if (failure === undefined) {
      if (this.#failure === undefined) this.#reached = STAGE_OF_PROBE[observation.probe];
      return true;
    }
    this.#failure ??= failure;
    return CERTIFICATE_FAILURES.has(failure.class);
  }

  addSide(observation: Observation): void {
    this.#ids.push(observation.id);
  }

  result(): PathOutcome {
    return {
      path: this.#path,
      status: outcomeStatus(this.#failure, this.#reached),
      ...(this.#reached === undefined ? {} : { reachedStage: this.#reached }),
      ...(this.#failure === undefined ? {} : { failure: this.#failure }),
      observationIds: this.#ids,
    };
  }
}

/**
 * A failure of the route (its proxy) or of the run (cancel) says nothing about the
 * target, so it never becomes `failed`: being wrong about blocking is worse than silent.
 */
function outcomeStatus(failure: Failure | undefined, reached: Stage | undefined): PathOutcome['status'] {
  if (failure === undefined) return reached === undefined ? 'not-measured' : 'reachable';
  if (failure.class === 'cancelled') return 'not-measured';
  if (failure.class === 'udp-unsupported') return 'not-measurable';
  if (ROUTE_FAILURES.has(failure.class)) return 'path-failed';
  return 'failed';
}
