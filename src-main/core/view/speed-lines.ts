import type { SpeedSeries } from '../../shared/speed-series.ts';
import type { SpeedLine, SpeedPattern, SpeedPatternRequest } from '../../shared/ipc/pattern.ts';
import { WEEK_OF_HOURS } from '../../shared/time-pattern.ts';
import { judgeTimePattern, SLEEP_TOLERANCE_MS } from '../judge/time-pattern.ts';

/**
 * The app's `speedPattern` answer: the series judged over the hours of the week in
 * the viewer's local time (the defaults of the CLI's `history pattern`), and the
 * lines the timeline chart draws.
 */
export function speedPatternOf(series: SpeedSeries, request: SpeedPatternRequest): SpeedPattern {
  const only = seriesOfSite(series, request.site);
  const grid = { ...WEEK_OF_HOURS, utcOffsetMinutes: request.utcOffsetMinutes ?? 0 };
  return { pattern: judgeTimePattern(only, { grid }), lines: speedLines(only) };
}

/**
 * The speed series cut into lines for the timeline chart: one per site (or control)
 * and route, oldest first. Runs the machine slept through are left out, as the judge
 * leaves them out: their speeds say nothing about the network.
 */
export function speedLines(series: SpeedSeries): SpeedLine[] {
  const lines = new Map<string, SpeedLine>();
  for (const run of series.runs) {
    if ((run.sleptMs ?? 0) > SLEEP_TOLERANCE_MS) continue;
    for (const sample of run.samples) {
      if (sample.bytesPerSecond === undefined) continue;
      const key = JSON.stringify([sample.site, sample.route, sample.control]);
      const line = lines.get(key) ?? { site: sample.site, route: sample.route, control: sample.control, points: [] };
      line.points.push({ at: run.startedAt, bytesPerSecond: sample.bytesPerSecond });
      lines.set(key, line);
    }
  }
  return [...lines.values()];
}

/** The series with one site only (when asked); the controls always stay: they are the reference. */
export function seriesOfSite(series: SpeedSeries, site: string | undefined): SpeedSeries {
  if (site === undefined) return series;
  return {
    runs: series.runs.map((run) => ({ ...run, samples: run.samples.filter((s) => s.control || s.site === site) })),
  };
}
