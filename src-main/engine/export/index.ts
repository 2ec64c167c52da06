/**
 * Exports of a run's report, all rendered from its JSON: HTML (and PDF from it),
 * CSV, and the merged view of several networks. Reading a report file someone hands
 * over, and leaving out what its owner does not want to share, happen here too.
 */
export { renderReportCsv, csvField, CSV_COLUMNS } from './csv.ts';
export { escapeHtml, html, Html } from './html-template.ts';
export { renderReportHtml, EXPORT_CSP } from './html.ts';
export { renderSpeedPatternHtml } from './html-speed.ts';
export { mergeInputs, mergeReports, renderMergeHtml, type MergeInput, type MergedReports } from './merge.ts';
export { findChromium, htmlToPdf, pdfFooterTemplate, CHROMIUM_CANDIDATES } from './pdf.ts';
export { DEFAULT_OMIT, printedReport, type PrintedReport } from './printed-report.ts';
export {
  describeReadError,
  MAX_REPORT_BYTES,
  parseReportText,
  readReportFile,
  type ReportReadError,
  type ReportReadOptions,
  type ReportReadResult,
} from './read-report.ts';
export { redactReport, translatedProxyLabel, type RedactOptions } from './redact.ts';
export { type ExportOptions } from './view.ts';
