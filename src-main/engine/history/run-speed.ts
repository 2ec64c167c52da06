import type { EngineEvent } from '../../shared/events.ts';
import type { Observation, ObservationOf } from '../../shared/observation.ts';
import type { Report } from '../../shared/report.ts';
import type { RunSpeed, SpeedSample } from '../../shared/speed-series.ts';
import { CONTROL_TARGET_ID } from '../control-checks.ts';
import { appendRunSpeeds } from './speed-file.ts';

/**
 * A run's speed samples (shared/speed-series.ts), taken from its report: per target
 * and route, the throughput probe's speed and the page's first-byte time; per neutral
 * control and route, the same from the route checks at the start of the run, which
 * measure the controls the whole way, speed test included (engine/control-checks.ts),
 * so every site has a reference measured over the same connection minutes apart.
 */
export function runSpeedOf(
  report: Report,
  sleptMs?: number,
  observations: readonly Observation[] = report.observations,
): RunSpeed {
  const byId = new Map(observations.map((o) => [o.id, o]));
  const targets = report.targets.flatMap(({ target, outcomes }) =>
    outcomes.flatMap((outcome) => {
      const observations = outcome.observationIds.flatMap((id) => byId.get(id) ?? []);
      const sample = sampleOf(target.input, outcome.path, false, observations);
      if (sample?.bytesPerSecond !== undefined) return [sample];
      // Not reached: blocking, which the run's own verdicts tell; no speed to judge.
      if (outcome.status === 'failed')
        return [{ site: target.input, route: outcome.path, control: false, failed: true }];
      return sample === null ? [] : [sample];
    }),
  );
  return {
    runId: report.runId,
    startedAt: report.startedAt,
    ...(report.endedAt === undefined ? {} : { endedAt: report.endedAt }),
    ...(sleptMs === undefined ? {} : { sleptMs: Math.round(sleptMs) }),
    samples: [...controlSamples(report, byId), ...targets],
  };
}

/** One sample per control and route, from the route checks (a recheck after failures is later in the run). */
function controlSamples(report: Report, byId: ReadonlyMap<string, Observation>): SpeedSample[] {
  const grouped = new Map<string, Observation[]>();
  const checkIds = report.routeChecks.flatMap((check) => check.observationIds);
  for (const observation of checkIds.flatMap((id) => byId.get(id) ?? [])) {
    if (observation.targetId !== CONTROL_TARGET_ID) continue;
    if (observation.probe !== 'http' && observation.probe !== 'throughput') continue;
    const key = JSON.stringify([observation.url, observation.path]);
    grouped.set(key, [...(grouped.get(key) ?? []), observation]);
  }
  return [...grouped].flatMap(([key, observations]) => {
    const [url, path] = JSON.parse(key) as [string, string];
    const sample = sampleOf(url, path, true, observations);
    return sample === null ? [] : [sample];
  });
}

function sampleOf(
  site: string,
  route: string,
  control: boolean,
  observations: readonly Observation[],
): SpeedSample | null {
  const http = observations.find((o): o is ObservationOf<'http'> => o.probe === 'http');
  // A download that stalled still has its speed until then: the deepest slow-down there is.
  const throughput = observations.find(
    (o): o is ObservationOf<'throughput'> =>
      o.probe === 'throughput' && (o.failure === undefined || o.failure.class === 'stall'),
  );
  const ttfbMs = http?.failure === undefined ? http?.headersMs : undefined;
  if (throughput === undefined && ttfbMs === undefined) return null;
  return {
    site,
    route,
    control,
    ...(throughput === undefined ? {} : { bytesPerSecond: Math.round(throughput.bytesPerSecond) }),
    ...(ttfbMs === undefined ? {} : { ttfbMs: Math.round(ttfbMs) }),
  };
}

/**
 * Adds a finished run's samples to the history's speed file, with how long the
 * machine slept during it: the time the wall clock ran past the monotonic one.
 * Best effort: a line not written is made from the report when the series is read.
 */
export async function recordRunSpeed(
  dir: string,
  report: Report,
  observations: readonly Observation[],
  clocks: { wallMs: number; monotonicMs: number },
): Promise<void> {
  const sleptMs = Math.max(0, clocks.wallMs - clocks.monotonicMs);
  try {
    await appendRunSpeeds(dir, [runSpeedOf(report, sleptMs, [...report.observations, ...observations])]);
  } catch {
    // Recomputed from the report by readSpeedSeries.
  }
}

/**
 * The observations a speed sample is made of (HTTP and throughput), kept while a run
 * is recorded: the run's report in memory holds no finished target's observations
 * (engine/run-judge.ts), and reading the written report back would cost a parse of
 * megabytes per run for a few numbers.
 */
export class SpeedObservations {
  readonly #kept: Observation[] = [];

  add(event: EngineEvent): void {
    if (event.type !== 'observation') return;
    const { observation } = event;
    if (observation.probe === 'throughput') this.#kept.push({ ...observation, samples: [] });
    else if (observation.probe === 'http') this.#kept.push({ ...observation, headers: {} });
  }

  list(): readonly Observation[] {
    return this.#kept;
  }
}
