import { createTranslator } from '../../shared/i18n/index.ts';
import type { OmitChoice } from '../../shared/ipc/sharing.ts';
import type { Report } from '../../shared/report.ts';
import { renderReportHtml } from './html.ts';
import type { ExportOptions } from './view.ts';

/**
 * A run's report as the PDF a person hands out, the same from the app's export
 * dialog and from `detour report --pdf`: page 1 is the one-page handout (what to do,
 * the blocked sites and what opens them, calls, network, time in the reader's zone),
 * the evidence appendix only when asked for.
 */
export interface PrintedReport {
  /** The page Chromium prints. */
  html: string;
  /** The words at the foot of every page. */
  footerText: string;
}

/**
 * What a handout leaves out when its owner says nothing: the public address, which
 * tells whoever is handed the report who and where its owner is.
 */
export const DEFAULT_OMIT: readonly OmitChoice[] = ['public-ip'];

/** `report` is already redacted (redactReport) as `options.omitted` says. */
export function printedReport(report: Report, options: ExportOptions): PrintedReport {
  const t = createTranslator(options.language);
  return {
    html: renderReportHtml(report, { ...options, handout: true, evidence: options.evidence ?? false }),
    footerText: `${t('report.title')} · ${report.startedAt.slice(0, 10)}`,
  };
}
