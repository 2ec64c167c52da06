import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages.ts';
import { reportSchema } from '../report.ts';

/**
 * Exports and the workshop view: a run's report as a file (JSON, HTML, PDF, CSV),
 * several participants' reports combined on one page, and reading a report file
 * someone handed over. The main process renders every file from the report's JSON;
 * the renderer only chooses and, in web mode, hands the bytes to the browser.
 */

/** `merged-*`: the workshop view of several reports on one page. */
export const EXPORT_FORMATS = ['json', 'html', 'pdf', 'csv', 'merged-html', 'merged-pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const SINGLE_FORMATS = ['json', 'html', 'pdf', 'csv'] as const satisfies readonly ExportFormat[];
export const MERGED_FORMATS = ['merged-html', 'merged-pdf'] as const satisfies readonly ExportFormat[];

/**
 * What a person may leave out of a report before handing it on: their own public
 * address, the name of the network, where their proxies are (the engine's redactReport
 * removes them, the CLI's --omit and the export dialog offer them). Passwords need no
 * choice: a report never holds one.
 */
export const OMIT_CHOICES = ['public-ip', 'network', 'proxy-hosts'] as const;
export type OmitChoice = (typeof OMIT_CHOICES)[number];

/**
 * A participant's report that the page reads and sends as text: larger ones are refused
 * before they cross IPC, where a string is copied whole. Files the engine reads from disk
 * are streamed, up to its own MAX_REPORT_BYTES.
 */
export const MAX_REPORT_TEXT_BYTES = 50 * 1024 * 1024;
/** A workshop is a room of people, not a data set. */
export const MAX_MERGED_REPORTS = 64;

/** One participant's report in the workshop view, named by the report's own label or its file name. */
export const mergeInputSchema = z.strictObject({
  label: z.string().trim().min(1).max(200),
  report: reportSchema,
});
export type MergeInputRequest = z.infer<typeof mergeInputSchema>;

/**
 * What to export, from exactly one source: `runId` (a run the main process knows: the
 * current one, or one in the history), `report` (a report the renderer holds) or
 * `reports` (the workshop view, with a `merged-*` format).
 */
export const exportReportRequestSchema = z
  .strictObject({
    runId: z.string().min(1).max(200).optional(),
    report: reportSchema.optional(),
    reports: z.array(mergeInputSchema).min(2).max(MAX_MERGED_REPORTS).optional(),
    format: z.enum(EXPORT_FORMATS),
    language: z.enum(LANGUAGES),
    omit: z
      .array(z.enum(OMIT_CHOICES))
      .max(OMIT_CHOICES.length)
      .default(() => []),
    /** Keep each site's full evidence at the end of an HTML or PDF (default: HTML yes, PDF no: a PDF is a handout). */
    evidence: z.boolean().optional(),
    /** The reader's IANA time zone ("Asia/Baku") for the times shown; default: the host's own. */
    timeZone: z.string().min(1).max(64).optional(),
  })
  .superRefine((request, context) => {
    const sources = [request.runId, request.report, request.reports].filter((source) => source !== undefined);
    if (sources.length !== 1) {
      context.addIssue({ code: 'custom', message: 'give exactly one of runId, report and reports' });
      return;
    }
    const merged = (MERGED_FORMATS as readonly string[]).includes(request.format);
    if (merged !== (request.reports !== undefined)) {
      context.addIssue({
        code: 'custom',
        path: ['format'],
        message: merged ? 'a merged format needs reports' : 'reports export only as merged-html or merged-pdf',
      });
    }
  });
export type ExportReportRequest = z.input<typeof exportReportRequestSchema>;

/**
 * Where the file went: `saved` by the main process where the user chose (the desktop
 * app's save dialog: only the file's name comes back, not its folder), `cancelled` when
 * the user closed that dialog, or `download`: the bytes themselves (base64), for the
 * renderer to hand to the browser (web mode, which has no save dialog of its own).
 */
export const exportOutcomeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), fileName: z.string() }),
  z.object({ kind: z.literal('cancelled') }),
  z.object({ kind: z.literal('download'), fileName: z.string(), mimeType: z.string(), base64: z.string() }),
]);
export type ExportOutcome = z.infer<typeof exportOutcomeSchema>;

/**
 * A report file's text as the renderer read it, to be checked by the main process
 * (the size cap, the JSON, the schema version, then the whole schema) before any of
 * it is shown. `language`: that of the error line, if there is one.
 */
export const readReportTextRequestSchema = z.strictObject({
  text: z.string().max(MAX_REPORT_TEXT_BYTES),
  language: z.enum(LANGUAGES),
});
export type ReadReportTextRequest = z.infer<typeof readReportTextRequestSchema>;

/**
 * A report that passed every check, with the network's name where the report has one;
 * or one line in the reader's language saying what is wrong with the file.
 */
export const readReportTextValueSchema = z.discriminatedUnion('valid', [
  z.object({ valid: z.literal(true), report: reportSchema }),
  z.object({ valid: z.literal(false), problem: z.string() }),
]);
export type ReadReportTextValue = z.infer<typeof readReportTextValueSchema>;
