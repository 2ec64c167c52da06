/**
 * Sample exports for screenshots and review: for each report given, its HTML, PDF and
 * a PNG of every PDF page, in English and Azerbaijani (or the languages asked for),
 * and with two reports or more the merged workshop view as well.
 *
 *   node scripts/export-samples.ts --out samples/ [--lang en,az,ru] [--dpi 80] a.json b.json …
 *
 * (On a machine whose node is older than 24: node_modules/node/bin/node scripts/export-samples.ts …)
 * Needs Chromium for the PDFs (CHROMIUM_PATH or /usr/bin/chromium) and poppler's
 * pdftoppm for the PNGs; without them it writes what it can and says what it skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeReports, renderMergeHtml, type MergeInput } from '../src-main/engine/export/merge.ts';
import { renderReportHtml } from '../src-main/engine/export/html.ts';
import { findChromium, htmlToPdf } from '../src-main/engine/export/pdf.ts';
import { describeReadError, readReportFile } from '../src-main/engine/export/read-report.ts';
import { createTranslator, LANGUAGES, type Language } from '../src-main/shared/i18n/index.ts';

const PDFTOPPM = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((path) => existsSync(path));

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, lang: { type: 'string' }, dpi: { type: 'string' } },
  });
  if (values.out === undefined || positionals.length === 0) {
    process.stderr.write('usage: node scripts/export-samples.ts --out DIR [--lang en,az] [--dpi 80] REPORT.json…\n');
    return 2;
  }
  const languages = (values.lang ?? 'en,az').split(',').map((code) => code.trim());
  const unknown = languages.filter((code) => !(LANGUAGES as readonly string[]).includes(code));
  if (unknown.length > 0) {
    process.stderr.write(`export-samples: --lang takes ${LANGUAGES.join(', ')}, not ${unknown.join(', ')}\n`);
    return 2;
  }
  const dpi = values.dpi ?? '80';
  const out = values.out;
  mkdirSync(out, { recursive: true });
  const chromium = findChromium();
  if (!chromium.ok) process.stderr.write(`export-samples: no Chromium (${chromium.tried.join(', ')}): HTML only\n`);
  else if (PDFTOPPM === undefined) process.stderr.write('export-samples: no pdftoppm (poppler-utils): no PNGs\n');

  const inputs: MergeInput[] = [];
  for (const file of positionals) {
    const read = await readReportFile(file);
    if (!read.ok) {
      process.stderr.write(`export-samples: ${file}: ${describeReadError(createTranslator('en'), read.error)}\n`);
      return 2;
    }
    const base = basename(file, extname(file));
    // A lab scenario's report is `<scenario>/report.json`: its folder names it better.
    const label = base === 'report' ? basename(dirname(resolve(file))) : base;
    // Several lab scenarios each write a report.json: number the names that repeat.
    const taken = (name: string): boolean => inputs.some((input) => input.label === name);
    let unique = label;
    for (let n = 2; taken(unique); n += 1) unique = `${label}-${n}`;
    inputs.push({ label: unique, report: read.report });
  }
  /** A label as a file name: letters, digits, dots, dashes and underscores. */
  const fileName = (label: string): string => label.replace(/[^\p{L}\p{N}._-]+/gu, '_');

  const write = async (name: string, page: string, footer: string): Promise<void> => {
    const htmlPath = join(out, `${name}.html`);
    writeFileSync(htmlPath, page);
    process.stdout.write(`wrote ${htmlPath}\n`);
    if (!chromium.ok) return;
    const pdfPath = join(out, `${name}.pdf`);
    writeFileSync(pdfPath, await htmlToPdf(page, { executablePath: chromium.path, footerText: footer }));
    process.stdout.write(`wrote ${pdfPath}\n`);
    if (PDFTOPPM === undefined) return;
    execFileSync(PDFTOPPM, ['-png', '-r', dpi, pdfPath, join(out, name)]);
    process.stdout.write(`wrote ${join(out, `${name}-*.png`)}\n`);
  };

  for (const language of languages as Language[]) {
    const t = createTranslator(language);
    for (const { label, report } of inputs) {
      await write(
        `${fileName(label)}.${language}`,
        renderReportHtml(report, { language }),
        `${t('report.title')} · ${label}`,
      );
    }
    if (inputs.length > 1) {
      await write(`merged.${language}`, renderMergeHtml(mergeReports(inputs), { language }), t('report.merge.title'));
    }
  }
  return 0;
}

process.exitCode = await main();
