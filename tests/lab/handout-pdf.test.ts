import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { findChromium, htmlToPdf } from '../../src-main/engine/export/pdf.ts';
import { printedReport } from '../../src-main/engine/export/printed-report.ts';
import { createTranslator } from '../../src-main/shared/i18n/index.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';
import { sampleReport } from '../unit/engine/history/sample-report.ts';

/**
 * The PDF as a handout, printed by the real Chromium and read back by poppler: page 1
 * is the handout, a 7-site report fits in 3 pages without the evidence appendix (and
 * grows when the appendix is kept), and page 1 has no system line. Every page is kept
 * as a PNG under test-results/handout/ to look at. Four prints: some seconds each.
 */

const POPPLER = ['/usr/bin', '/usr/local/bin'].find((dir) => existsSync(join(dir, 'pdfinfo')));
const CHROMIUM = findChromium();
const skipReason = !CHROMIUM.ok
  ? `no Chromium at ${CHROMIUM.tried.join(', ')}`
  : POPPLER === undefined
    ? 'no pdfinfo (apt-get install poppler-utils)'
    : null;
if (skipReason !== null) console.log(`handout-pdf: skipped: ${skipReason}`);

const OUT = resolve('test-results/handout');

/** Seven sites as people paste them, long URLs included, four of them blocked on the user's connection. */
const SITES = [
  'https://www.meydan.tv/az/article/2026/11/29/a-long-article-title-that-goes-on-and-on?utm_source=share&ref=home',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
  'telegram.org',
  'https://www.bbc.com/azeri',
  'wikipedia.org',
  'https://abzas.org/',
  'https://www.google.com/search?q=detour',
];

function printHandout(language: Language, evidence: boolean): Promise<Uint8Array> {
  const report = sampleReport({ targets: SITES.length, inputs: SITES, blocked: (i) => i % 2 === 0 });
  // The page the app's export and `detour report --pdf` both print (engine/export/printed-report.ts).
  const printed = printedReport(report, { language, evidence, timeZone: 'Asia/Baku' });
  if (!CHROMIUM.ok) throw new Error('no Chromium');
  return htmlToPdf(printed.html, { executablePath: CHROMIUM.path, footerText: printed.footerText });
}

function poppler(tool: string, args: readonly string[]): string {
  return execFileSync(join(POPPLER ?? '/usr/bin', tool), args, { encoding: 'utf8' });
}

function pageCount(pdf: string): number {
  const pages = /^Pages:\s+(\d+)$/m.exec(poppler('pdfinfo', [pdf]))?.[1];
  return Number(pages);
}

for (const language of ['en', 'az', 'ru'] satisfies Language[]) {
  test.skipIf(skipReason !== null)(
    `a 7-site PDF in ${language}: a one-page handout, at most 3 pages without the evidence`,
    { timeout: 120_000 },
    async () => {
      mkdirSync(OUT, { recursive: true });
      const pdf = join(OUT, `handout-${language}.pdf`);
      writeFileSync(pdf, await printHandout(language, false));

      expect(pageCount(pdf)).toBeLessThanOrEqual(3);
      const first = poppler('pdftotext', ['-f', '1', '-l', '1', '-layout', pdf, '-']);
      const t = createTranslator(language);
      expect(first).toContain(t('handout.title'));
      expect(first).toContain(t('handout.blocked.heading'));
      // The time is the reader's (Asia/Baku), and page 1 says nothing of the computer.
      expect(first).toContain('Asia/Baku');
      expect(first).not.toMatch(/linux|x64/i);
      expect(first).not.toContain(t('report.meta.system'));

      for (const old of readdirSync(OUT).filter((name) => name.startsWith(`handout-${language}-`))) {
        rmSync(join(OUT, old));
      }
      poppler('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, `handout-${language}`)]);
      const pngs = readdirSync(OUT).filter((name) => name.startsWith(`handout-${language}-`) && name.endsWith('.png'));
      expect(pngs).toHaveLength(pageCount(pdf));

      // The export option that keeps the evidence adds it after the handout (checked once: it is not about words).
      if (language === 'en') {
        const withEvidence = join(OUT, 'handout-en.evidence.pdf');
        writeFileSync(withEvidence, await printHandout(language, true));
        expect(pageCount(withEvidence)).toBeGreaterThan(pageCount(pdf));
      }
    },
  );
}
