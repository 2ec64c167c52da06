import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { appendRunSpeeds } from '../../src-main/engine/history/speed-file.ts';
import { findChromium } from '../../src-main/engine/export/pdf.ts';
import { createTranslator, type Language } from '../../src-main/shared/i18n/index.ts';
import { mondayWeeksBefore, SLOWED_SITE, weekdayEveningSeries } from '../support/speed-series.ts';
import { sampleReport, writeRun } from '../unit/engine/history/sample-report.ts';
import { runCli, tempFolderEachTest } from './servers/run-cli.ts';

/**
 * `detour history pattern --html --pdf`: the heat maps and speed charts of a history
 * as a page and a PDF, printed by the real Chromium and read back by poppler. The
 * history is seeded as a schedule leaves it (three weeks of hourly runs, a news site
 * slowed on weekday evenings). Every PDF page is kept as a PNG under
 * test-results/pattern/ to look at.
 */

const POPPLER = ['/usr/bin', '/usr/local/bin'].find((dir) => existsSync(join(dir, 'pdftoppm')));
const CHROMIUM = findChromium();
const skipReason = !CHROMIUM.ok
  ? `no Chromium at ${CHROMIUM.tried.join(', ')}`
  : POPPLER === undefined
    ? 'no pdftoppm (apt-get install poppler-utils)'
    : null;
if (skipReason !== null) console.log(`pattern-report: skipped: ${skipReason}`);

const OUT = resolve('test-results/pattern');
const folder = tempFolderEachTest('detour-pattern-report-');

async function seededHistory(): Promise<string> {
  const history = join(folder(), 'history');
  const series = weekdayEveningSeries(mondayWeeksBefore(new Date(), 3), 3, [9, 19]);
  for (const run of series.runs) {
    writeRun(history, sampleReport({ runId: run.runId, startedAt: run.startedAt, targets: 1, inputs: [SLOWED_SITE] }));
  }
  await appendRunSpeeds(history, series.runs);
  return history;
}

test.skipIf(skipReason !== null)(
  'the heat map and the speed chart as HTML and PDF in en, az and ru; the PDF pages as PNG',
  { timeout: 180_000 },
  async () => {
    const history = await seededHistory();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
      const t = createTranslator(language);
      const html = join(folder(), `pattern-${language}.html`);
      const pdf = join(OUT, `pattern-${language}.pdf`);
      const args = ['history', 'pattern', '--history-dir', history, '--lang', language, '--html', html, '--pdf', pdf];
      const { code, stdout, stderr } = await runCli(args);
      expect(code, stderr).toBe(0);
      // The terminal still gets the judged windows; the files are said on stderr.
      expect(stdout).toContain(t('pattern.site.targeted.controls-normal'));
      expect(stderr).toContain(`wrote ${pdf}`);

      const page = readFileSync(html, 'utf8');
      expect(page).toMatch(/^<!doctype html>/);
      expect(page).not.toMatch(/<script/i);
      expect(page).toContain(`<svg`);
      expect(page).toContain(t('pattern-ui.heatmap.title', { site: SLOWED_SITE }));
      // Every chart has its figures in a table: the picture is never the only way to read them.
      expect(page.match(/<table/g)?.length ?? 0).toBeGreaterThanOrEqual(2);

      execFileSync(join(POPPLER ?? '/usr/bin', 'pdftoppm'), [
        '-png',
        '-r',
        '60',
        pdf,
        join(OUT, `pattern-${language}`),
      ]);
      const text = execFileSync(join(POPPLER ?? '/usr/bin', 'pdftotext'), [pdf, '-'], { encoding: 'utf8' });
      expect(text).toContain(t('pattern-ui.heading'));
    }
  },
);
