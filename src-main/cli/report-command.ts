import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { TFunction } from 'i18next';
import {
  describeReadError,
  DEFAULT_OMIT,
  findChromium,
  htmlToPdf,
  printedReport,
  readReportFile,
  redactReport,
  renderReportCsv,
  renderReportHtml,
  translatedProxyLabel,
  writeFileAtomically,
} from '../engine/index.ts';
import { createTranslator, LANGUAGES, type Language } from '../shared/i18n/index.ts';
import { OMIT_CHOICES, type OmitChoice } from '../shared/ipc/sharing.ts';
import { printable } from '../shared/printable.ts';
import type { Report } from '../shared/report.ts';
import { checkOutput, UsageError } from './options.ts';
import { printLine } from './terminal.ts';

/**
 * `detour report RUN.json --html OUT | --pdf OUT | --csv OUT [--lang az] [--omit …] [--evidence]`:
 * the exports of one run, rendered from its JSON report in the reader's language,
 * with what its owner wants left out removed first (the public address unless told
 * otherwise, as in the app's export dialog). The PDF is the app's: a one-page handout
 * first, the evidence appendix only with --evidence. Any problem (an unreadable or
 * foreign report, no Chromium for a PDF) is one line and exit code 2, before any
 * file is written.
 */
export interface ReportFlags {
  html?: string;
  pdf?: string;
  csv?: string;
  lang?: string;
  omit?: string;
  evidence?: boolean;
}

export function addReportCommand(program: Command): void {
  program
    .command('report')
    .description('Export a run’s JSON report as HTML, PDF or CSV, in English, Azerbaijani or Russian.')
    .argument('<report>', 'the JSON report a run wrote (diagnose --out)')
    .option('--html <file>', 'write one self-contained HTML page (no scripts, works offline)')
    .option('--pdf <file>', 'write a PDF (A4) through Chromium (CHROMIUM_PATH, or /usr/bin/chromium)')
    .option('--csv <file>', 'write one row per site and route (UTF-8, for spreadsheets)')
    .option('--lang <code>', `the language of the export: ${LANGUAGES.join(', ')} (default en)`)
    .option(
      '--omit <list>',
      `leave out, comma-separated: ${OMIT_CHOICES.join(', ')}, or none (default ${DEFAULT_OMIT.join(',')})`,
    )
    .option('--evidence', 'with --pdf: add the full evidence (every measurement) after the one-page handout')
    .action(async (file: string, flags: ReportFlags) => {
      await exportReport(file, flags, (line) => printLine(process.stdout, line));
    });
}

export async function exportReport(file: string, flags: ReportFlags, say: (line: string) => void): Promise<void> {
  const outputs = (['html', 'pdf', 'csv'] as const).flatMap((kind) => {
    const path = flags[kind];
    return path === undefined ? [] : [{ kind, path }];
  });
  if (outputs.length === 0) throw new UsageError('report: give --html FILE, --pdf FILE or --csv FILE (or several)');
  if (flags.evidence === true && flags.pdf === undefined) throw new UsageError('--evidence goes with --pdf');
  const language = parseLanguage(flags.lang);
  const omit = flags.omit === undefined ? [...DEFAULT_OMIT] : parseOmit(flags.omit);
  const t = createTranslator(language);
  refuseOverwriting(
    [file],
    outputs.map((o) => o.path),
  );
  for (const { kind, path } of outputs) await checkOutput(`--${kind}`, path);
  const chromium = outputs.some((o) => o.kind === 'pdf') ? requireChromium() : undefined;
  const report = redactReport(await loadReport(file, t), { omit, proxyLabel: translatedProxyLabel(t) });
  // Times in the reader's own zone (TZ, else the system's), as the app's exports show them.
  const options = { language, omitted: omit, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  for (const { kind, path } of outputs) {
    if (kind === 'csv') await writeAtomically(path, renderReportCsv(report, options));
    else if (kind === 'html') await writeAtomically(path, renderReportHtml(report, options));
    else {
      const printed = printedReport(report, { ...options, evidence: flags.evidence === true });
      await writeAtomically(path, await printPdf(printed.html, chromium ?? '', printed.footerText));
    }
    say(`wrote ${path}`);
  }
}

/** Reads a report or throws a UsageError naming the file and what is wrong with it. */
export async function loadReport(file: string, t: TFunction): Promise<Report> {
  const read = await readReportFile(file);
  if (!read.ok) throw new UsageError(`${file}: ${describeReadError(t, read.error)}`);
  return read.report;
}

export function parseLanguage(text: string | undefined): Language {
  if (text === undefined) return 'en';
  const language = LANGUAGES.find((code) => code === text.trim().toLowerCase());
  if (language === undefined) {
    throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}, not "${printable(text, 40)}"`);
  }
  return language;
}

/** `--omit a,b` as choices; `none` keeps everything. */
export function parseOmit(text: string | undefined): OmitChoice[] {
  if (text === undefined || text.trim() === 'none') return [];
  const choices = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const unknown = choices.filter((choice) => !(OMIT_CHOICES as readonly string[]).includes(choice));
  if (unknown.length > 0) {
    throw new UsageError(`--omit takes ${OMIT_CHOICES.join(', ')}, not "${printable(unknown.join(','), 80)}"`);
  }
  return [...new Set(choices as OmitChoice[])];
}

/** The Chromium executable, or the usage error that says where it was looked for. */
export function requireChromium(): string {
  const found = findChromium();
  if (found.ok) return found.path;
  throw new UsageError(
    `a PDF needs Chromium, and none was found (looked at ${found.tried.join(', ')}); install it (apt-get install chromium) or set CHROMIUM_PATH`,
  );
}

export async function printPdf(page: string, executablePath: string, footerText: string): Promise<Uint8Array> {
  try {
    return await htmlToPdf(page, { executablePath, footerText });
  } catch (error) {
    const why = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    throw new UsageError(`Chromium at ${executablePath} could not print the PDF: ${why}`);
  }
}

/** Never write an export over a report being read (`--html run.json run.json` by mistake). */
export function refuseOverwriting(inputs: readonly string[], outputs: readonly string[]): void {
  const read = new Set(inputs.map((path) => resolve(path)));
  const clash = outputs.find((path) => read.has(resolve(path)));
  if (clash !== undefined) throw new UsageError(`${clash} is a report being read; choose another file to write`);
}

/** Writes an export atomically (no reader sees half of it); a failure is one usage line. */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomically(path, content);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : String(error);
    throw new UsageError(`cannot write ${path} (${code})`);
  }
}
