import { createTranslator } from '../../shared/i18n/index.ts';
import { verdictText } from '../../shared/i18n/message.ts';
import type { Report } from '../../shared/report.ts';
import { toolEntries, toolWords } from '../../shared/tools-view.ts';
import { outcomeOn, verdictOn } from '../../core/view/cells.ts';
import { DIRECT_ROUTE_NAME, routeLabel } from '../../core/view/labels.ts';
import { cellLook } from '../../core/view/verdict-look.ts';
import { targetLabel, viewOf, type ExportOptions } from './view.ts';

/**
 * The report as a spreadsheet: one row per site and route, then one per tool of the
 * user's (a VPN configuration, a Tor bridge). RFC 4180 (fields with a
 * comma, quote or line break quoted, quotes doubled, CRLF between records), UTF-8
 * with a byte-order mark so spreadsheet programs read Cyrillic and ə as they are.
 * A cell that a spreadsheet would run as a formula (= + - @, or a tab or carriage
 * return first) starts with an apostrophe instead.
 */
export const CSV_COLUMNS = [
  'target',
  'route',
  'route-kind',
  'verdict-code',
  'verdict',
  'confidence',
  'reason',
  'failure-stage',
  'failure-class',
  'restored-by',
  'evidence',
] as const;

export function renderReportCsv(report: Report, options: ExportOptions): string {
  const t = createTranslator(options.language);
  const view = viewOf(report);
  const rows: string[][] = [CSV_COLUMNS.map((column) => t(`report.csv.${column}`))];
  for (const { target, outcomes } of report.targets) {
    const verdict = view.verdicts.get(target.id);
    for (const path of report.plan.paths) {
      const pathVerdict = verdictOn(verdict, path.name);
      const outcome = outcomeOn(outcomes, path.name);
      const text = pathVerdict === undefined ? undefined : verdictText(t, pathVerdict);
      rows.push([
        targetLabel(target),
        // The route as a person reads it ("Sizin bağlantınız"); its kind, the next column, stays a key.
        routeLabel(t, path.name),
        path.kind,
        pathVerdict?.status ?? '',
        cellLook(t, pathVerdict, outcome).word,
        text?.confidence ?? '',
        text?.reason ?? '',
        outcome?.failure?.stage ?? '',
        outcome?.failure?.class ?? '',
        (verdict?.restoredBy ?? []).join(', '),
        (pathVerdict?.evidence ?? []).join(' '),
      ]);
    }
  }
  // "Your tools" after the sites, in the same columns: the tool for the target, its kind for the route's.
  for (const entry of toolEntries(report.plan.tools, report.tools)) {
    const words = toolWords(t, entry);
    const result = entry.result;
    const through =
      result === undefined ? [] : result.kind === 'wireguard' ? result.restoredBy : result.reachableThrough;
    rows.push([
      entry.name,
      routeLabel(t, DIRECT_ROUTE_NAME),
      entry.kind,
      result?.status ?? '',
      words.status,
      words.confidence,
      words.reason,
      '',
      '',
      through.join(', '),
      '',
    ]);
  }
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** One field: formula-guarded, then quoted when it must be. */
export function csvField(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}
