import { describe, expect, test } from 'vitest';
import { renderMatrix } from '../../src-main/cli/matrix.ts';
import { MARKS, TONES } from '../../src-main/core/view/verdict-look.ts';
import { renderReportHtml } from '../../src-main/engine/index.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import { LANGUAGES, type Language } from '../../src-main/shared/i18n/languages.ts';
import type { Report } from '../../src-main/shared/report.ts';
import { VERDICT_STATUSES } from '../../src-main/shared/verdict.ts';
import { expectedLook, reportOfEveryStatus, siteOf, type Shown } from '../component/every-status.ts';
import { parseHtml } from './engine/export/parse-html.ts';

/** The CLI's verdict column: `✗ Blocked by site name`. */
function cliCells(report: Report, language: Language): Map<string, Shown> {
  const lines = renderMatrix(report, createTranslator(language)).split('\n');
  return new Map(
    VERDICT_STATUSES.map((status) => {
      const row = lines.find((line) => line.startsWith(`${siteOf(status)} `)) ?? '';
      const cell = row.slice(siteOf(status).length).trim().split(/ {2,}/)[0] ?? '';
      const [mark = '', ...words] = cell.split(' ');
      return [status, { mark, words: words.join(' ') }];
    }),
  );
}

/** The HTML export's matrix cells, with the tone its style sheet colours. */
function htmlCells(report: Report, language: Language): Map<string, Shown> {
  const rows = [...parseHtml(renderReportHtml(report, { language })).querySelectorAll('table.matrix tbody tr')];
  return new Map(
    VERDICT_STATUSES.map((status) => {
      const row = rows.find((each) => each.querySelector('th')?.textContent?.trim() === siteOf(status));
      const cell = row?.querySelector('td.cell');
      const mark = cell?.querySelector('.mark')?.textContent ?? '';
      const tone = /\btone-(\w+)/.exec(cell?.getAttribute('class') ?? '')?.[1];
      return [status, { mark, words: (cell?.textContent ?? '').slice(mark.length).trim(), tone } as Shown];
    }),
  );
}

describe('every verdict reads the same in the CLI and the HTML export as in the app', () => {
  test.each(LANGUAGES)('in %s: the mark, words and tone of the one view model for every status', (language) => {
    const report = reportOfEveryStatus();
    const cli = cliCells(report, language);
    const html = htmlCells(report, language);
    for (const status of VERDICT_STATUSES) {
      const { tone, ...words } = expectedLook(status, language);
      expect({ status, ...cli.get(status) }).toEqual({ status, ...words });
      expect({ status, ...html.get(status) }).toEqual({ status, ...words, tone });
    }
  });

  test('each tone has a mark of its own: colour is never the only sign', () => {
    expect(new Set(TONES.map((tone) => MARKS[tone])).size).toBe(TONES.length);
  });
});
