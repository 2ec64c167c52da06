import type { RunSpeed, SpeedSeries } from '../../shared/speed-series.ts';
import {
  WEEK_OF_HOURS,
  type ConnectionPattern,
  type PatternWindow,
  type SitePattern,
  type SlotCell,
  type SlotGrid,
  type SlotState,
  type TimePattern,
} from '../../shared/time-pattern.ts';
import { joinWindows, median, quantile, roundTo, slotCount, slotOf, type SlowSlot } from './time-slots.ts';

/**
 * The time-pattern judge: from a speed series (shared/speed-series.ts), for each site,
 * the slots of the week in which it slows down against the neutral controls measured
 * in the same run. The method is OONI's and M-Lab's comparison of a site with a
 * control at the same moment over the same connection, carried over time: a site's
 * speed is divided by the controls' (that cancels a busy connection), and that ratio
 * is compared with the site's own usual ratio (that cancels sites being unequally
 * fast). Where the controls themselves slow down, the connection is busy: not targeted.
 */

export interface PatternOptions {
  grid?: SlotGrid;
  /** Fewest samples a slot needs before it is judged. */
  minSamples?: number;
}

export const DEFAULT_MIN_SAMPLES = 3;
/** A sample is slow under half its usual speed: well beyond the run-to-run noise of a download of a few seconds. */
const SLOW = 0.5;
/** A heat-map cell between this and SLOW is "slower", shown but not judged. */
const SLOWER = 0.75;
/** A slot is slow when most of its samples are, not when one unlucky download was. */
const SLOW_SHARE = 0.7;
/**
 * The "usual" ratio is the 75th percentile, not the median: a site slowed half of
 * every day keeps its faster times as its normal.
 */
const TYPICAL_QUANTILE = 0.75;
/** Usually slower than a fifth of the controls: always slow, whatever the hour. */
const ALWAYS_SLOW_RATIO = 0.2;
/** A run whose wall clock ran this much past its monotonic clock was slept through. */
export const SLEEP_TOLERANCE_MS = 30_000;

interface Point {
  slot: number;
  /** Speed against the usual one (1 normal). */
  relative: number;
}

export function judgeTimePattern(series: SpeedSeries, options: PatternOptions = {}): TimePattern {
  const grid = options.grid ?? WEEK_OF_HOURS;
  const minSamples = options.minSamples ?? DEFAULT_MIN_SAMPLES;
  const awake = series.runs.filter((run) => (run.sleptMs ?? 0) <= SLEEP_TOLERANCE_MS).map(indexRun);
  const connection = judgeConnection(grid, awake, minSamples);
  const sites = siteKeys(awake).map(({ site, route }) => judgeSite(grid, awake, site, route, minSamples, connection));
  return {
    grid,
    minSamples,
    runs: series.runs.length,
    sleptRuns: series.runs.length - awake.length,
    connection,
    sites,
  };
}

function judgeConnection(grid: SlotGrid, runs: readonly IndexedRun[], minSamples: number): ConnectionPattern {
  const references = runs.flatMap(({ at, references: byRoute }) => {
    const speed = byRoute.get('direct');
    return speed === undefined ? [] : [{ at, speed }];
  });
  const usual = quantile(
    references.map((r) => r.speed),
    TYPICAL_QUANTILE,
  );
  const points = references.map(({ at, speed }) => ({ slot: slotOf(grid, at), relative: speed / usual }));
  const { cells, slow } = slotCells(grid, points, minSamples, () => 'normal');
  const busyWindows = joinWindows(grid, slow, minSamples).map((w) => ({ ...w, controls: 'slow' as const }));
  const judged = cells.some((cell) => cell.samples >= minSamples);
  const kind = !judged ? 'too-few-samples' : busyWindows.length > 0 ? 'busy' : 'steady';
  return {
    kind,
    samples: references.length,
    busyWindows,
    cells: cells.map((cell) => (cell.state === 'slowed' ? { ...cell, state: 'busy' } : cell)),
    message: { key: `pattern.connection.${kind}`, params: { samples: references.length, needed: minSamples } },
  };
}

function judgeSite(
  grid: SlotGrid,
  runs: readonly IndexedRun[],
  site: string,
  route: string,
  minSamples: number,
  connection: ConnectionPattern,
): SitePattern {
  const key = siteKey(site, route);
  const measured = runs.flatMap((run) => {
    const speed = run.sites.get(key);
    const reference = run.references.get(route);
    if (speed === undefined || reference === undefined) return [];
    return [{ slot: slotOf(grid, run.at), speed, reference }];
  });
  const typicalRatio = quantile(
    measured.map((m) => m.speed / m.reference),
    TYPICAL_QUANTILE,
  );
  const points = measured.map((m) => ({ slot: m.slot, relative: m.speed / m.reference / typicalRatio }));
  const controlsIn = (slot: number): PatternWindow['controls'] => {
    const cell = connection.cells[slot];
    if (cell === undefined || cell.state === 'no-data') return 'unknown';
    return cell.state === 'busy' ? 'slow' : 'normal';
  };
  const { cells, slow } = slotCells(grid, points, minSamples, controlsIn);
  const windows = joinWindows(grid, slow, minSamples);
  // Where the whole connection was busy and the site no slower than it, the cell says so.
  const marked = cells.map((cell) =>
    cell.state !== 'slowed' && cell.state !== 'no-data' && controlsIn(cell.slot) === 'slow'
      ? { ...cell, state: 'busy' as const }
      : cell,
  );
  const base = { site, route, samples: measured.length, windows, cells: marked };
  const ratio = Number.isNaN(typicalRatio) ? null : roundTo(typicalRatio, 3);
  const judged = cells.some((cell) => cell.samples >= minSamples);
  if (!judged) {
    const message = { key: 'pattern.site.too-few-samples', params: { samples: measured.length, needed: minSamples } };
    return { ...base, typicalRatio: ratio, kind: 'too-few-samples', message };
  }
  const worst = windows.reduce<PatternWindow | null>(
    (a, w) => (a === null || w.relativeSpeed < a.relativeSpeed ? w : a),
    null,
  );
  if (worst !== null) {
    const params = { fraction: fractionOf(worst.relativeSpeed), slow: worst.slowSamples, total: worst.samples };
    const message = { key: `pattern.site.targeted.controls-${worst.controls}`, params };
    return { ...base, typicalRatio: ratio, kind: 'targeted', message };
  }
  if (ratio !== null && ratio < ALWAYS_SLOW_RATIO) {
    const message = { key: 'pattern.site.always-slow', params: { fraction: fractionOf(ratio) } };
    return { ...base, typicalRatio: ratio, kind: 'always-slow', message };
  }
  if (slowWhenBusy(grid, measured, connection, minSamples)) {
    return {
      ...base,
      typicalRatio: ratio,
      kind: 'busy-connection',
      message: { key: 'pattern.site.busy-connection', params: {} },
    };
  }
  return {
    ...base,
    typicalRatio: ratio,
    kind: 'steady',
    message: { key: 'pattern.site.steady', params: { samples: measured.length } },
  };
}

/**
 * Whether the site's own speed (not its ratio) dropped in the slots where the
 * connection was busy: then it slowed down with everything else.
 */
function slowWhenBusy(
  grid: SlotGrid,
  measured: readonly { slot: number; speed: number }[],
  connection: ConnectionPattern,
  minSamples: number,
): boolean {
  if (connection.busyWindows.length === 0) return false;
  const usual = quantile(
    measured.map((m) => m.speed),
    TYPICAL_QUANTILE,
  );
  const { slow } = slotCells(
    grid,
    measured.map((m) => ({ slot: m.slot, relative: m.speed / usual })),
    minSamples,
    () => 'normal',
  );
  return slow.some((s) => connection.cells[s.slot]?.state === 'busy');
}

/** Every slot's cell, and the slots judged slow with what they hold. */
function slotCells(
  grid: SlotGrid,
  points: readonly Point[],
  minSamples: number,
  controlsIn: (slot: number) => PatternWindow['controls'],
): { cells: SlotCell[]; slow: SlowSlot[] } {
  const bySlot: number[][] = Array.from({ length: slotCount(grid) }, () => []);
  for (const point of points) bySlot[point.slot]?.push(point.relative);
  const slow: SlowSlot[] = [];
  const cells = bySlot.map((relatives, slot): SlotCell => {
    if (relatives.length === 0) return { slot, samples: 0, relativeSpeed: null, state: 'no-data' };
    const middle = median(relatives);
    const slowCount = relatives.filter((r) => r < SLOW).length;
    const isSlow = relatives.length >= minSamples && middle < SLOW && slowCount >= SLOW_SHARE * relatives.length;
    if (isSlow) slow.push({ slot, relatives, slow: slowCount, controls: controlsIn(slot) });
    const state: SlotState = isSlow ? 'slowed' : middle < SLOWER ? 'slower' : 'normal';
    return { slot, samples: relatives.length, relativeSpeed: roundTo(middle, 3), state };
  });
  return { cells, slow };
}

/** A run as the judge reads it: looked up by site and route rather than searched for each. */
interface IndexedRun {
  at: number;
  /** The controls' median speed per route; a route without a control speed is missing. */
  references: Map<string, number>;
  /** Each site's speed, by siteKey. */
  sites: Map<string, number>;
}

function indexRun(run: RunSpeed): IndexedRun {
  const controls = new Map<string, number[]>();
  const sites = new Map<string, number>();
  for (const sample of run.samples) {
    const speed = sample.bytesPerSecond;
    if (speed === undefined) continue;
    if (!sample.control) sites.set(siteKey(sample.site, sample.route), speed);
    else if (speed > 0) controls.set(sample.route, [...(controls.get(sample.route) ?? []), speed]);
  }
  const references = new Map([...controls].map(([route, speeds]) => [route, median(speeds)]));
  return { at: Date.parse(run.startedAt), references, sites };
}

function siteKey(site: string, route: string): string {
  return JSON.stringify([site, route]);
}

/** Each site and route measured with a speed, in the order first seen. */
function siteKeys(runs: readonly IndexedRun[]): { site: string; route: string }[] {
  const keys = new Set(runs.flatMap((run) => [...run.sites.keys()]));
  return [...keys].map((key) => {
    const [site, route] = JSON.parse(key) as [string, string];
    return { site, route };
  });
}

/** "About a tenth": the nearest of the fractions people say, on a logarithmic scale. */
const FRACTIONS = [2, 3, 4, 5, 10, 20, 50, 100] as const;
export function fractionOf(relative: number): number {
  const target = Math.log(1 / Math.max(relative, 1e-3));
  return FRACTIONS.reduce((best, n) => (Math.abs(Math.log(n) - target) < Math.abs(Math.log(best) - target) ? n : best));
}
