import type { Command } from 'commander';
import { labelFromFileName } from '../core/combine-reports.ts';
import { mergeInputs, mergeReports, renderMergeHtml } from '../engine/index.ts';
import { createTranslator, LANGUAGES } from '../shared/i18n/index.ts';
import { OMIT_CHOICES } from '../shared/ipc/sharing.ts';
import { checkOutput, UsageError } from './options.ts';
import { printLine } from './terminal.ts';
import {
  loadReport,
  parseLanguage,
  parseOmit,
  printPdf,
  refuseOverwriting,
  requireChromium,
  writeAtomically,
} from './report-command.ts';

/**
 * `detour merge A.json B.json … --html OUT [--pdf OUT] [--lang ru] [--omit …]`: the
 * workshop view. Each report is one network (named by its file name), and the page shows which sites are blocked how on each, which
 * routes work, and the sites the networks disagree on first.
 */
export interface MergeFlags {
  html?: string;
  pdf?: string;
  lang?: string;
  omit?: string;
}

export function addMergeCommand(program: Command): void {
  program
    .command('merge')
    .description('Compare runs from several networks (or times) on one page: what is blocked where.')
    .argument('<reports...>', 'two or more JSON reports (diagnose --out), one per network')
    .option('--html <file>', 'write the comparison as one self-contained HTML page')
    .option('--pdf <file>', 'also print it to a PDF (A4) through Chromium')
    .option('--lang <code>', `the language of the page: ${LANGUAGES.join(', ')} (default en)`)
    .option('--omit <list>', `leave out, comma-separated: ${OMIT_CHOICES.join(', ')} (network: no file names either)`)
    .action(async (files: string[], flags: MergeFlags) => {
      await mergeCommand(files, flags, (line) => printLine(process.stdout, line));
    });
}

export async function mergeCommand(
  files: readonly string[],
  flags: MergeFlags,
  say: (line: string) => void,
): Promise<void> {
  if (files.length < 2) throw new UsageError('merge: give two reports or more, one per network');
  if (flags.html === undefined && flags.pdf === undefined)
    throw new UsageError('merge: give --html FILE or --pdf FILE');
  const language = parseLanguage(flags.lang);
  const omit = parseOmit(flags.omit);
  const t = createTranslator(language);
  const outputs = [flags.html, flags.pdf].filter((path): path is string => path !== undefined);
  refuseOverwriting(files, outputs);
  if (flags.html !== undefined) await checkOutput('--html', flags.html);
  if (flags.pdf !== undefined) await checkOutput('--pdf', flags.pdf);
  const chromium = flags.pdf === undefined ? undefined : requireChromium();
  const reports = [];
  for (const file of files) reports.push({ label: labelFromFileName(file), report: await loadReport(file, t) });
  const page = renderMergeHtml(mergeReports(mergeInputs(reports, omit, t)), { language, omitted: omit });
  if (flags.html !== undefined) {
    await writeAtomically(flags.html, page);
    say(`wrote ${flags.html}`);
  }
  if (flags.pdf !== undefined) {
    await writeAtomically(flags.pdf, await printPdf(page, chromium ?? '', t('report.merge.title')));
    say(`wrote ${flags.pdf}`);
  }
}
