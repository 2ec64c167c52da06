import { checkOutput, UsageError } from './options.ts';
import { exportReport, parseLanguage, requireChromium, type ReportFlags } from './report-command.ts';

/**
 * `detour diagnose … --pdf FILE [--lang az] [--evidence]`: the run's PDF, printed from
 * the report the run saved by the very path `detour report --pdf` takes (the app's
 * handout first, the public address left out).
 */
export interface DiagnosePdfFlags {
  pdf?: string;
  lang?: string;
  evidence?: boolean;
}

/**
 * Checked before the run, so a wrong flag or a missing Chromium costs no measurement.
 * `saves`: whether the run leaves a report to print (`--out`, or the history).
 */
export async function checkPdfFlags(flags: DiagnosePdfFlags, saves: boolean): Promise<void> {
  if (flags.pdf === undefined) {
    if (flags.lang !== undefined || flags.evidence === true)
      throw new UsageError('--lang and --evidence go with --pdf');
    return;
  }
  if (!saves) throw new UsageError('--pdf prints the saved report: give --out FILE, or keep the history');
  parseLanguage(flags.lang);
  await checkOutput('--pdf', flags.pdf);
  requireChromium();
}

/** Prints the PDF of the report the run wrote to `reportFile`. */
export async function writeRunPdf(
  reportFile: string,
  flags: DiagnosePdfFlags,
  say: (line: string) => void,
): Promise<void> {
  if (flags.pdf === undefined) return;
  const asked: ReportFlags = {
    pdf: flags.pdf,
    ...(flags.lang === undefined ? {} : { lang: flags.lang }),
    ...(flags.evidence === true ? { evidence: true } : {}),
  };
  await exportReport(reportFile, asked, say);
}
