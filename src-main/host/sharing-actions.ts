import type { TFunction } from 'i18next';
import {
  describeReadError,
  MAX_REPORT_BYTES,
  mergeInputs,
  mergeReports,
  parseReportText,
  pdfFooterTemplate,
  printedReport,
  redactReport,
  renderMergeHtml,
  renderReportCsv,
  renderReportHtml,
  ReportBuilder,
  translatedProxyLabel,
} from '../engine/index.ts';
import { RecentRuns } from '../core/recent-runs.ts';
import { createTranslator } from '../shared/i18n/index.ts';
import type { ActionHandlers, ParsedRequestOf } from '../shared/ipc/contract.ts';
import { fail, ok, type IpcResult } from '../shared/ipc/result.ts';
import { MAX_REPORT_TEXT_BYTES, type ExportFormat, type ExportOutcome } from '../shared/ipc/sharing.ts';
import type { Report } from '../shared/report.ts';
import type { EngineHost } from './engine-host.ts';
import { downloadFileSaver } from './save-file.ts';

/**
 * The exports and the workshop view behind the contract's exportReport and
 * readReportText. Every file is rendered here from the report's JSON, after what the
 * user chose to leave out is removed; where it goes is the FileSaver's business (a
 * save dialog in the desktop app, a download in web mode) and a PDF the PdfPrinter's
 * (Electron's printToPDF, or Chromium through playwright-core). No Electron here.
 */

/** One rendered file, before it is saved. */
export interface ExportFile {
  /** The name offered: `detour-report-2026-11-29-0800.html`. */
  fileName: string;
  mimeType: string;
  /** The file name's extension without the dot, for a save dialog's filter. */
  extension: string;
  /** The save dialog's title, in the language of the export. */
  dialogTitle: string;
  bytes: Uint8Array;
}

/** Puts a rendered file where the user wants it, or hands its bytes back (web mode). */
export interface FileSaver {
  save(file: ExportFile): Promise<ExportOutcome>;
}

export type PdfResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** Prints an export's HTML (no script in it) to an A4 PDF. */
export interface PdfPrinter {
  /** `footerHtml` is `footerText` as Chromium's footer template (engine's pdfFooterTemplate). */
  print(html: string, options: { footerText: string; footerHtml: string }): Promise<PdfResult>;
}

/** For a host that has no way to print: every PDF is `unavailable`. */
export const NO_PDF_PRINTER: PdfPrinter = {
  print: () => Promise.resolve({ ok: false, reason: 'this host cannot print PDFs' }),
};

export interface SharingOptions {
  /** Default: the bytes go back to the renderer (downloadFileSaver). */
  saver?: FileSaver;
  /** Default: none (NO_PDF_PRINTER). */
  printer?: PdfPrinter;
  /** A past run's report (the history), asked when the run is not one of the latest this host ran. */
  findReport?: (runId: string) => Promise<Report | undefined>;
  now?: () => Date;
}

export type SharingHandlers = Pick<ActionHandlers, 'exportReport' | 'readReportText'>;

/**
 * The two handlers. The reports of the latest runs are folded from the engine's
 * events as they come (RecentRunReports), so the Result view can export the run it
 * shows by its id without sending the whole report back.
 */
export function createSharingHandlers(
  engine: Pick<EngineHost, 'subscribe'>,
  options: SharingOptions = {},
): SharingHandlers {
  const recent = new RecentRunReports(engine);
  const saver = options.saver ?? downloadFileSaver();
  const printer = options.printer ?? NO_PDF_PRINTER;
  const now = options.now ?? (() => new Date());
  // The history's file first: it holds the observations, which a run's fold here
  // does not keep in memory; the fold answers for a run the history could not save.
  const findReport = async (runId: string): Promise<Report | undefined> =>
    (await options.findReport?.(runId)) ?? recent.find(runId);

  return {
    async exportReport(request) {
      const t = createTranslator(request.language);
      if (request.reports !== undefined) {
        const page = renderMergeHtml(mergeReports(mergeInputs(request.reports, request.omit, t)), {
          language: request.language,
          omitted: request.omit,
          timeZone: readerTimeZone(request),
        });
        const name = `detour-workshop-${fileStamp(now().toISOString())}`;
        if (request.format === 'merged-pdf') return printed(page, name, t('report.merge.title'), t);
        return save(textFile(name, 'html', page, t));
      }
      const report = request.report ?? (request.runId === undefined ? undefined : await findReport(request.runId));
      if (report === undefined) return fail('bad-request', 'no report of that run');
      return exportOne(report, request, t);
    },

    readReportText({ text, language }) {
      return Promise.resolve(ok(readReportText(text, language)));
    },
  };

  async function exportOne(
    report: Report,
    request: ParsedRequestOf<'exportReport'>,
    t: TFunction,
  ): Promise<IpcResult<ExportOutcome>> {
    const redacted = redactReport(report, { omit: request.omit, proxyLabel: translatedProxyLabel(t) });
    const renderOptions = {
      language: request.language,
      omitted: request.omit,
      timeZone: readerTimeZone(request),
    };
    const name = `detour-report-${fileStamp(report.startedAt)}`;
    switch (request.format as Exclude<ExportFormat, 'merged-html' | 'merged-pdf'>) {
      case 'json':
        return save(textFile(name, 'json', `${JSON.stringify(redacted, null, 2)}\n`, t));
      case 'csv':
        return save(textFile(name, 'csv', renderReportCsv(redacted, renderOptions), t));
      case 'html':
        return save(
          textFile(
            name,
            'html',
            renderReportHtml(redacted, { ...renderOptions, evidence: request.evidence ?? true }),
            t,
          ),
        );
      case 'pdf': {
        // A PDF is printed to be handed out: page 1 is the handout, the evidence only when asked for.
        const { html, footerText } = printedReport(redacted, { ...renderOptions, evidence: request.evidence ?? false });
        return printed(html, name, footerText, t);
      }
    }
  }

  async function printed(page: string, name: string, footerText: string, t: TFunction) {
    const pdf = await printer.print(page, { footerText, footerHtml: pdfFooterTemplate(footerText) });
    if (!pdf.ok) return fail<ExportOutcome>('unavailable', pdf.reason);
    return save({
      fileName: `${name}.pdf`,
      mimeType: MIME_TYPES.pdf,
      extension: 'pdf',
      dialogTitle: t('sharing.save.title'),
      bytes: pdf.bytes,
    });
  }

  async function save(file: ExportFile): Promise<IpcResult<ExportOutcome>> {
    return ok(await saver.save(file));
  }
}

const MIME_TYPES = {
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  pdf: 'application/pdf',
} as const;

function textFile(name: string, extension: 'json' | 'html' | 'csv', text: string, t: TFunction): ExportFile {
  return {
    fileName: `${name}.${extension}`,
    mimeType: MIME_TYPES[extension],
    extension,
    dialogTitle: t('sharing.save.title'),
    bytes: new TextEncoder().encode(text),
  };
}

/** `2026-11-29T08:00:00.000Z` → `2026-11-29-0800`: sorts by date, and no character a file system refuses. */
export function fileStamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return match === null ? 'run' : `${match[1]}-${match[2]}${match[3]}`;
}

/**
 * A report file's text checked as the CLI checks a file: the size cap, then the
 * engine's safe reader. Whatever is wrong becomes one line in the reader's language.
 */
export function readReportText(text: string, language: ParsedRequestOf<'readReportText'>['language']) {
  const t = createTranslator(language);
  const limit = Math.min(MAX_REPORT_BYTES, MAX_REPORT_TEXT_BYTES);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limit) {
    return { valid: false as const, problem: describeReadError(t, { code: 'too-large', bytes, limit }) };
  }
  // A byte-order mark is no part of the JSON; a spreadsheet program may have added one.
  const json = text.startsWith('\ufeff') ? text.slice(1) : text;
  const read = parseReportText(json);
  if (!read.ok) return { valid: false as const, problem: describeReadError(t, read.error) };
  return { valid: true as const, report: read.report };
}

/**
 * The reports of the latest runs this host ran, folded from their events as they
 * come by the one fold (core/recent-runs.ts), complete at every moment (status
 * `running` until the end) but for the observations: those are the bulk of a big
 * run and live in the history's journal and report, not in this process's memory.
 * A run that broke (`run-failed`) keeps what it measured, marked interrupted.
 */
export class RecentRunReports {
  readonly #runs: RecentRuns;
  readonly stop: () => void;

  constructor(engine: Pick<EngineHost, 'subscribe'>, keep = 2) {
    this.#runs = new RecentRuns(() => new ReportBuilder([], { keepObservations: false }), keep);
    this.stop = engine.subscribe((message) => void this.#runs.add(message));
  }

  find(runId: string): Report | undefined {
    return this.#runs.find(runId);
  }
}

/** The reader's time zone as the renderer gave it, else this computer's (the host runs beside the user). */
function readerTimeZone(request: { timeZone?: string | undefined }): string {
  return request.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}
