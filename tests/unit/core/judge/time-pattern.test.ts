import { describe, expect, it } from 'vitest';
import { judgeTimePattern } from '../../../../src-main/core/judge/time-pattern.ts';
import type { RunSpeed, SpeedSample } from '../../../../src-main/shared/speed-series.ts';
import { timePatternSchema } from '../../../../src-main/shared/time-pattern.ts';

/** Synthetic series: a run every 15 minutes for two weeks from Monday 2026-11-16 00:00 UTC. */
const START = Date.parse('2026-11-16T00:00:00Z');
const QUARTER = 15 * 60_000;
const RUNS = 2 * 7 * 24 * 4;
const NEWS = 'https://news.example/';
const OTHER = 'https://other.example/';
const CONTROLS = ['https://control-1.example/', 'https://control-2.example/'];

interface When {
  day: number;
  hour: number;
}
type Shape = (when: When) => number;

const normal: Shape = () => 1;
const weekdayEvenings =
  (factor: number): Shape =>
  ({ day, hour }) =>
    day < 5 && hour >= 18 && hour < 23 ? factor : 1;

/** A deterministic ±10% wobble, as downloads of a few seconds have. */
function wobble(seed: number): number {
  return 0.9 + (((seed * 2654435761) >>> 0) % 1000) / 5000;
}

function sample(site: string, control: boolean, bytesPerSecond: number): SpeedSample {
  return { site, route: 'direct', control, bytesPerSecond, ttfbMs: 80 };
}

function series(shapes: { link?: Shape; sites: Record<string, Shape> }, keep = (_at: number) => true): RunSpeed[] {
  const runs: RunSpeed[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const at = START + i * QUARTER;
    if (!keep(at)) continue;
    const date = new Date(at);
    const when = { day: (date.getUTCDay() + 6) % 7, hour: date.getUTCHours() };
    const link = (shapes.link ?? normal)(when);
    const samples = [
      ...CONTROLS.map((url, c) => sample(url, true, 2e6 * link * wobble(i * 7 + c))),
      ...Object.entries(shapes.sites).map(([site, shape], s) =>
        sample(site, false, 1e6 * link * shape(when) * wobble(i * 13 + s)),
      ),
    ];
    runs.push({ runId: `r${i}`, startedAt: date.toISOString(), samples });
  }
  return runs;
}

function siteOf(pattern: ReturnType<typeof judgeTimePattern>, site: string) {
  const found = pattern.sites.find((s) => s.site === site);
  if (found === undefined) throw new Error(`no pattern for ${site}`);
  return found;
}

describe('the time-pattern judge', () => {
  it('finds a site slowed to a tenth on weekday evenings, and nothing on the others or the connection', () => {
    const pattern = judgeTimePattern({ runs: series({ sites: { [NEWS]: weekdayEvenings(0.1), [OTHER]: normal } }) });
    expect(timePatternSchema.parse(pattern)).toEqual(pattern);
    const news = siteOf(pattern, NEWS);
    expect(news.kind).toBe('targeted');
    expect(news.windows).toHaveLength(1);
    expect(news.windows[0]).toMatchObject({
      days: [0, 1, 2, 3, 4],
      fromMinute: 18 * 60,
      toMinute: 23 * 60,
      samples: 5 * 5 * 4 * 2,
      slowSamples: 5 * 5 * 4 * 2,
      confidence: 'high',
      controls: 'normal',
    });
    expect(news.windows[0]?.relativeSpeed).toBeCloseTo(0.1, 1);
    expect(news.message).toEqual({
      key: 'pattern.site.targeted.controls-normal',
      params: { fraction: 10, slow: 200, total: 200 },
    });
    expect(news.cells[18]?.state).toBe('slowed');
    expect(news.cells[5 * 24 + 18]?.state).toBe('normal');
    expect(siteOf(pattern, OTHER)).toMatchObject({ kind: 'steady', windows: [] });
    expect(pattern.connection).toMatchObject({ kind: 'steady', busyWindows: [] });
  });

  it('calls a site slow at every hour always slow, not a time pattern', () => {
    const pattern = judgeTimePattern({ runs: series({ sites: { [NEWS]: () => 0.05, [OTHER]: normal } }) });
    expect(siteOf(pattern, NEWS)).toMatchObject({
      kind: 'always-slow',
      windows: [],
      message: { key: 'pattern.site.always-slow', params: { fraction: 50 } },
    });
    expect(siteOf(pattern, OTHER).kind).toBe('steady');
  });

  it('tells a busy connection (controls slow too) from targeted slowing', () => {
    const runs = series({ link: weekdayEvenings(0.2), sites: { [NEWS]: normal, [OTHER]: normal } });
    const pattern = judgeTimePattern({ runs });
    expect(pattern.connection.kind).toBe('busy');
    expect(pattern.connection.busyWindows).toMatchObject([{ days: [0, 1, 2, 3, 4], fromMinute: 1080, toMinute: 1380 }]);
    expect(pattern.connection.cells[18]?.state).toBe('busy');
    for (const site of [NEWS, OTHER]) {
      expect(siteOf(pattern, site)).toMatchObject({
        kind: 'busy-connection',
        windows: [],
        message: { key: 'pattern.site.busy-connection' },
      });
    }
  });

  it('says so when there are too few samples to judge any slot', () => {
    const runs = series({ sites: { [NEWS]: () => 0.1 } }).slice(0, 2);
    const pattern = judgeTimePattern({ runs });
    expect(siteOf(pattern, NEWS)).toMatchObject({
      kind: 'too-few-samples',
      samples: 2,
      windows: [],
      message: { key: 'pattern.site.too-few-samples', params: { samples: 2, needed: 3 } },
    });
    expect(pattern.connection.kind).toBe('too-few-samples');
  });

  it('does not count the hours a laptop slept, nor a run it slept through, as slow', () => {
    const asleep = (at: number) => {
      const date = new Date(at);
      // Lid closed every Wednesday from 20:00 to Thursday 08:00: no runs at all.
      const day = (date.getUTCDay() + 6) % 7;
      const hour = date.getUTCHours();
      return !((day === 2 && hour >= 20) || (day === 3 && hour < 8));
    };
    const runs = series({ sites: { [NEWS]: normal, [OTHER]: normal } }, asleep).map((run): RunSpeed => {
      // Tuesdays 02:00–03:00 the machine slept during the run: wall clock ran 2 h past the monotonic one.
      const date = new Date(run.startedAt);
      if (date.getUTCDay() !== 2 || date.getUTCHours() !== 2) return run;
      return {
        ...run,
        sleptMs: 2 * 3_600_000,
        samples: run.samples.map((s) => (s.control ? s : { ...s, bytesPerSecond: 1000 })),
      };
    });
    const pattern = judgeTimePattern({ runs });
    expect(pattern.sleptRuns).toBe(8);
    const news = siteOf(pattern, NEWS);
    expect(news).toMatchObject({ kind: 'steady', windows: [] });
    expect(news.cells[24 + 2]).toMatchObject({ samples: 0, state: 'no-data' });
    expect(news.cells[2 * 24 + 21]).toMatchObject({ samples: 0, state: 'no-data' });
    expect(pattern.connection.kind).toBe('steady');
  });

  it('judges minute slots of a short cycle, as the lab does', () => {
    const minute = 60_000;
    const runs: RunSpeed[] = Array.from({ length: 30 }, (_, i) => {
      const at = START + i * 10_000;
      const throttled = Math.floor(at / minute) % 2 === 1;
      return {
        runId: `m${i}`,
        startedAt: new Date(at).toISOString(),
        samples: [
          sample(CONTROLS[0] as string, true, 5e6 * wobble(i)),
          sample(NEWS, false, (throttled ? 3e4 : 4e6) * wobble(i + 1)),
          sample(OTHER, false, 4e6 * wobble(i + 2)),
        ],
      };
    });
    const grid = { slotMinutes: 1, cycleMinutes: 2, utcOffsetMinutes: 0 };
    const pattern = judgeTimePattern({ runs }, { grid });
    expect(siteOf(pattern, NEWS).windows).toMatchObject([{ days: [], fromMinute: 1, toMinute: 2 }]);
    expect(siteOf(pattern, OTHER).kind).toBe('steady');
  });
});
