import type { PathOutcome } from '../shared/events.ts';
import type { Failure, FailureClass, Stage } from '../shared/failure.ts';
import type { AnyProbeResult, Observation, ProbeName } from '../shared/observation.ts';
import type { PlanOptions } from '../shared/plan.ts';
import type { Target } from '../shared/target.ts';
import { ipFamily } from '../shared/bogon.ts';
import type { HostTraffic } from './host-traffic.ts';
import type { Route } from './paths/route.ts';
import type { ProbeContext } from './probes/probe-context.ts';
import { ROUTE_FAILURE_CLASSES } from '../core/judge/route-health.ts';
import { hopResolver, resolve, startSideDns, type ObservationSink } from './name-resolution.ts';
import { probeTcp } from './probes/tcp.ts';
import { probeTls } from './probes/tls.ts';
import { probeHttp } from './probes/http.ts';
import { probeThroughput } from './probes/throughput.ts';
import { probeStun } from './probes/stun.ts';

const CERTIFICATE_FAILURES: ReadonlySet<FailureClass> = new Set([
  'cert-untrusted',
  'cert-name-mismatch',
  'cert-expired',
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
  /** Keeps downloads to a host apart from handshakes to it (host-traffic.ts). */
  traffic: HostTraffic;
}

/**
 * Measures one target over one path: DNS, then TCP to every address, then TLS and
 * HTTP (or STUN) on the first address that connected. Side probes (other resolvers)
 * run alongside and are recorded, but only the main chain decides the outcome.
 * Connections and handshakes share the host with other routes; the page and the speed
 * test, which download, have it to themselves (host-traffic.ts).
 */
export async function measureTarget(target: Target, m: MeasureContext): Promise<PathOutcome> {
  const chain = new ChainOutcome(m.route.spec.name);
  const probeContext: ProbeContext = { dialer: m.route.dialer, signal: m.signal, timeoutMs: m.options.timeoutMs };
  const sideProbes = ipFamily(target.host) === null ? startSideDns(target.host, m, probeContext) : [];
  const hopContext = { ...probeContext, resolveHost: hopResolver(m, probeContext, chain, sideProbes) };
  const destination = `${target.host}:${target.port}`;
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
    const connected = m.traffic.handshake(destination, m.signal, async () => {
      const address = await connectAll(addresses, target.port, m, probeContext, chain);
      if (address === null || target.kind === 'tcp' || m.signal.aborted || target.scheme !== 'https') return address;
      m.step('tls');
      const sni = ipFamily(target.host) === null ? target.host : null;
      const tls = m.record(await probeTls({ address, port: target.port, sni }, probeContext));
      return chain.add(tls) && !m.signal.aborted ? address : null;
    });
    const address = await connected;
    if (address === null || target.kind === 'tcp' || m.signal.aborted) return chain.result();
    const http = await m.traffic.download(destination, m.signal, async () => {
      m.step('http');
      return m.record(await probeHttp({ url: target.url, address }, hopContext));
    });
    if (!chain.add(http) || m.options.throughput === undefined || m.signal.aborted) return chain.result();
    const { maxMs, maxBytes } = m.options.throughput;
    const throughputContext = { ...hopContext, timeoutMs: maxMs + m.options.timeoutMs };
    const throughput = await m.traffic.download(destination, m.signal, async () => {
      m.step('throughput');
      return m.record(await probeThroughput({ url: target.url, address, maxMs, maxBytes }, throughputContext));
    });
    chain.add(throughput);
    return chain.result();
  } catch (error) {
    // Only a wait for the host cut short by cancelling throws: the run is over.
    if (m.signal.aborted) return chain.result();
    throw error;
  } finally {
    for (const observation of await Promise.all(sideProbes)) chain.addSide(observation);
  }
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
class ChainOutcome implements ObservationSink {
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
  if (ROUTE_FAILURE_CLASSES.has(failure.class)) return 'path-failed';
  return 'failed';
}
