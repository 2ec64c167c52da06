import type { RunSpeed, SpeedSeries } from '../../src-main/shared/speed-series.ts';

/**
 * A synthetic speed series, hourly runs over whole weeks in local time: a news site
 * slowed to a tenth of its speed on weekday evenings (18:00–23:00) while the neutral
 * control keeps its speed, and a second site steady throughout. Speeds vary a little
 * from run to run, as real downloads do, by a fixed pattern (no randomness).
 */
export const SLOWED_SITE = 'https://news.example/';
export const STEADY_SITE = 'https://steady.example/';
export const CONTROL_SITE = 'https://control.example/';

const HOUR_MS = 3_600_000;

/** Local Monday 00:00 of the week `weeksBack` weeks before the one `now` is in. */
export function mondayWeeksBefore(now: Date, weeksBack: number): Date {
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  monday.setDate(monday.getDate() - 7 * weeksBack);
  return monday;
}

/** `hours`: the hours of the day measured (default all), fewer for a smaller series. */
export function weekdayEveningSeries(start: Date, weeks: number, hours?: readonly number[]): SpeedSeries {
  const runs: RunSpeed[] = [];
  for (let hour = 0; hour < weeks * 7 * 24; hour += 1) {
    const at = new Date(start.getTime() + hour * HOUR_MS);
    if (hours !== undefined && !hours.includes(at.getHours())) continue;
    const weekday = (at.getDay() + 6) % 7 < 5;
    const evening = at.getHours() >= 18 && at.getHours() < 23;
    const jitter = 1 + ((hour * 7) % 5) / 50;
    const control = 500_000 * jitter;
    runs.push({
      runId: `run-${String(hour).padStart(4, '0')}`,
      startedAt: at.toISOString(),
      samples: [
        { site: CONTROL_SITE, route: 'direct', control: true, bytesPerSecond: control, ttfbMs: 40 },
        {
          site: SLOWED_SITE,
          route: 'direct',
          control: false,
          bytesPerSecond: (weekday && evening ? 25_000 : 250_000) * jitter,
          ttfbMs: 60,
        },
        { site: STEADY_SITE, route: 'direct', control: false, bytesPerSecond: 400_000 * jitter, ttfbMs: 50 },
      ],
    });
  }
  return { runs };
}
