import type { Command } from 'commander';
import { judgeTimePattern } from '../core/judge/time-pattern.ts';
import { DIRECT_ROUTE_NAME } from '../core/view/labels.ts';
import { busyWindowLines, patternMessage, siteWindowLines, slotLegend } from '../core/view/pattern-words.ts';
import { speedLines } from '../core/view/speed-lines.ts';
import { readSpeedSeries, renderSpeedPatternHtml, type HistoryStore } from '../engine/index.ts';
import { createTranslator } from '../shared/i18n/index.ts';
import { printable } from '../shared/printable.ts';
import type { SpeedSeries } from '../shared/speed-series.ts';
import { MINUTES_PER_WEEK, type SlotGrid, type TimePattern } from '../shared/time-pattern.ts';
import { checkOutput, UsageError } from './options.ts';
import { heatMap } from './pattern-map.ts';
import { parseLanguage, printPdf, requireChromium, writeAtomically } from './report-command.ts';
import { parseDuration } from './schedule.ts';
import { print, printLine } from './terminal.ts';

interface PatternFlags {
  historyDir?: string;
  site?: string;
  route?: string;
  lang?: string;
  json?: boolean;
  slot?: string;
  cycle?: string;
  minSamples?: string;
  html?: string;
  pdf?: string;
}

/**
 * `detour history pattern [--site URL]`: when the sites of the saved runs slow down
 * against the neutral sites measured beside them (core/judge/time-pattern.ts), with
 * a text heat map per site, day × hour. `--slot` and `--cycle` cut time otherwise
 * than a week of hours (the censorship lab uses minutes).
 */
export function addPatternCommand(
  history: Command,
  withDir: (command: Command) => Command,
  openStore: (flags: { historyDir?: string }) => Promise<HistoryStore>,
): void {
  withDir(
    history
      .command('pattern')
      .description('When sites slow down, hour by hour over the week, against the neutral sites beside them.'),
  )
    .option('--site <url>', 'only this site (as it was given to diagnose)')
    .option('--route <name>', 'only this route (default: every route)')
    .option('--lang <code>', 'the language: en, az, ru (default en)')
    .option('--json', 'print the judged pattern as JSON')
    .option('--slot <duration>', 'length of a time slot (default 1h)')
    .option('--cycle <duration>', 'the period slots repeat in (default 7d: hours of the week)')
    .option('--min-samples <n>', 'fewest samples a slot is judged from (default 3)')
    .option('--html <file>', 'also write the heat maps and speed charts as one HTML page (no scripts)')
    .option('--pdf <file>', 'also write them as a PDF (A4) through Chromium (CHROMIUM_PATH, or /usr/bin/chromium)')
    .action(async (flags: PatternFlags) => {
      const grid = gridFrom(flags);
      const minSamples = minSamplesFrom(flags.minSamples);
      for (const kind of ['html', 'pdf'] as const) {
        const path = flags[kind];
        if (path !== undefined) await checkOutput(`--${kind}`, path);
      }
      const chromium = flags.pdf === undefined ? undefined : requireChromium();
      const series = only(await readSpeedSeries(await openStore(flags)), flags);
      const pattern = judgeTimePattern(series, { grid, minSamples });
      if (flags.site !== undefined && pattern.sites.length === 0) {
        const t = createTranslator(parseLanguage(flags.lang));
        throw new UsageError(t('pattern.no-site', { site: printable(flags.site, 200) }));
      }
      print(
        process.stdout,
        flags.json === true ? `${JSON.stringify(pattern, null, 2)}\n` : renderPattern(pattern, flags.lang),
      );
      if (flags.html === undefined && flags.pdf === undefined) return;
      const language = parseLanguage(flags.lang);
      const page = renderSpeedPatternHtml({ pattern, lines: speedLines(series) }, language);
      // Said on stderr: stdout stays the pattern itself (--json pipes it).
      if (flags.html !== undefined) {
        await writeAtomically(flags.html, page);
        printLine(process.stderr, `wrote ${flags.html}`);
      }
      if (flags.pdf !== undefined) {
        const footer = `${createTranslator(language)('pattern-ui.heading')} · ${new Date().toISOString().slice(0, 10)}`;
        await writeAtomically(flags.pdf, await printPdf(page, chromium ?? '', footer));
        printLine(process.stderr, `wrote ${flags.pdf}`);
      }
    });
}

function gridFrom(flags: PatternFlags): SlotGrid {
  const slotMs = parseDuration('--slot', flags.slot ?? '1h');
  const cycleMs = parseDuration('--cycle', flags.cycle ?? '7d');
  if (slotMs % 60_000 !== 0) throw new UsageError(`--slot must be whole minutes, not "${flags.slot ?? ''}"`);
  if (cycleMs % slotMs !== 0) throw new UsageError('--cycle must be a whole number of --slot');
  const slotMinutes = slotMs / 60_000;
  const cycleMinutes = cycleMs / 60_000;
  if (cycleMinutes / slotMinutes > MINUTES_PER_WEEK) throw new UsageError('--cycle holds too many slots');
  // Slots are in local time: a jam people see "in the evening" is in their evening.
  return { slotMinutes, cycleMinutes, utcOffsetMinutes: -new Date().getTimezoneOffset() };
}

function minSamplesFrom(text: string | undefined): number {
  if (text === undefined) return 3;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1000) {
    throw new UsageError(`--min-samples must be a whole number from 1 to 1000, not "${printable(text, 40)}"`);
  }
  return Number(text);
}

/** The series with only the site and route asked for; the controls always stay: they are the reference. */
function only(series: SpeedSeries, flags: PatternFlags): SpeedSeries {
  const keep = (site: string, route: string): boolean =>
    (flags.site === undefined || site === flags.site) && (flags.route === undefined || route === flags.route);
  return {
    runs: series.runs.map((run) => ({
      ...run,
      samples: run.samples.filter((s) => s.control || keep(s.site, s.route)),
    })),
  };
}

/** The connection first (it says what "busy" means), then each site with its windows and map. */
export function renderPattern(pattern: TimePattern, lang: string | undefined): string {
  const t = createTranslator(parseLanguage(lang));
  const { grid } = pattern;
  const lines = [
    t('pattern.title'),
    t('pattern.runs', { runs: pattern.runs - pattern.sleptRuns, slot: grid.slotMinutes, needed: pattern.minSamples }),
  ];
  if (pattern.sleptRuns > 0) lines.push(t('pattern.slept', { count: pattern.sleptRuns }));
  if (pattern.sites.length === 0) {
    lines.push('', t('pattern.no-runs', { command: 'detour diagnose --list sites.txt --every 15m --for 7d' }));
    return `${lines.join('\n')}\n`;
  }
  const { connection } = pattern;
  lines.push('', t('pattern.connection.heading'), `  ${patternMessage(t, connection.message)}`);
  lines.push(...busyWindowLines(t, grid, connection).map((line) => `  - ${line}`));
  lines.push(...heatMap(t, grid, connection.cells).map((line) => `    ${line}`));
  for (const site of pattern.sites) {
    // The direct route is the usual case; another route is named after the site.
    const route = site.route === DIRECT_ROUTE_NAME ? '' : ` (${printable(site.route, 60)})`;
    lines.push('', `${printable(site.site, 200)}${route}`, `  ${patternMessage(t, site.message)}`);
    lines.push(...siteWindowLines(t, grid, site).map((line) => `  - ${line}`));
    if (site.kind !== 'too-few-samples') lines.push(...heatMap(t, grid, site.cells).map((line) => `    ${line}`));
  }
  lines.push('', slotLegend(t));
  return `${lines.join('\n')}\n`;
}
