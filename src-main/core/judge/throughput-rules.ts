import type { Observation } from '../../shared/observation.ts';
import { firstOf, isVantage, type RouteEvidence } from './evidence.ts';
import type { Finding, Reference } from './finding.ts';

/**
 * A route is throttled when it moves less than a third of what the control moves
 * over the same download, measured for at least three seconds: a factor far outside
 * the run-to-run noise of one line, over a window long enough to leave TCP slow
 * start behind (the Verdicts issue's rule).
 */
export const THROTTLE_RATIO = 1 / 3;
export const MIN_THROTTLE_WINDOW_MS = 3000;

/**
 * A connection frozen after 10–25 KB is the signature of the censor that, from 2025,
 * froze TLS connections to foreign hosting in Russia once ≈15–20 KB had arrived,
 * without a reset (net4people/bbs#490); it is recognised as throttling even without
 * a control, as long as the control (if any) passes.
 */
export const STALL_WINDOW_BYTES = { min: 10 * 1024, max: 25 * 1024 } as const;

/**
 * Whether a reachable local route's download is far slower than the control's. Only
 * local routes cross the local censor's throttle, and only a vantage route is a fair
 * yardstick: a slow proxy is slow, not throttled, and makes nothing else look throttled.
 */
export function slowThroughput(route: RouteEvidence, reference: Reference | null): Finding | null {
  if (isVantage(route.spec) || reference?.vantage !== true) return null;
  const measured = firstOf(route, 'throughput');
  const control = reference === null ? undefined : firstOf(reference.route, 'throughput');
  if (measured === undefined || control === undefined || control.bytesPerSecond === 0) return null;
  const ratio = measured.bytesPerSecond / control.bytesPerSecond;
  if (ratio >= THROTTLE_RATIO || windowMs(measured) < MIN_THROTTLE_WINDOW_MS) return null;
  return {
    status: 'throttled',
    reason: 'slow-throughput',
    confidence: 'high',
    evidence: [measured.id, control.id],
    params: {
      kilobytesPerSecond: Math.round(measured.bytesPerSecond / 1000),
      controlKilobytesPerSecond: Math.round(control.bytesPerSecond / 1000),
      percentOfControl: Math.round(ratio * 1000) / 10,
    },
  };
}

/** How far a download got before it stopped, for a route that failed at the `read` stage. */
export function stalledAtBytes(route: RouteEvidence): { bytes: number; observation: Observation } | null {
  const throughput = firstOf(route, 'throughput');
  if (throughput?.failure !== undefined)
    return { bytes: throughput.stalledAtBytes ?? throughput.bytes, observation: throughput };
  const http = firstOf(route, 'http');
  if (http?.failure?.stage === 'read') return { bytes: http.body?.bytes ?? 0, observation: http };
  return null;
}

export function inStallWindow(bytes: number): boolean {
  return bytes >= STALL_WINDOW_BYTES.min && bytes <= STALL_WINDOW_BYTES.max;
}

/** The time a download was measured over: its last sample, else its duration. */
function windowMs(observation: Extract<Observation, { probe: 'throughput' }>): number {
  return observation.samples.at(-1)?.atMs ?? observation.durationMs;
}
