import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, renderReportCsv } from '../../../../src-main/engine/export/csv.ts';
import { renderReportHtml } from '../../../../src-main/engine/export/html.ts';
import { mergeReports, renderMergeHtml } from '../../../../src-main/engine/export/merge.ts';
import { DIRECT_ROUTE_NAME } from '../../../../src-main/core/view/labels.ts';
import { catalogLabelText } from '../../../../src-main/core/view/site-name.ts';
import type { CatalogLabel } from '../../../../src-main/shared/catalog-label.ts';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import { CATALOGS } from '../../../../src-main/shared/i18n/catalogs.ts';
import type { Report } from '../../../../src-main/shared/report.ts';
import { englishVocabulary, englishWordsIn, withoutUserData } from '../../../support/english-words.ts';
import { parseHtml } from './parse-html.ts';
import { sampleReport } from './sample-report.ts';

/**
 * The no-English-left checker (tests/support/english-words.ts) over the exports a
 * person hands out in Azerbaijani and Russian: the HTML with the handout and the
 * evidence (what the PDF prints), and the CSV. What the report itself carries (sites,
 * route names, page titles, certificate names, error details) is data, not words.
 */

/**
 * Every string the report holds, outside its summary's message keys: the user's and
 * the network's data. Not the direct route's name: that is the engine's key for the
 * user's own connection, which a reader sees in their own language.
 */
function reportData(report: Report): string[] {
  const found: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') found.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk([report.runId, report.targets, report.observations, report.plan.paths, report.routeChecks, report.platform]);
  return found.filter((text) => text !== DIRECT_ROUTE_NAME);
}

/** The CSV's columns a person reads; the others hold keys a program sorts by (`direct`, `sni-filtering`, `tls`). */
const KEY_COLUMNS: ReadonlySet<string> = new Set([
  'route-kind',
  'verdict-code',
  'failure-stage',
  'failure-class',
  'evidence',
]);

/** The CSV's words columns, one line per field (no field in this report holds a quote or a line break). */
function csvWords(csv: string): string {
  const keep = CSV_COLUMNS.map((column) => !KEY_COLUMNS.has(column));
  return csv
    .replace(/^\ufeff/u, '')
    .split('\r\n')
    .flatMap((line) => (line.match(/"[^"]*"|[^,]+|(?<=,|^)(?=,|$)/gu) ?? []).filter((_, index) => keep[index]))
    .join('\n');
}

/** Built-in targets of three kinds in the sample run, labelled as the engine's catalogue labels them. */
const LABELS: Readonly<Record<string, CatalogLabel>> = {
  'https://blocked.example/': { brand: 'WhatsApp', kind: 'app-chat' },
  'stun:stun.example.org:3478': { brand: 'Google', kind: 'call-server' },
  'https://mitm.example/': { brand: 'Telegram', kind: 'app-servers', index: 1 },
};

function labelledReport(): Report {
  const report = sampleReport();
  report.plan.entries = report.plan.entries.map((entry) => {
    const label = LABELS[entry.input];
    return label === undefined ? entry : { ...entry, source: `catalogue global: ${label.brand}`, label };
  });
  return report;
}

describe.each(['az', 'ru'] as const)('exports in %s', (language) => {
  const report = labelledReport();
  const vocabulary = englishVocabulary(CATALOGS.en, CATALOGS[language]);
  const check = (text: string): string[] => englishWordsIn(withoutUserData(text, reportData(report)), vocabulary);

  test('the HTML, handout and evidence included, has no English left', () => {
    const page = renderReportHtml(report, { language, handout: true, evidence: true, timeZone: 'Asia/Baku' });
    const text = parseHtml(page).body.textContent ?? '';
    expect(check(text), text).toEqual([]);
    // The built-in targets by their brand and their kind in the reader's words.
    const t = createTranslator(language);
    for (const label of Object.values(LABELS)) expect(text).toContain(catalogLabelText(t, label));
  });

  test('the workshop page of two networks has no English left and names built-in targets in its words', () => {
    const page = renderMergeHtml(
      mergeReports([
        { label: 'home', report },
        { label: 'school', report: labelledReport() },
      ]),
      { language, timeZone: 'Asia/Baku' },
    );
    const text = parseHtml(page).body.textContent ?? '';
    expect(check(withoutUserData(text, ['home', 'school'])), text).toEqual([]);
    const t = createTranslator(language);
    for (const label of Object.values(LABELS)) expect(text).toContain(catalogLabelText(t, label));
  });

  test('the CSV has no English left', () => {
    const text = csvWords(renderReportCsv(report, { language }));
    expect(check(text), text).toEqual([]);
  });
});
