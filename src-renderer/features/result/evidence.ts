import type { Observation, ProbeName } from '../../../src-main/shared/observation.ts';

/** The order of a measurement: the name, the connection, the handshake, the page, then the extras. */
const PROBE_ORDER: readonly ProbeName[] = [
  'dns-system',
  'dns-udp',
  'dns-tcp',
  'doh',
  'tcp',
  'tls',
  'http',
  'throughput',
  'stun',
];

/** One cell's observations as a timeline: DNS → TCP → TLS → HTTP, each step by its start. */
export function timeline(observations: readonly Observation[]): Observation[] {
  return [...observations].sort(
    (a, b) => PROBE_ORDER.indexOf(a.probe) - PROBE_ORDER.indexOf(b.probe) || a.startedAt.localeCompare(b.startedAt),
  );
}
