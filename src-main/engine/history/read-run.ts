import {
  fieldPath,
  MAX_REPORT_BYTES,
  readReportFile,
  type ReportReadError,
  type ReportReadOptions,
} from '../export/read-report.ts';
import { readJsonObjectFile, type JsonFileError } from '../report/read-json-file.ts';
import { readObservationsOf, type ObservationFilter } from '../report/read-observations.ts';
import { z } from 'zod';
import type { Observation } from '../../shared/observation.ts';
import { REPORT_SCHEMA_VERSION, reportSchema, type Report } from '../../shared/report.ts';
import { runSummarySchema, verdictStatusSchema } from '../../shared/verdict.ts';

/**
 * Why a run file cannot be shown; `detail` is technical (an errno code, a parser
 * message, the path of the first bad field), the views put the words around it.
 */
export const damageSchema = z.object({
  code: z.enum(['unreadable', 'not-json', 'not-a-report', 'unsupported-version']),
  detail: z.string(),
});
export type Damage = z.infer<typeof damageSchema>;

/**
 * The parts of a report a list of runs shows. Checking only these keeps listing
 * 1,000 runs fast (the full schema costs about 3 ms a report, JSON.parse a tenth of
 * that); the full check happens when a run is opened, and a file that fails it is
 * then listed as damaged.
 */
const runHeadSchema = z.object({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  runId: z.string(),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  status: reportSchema.shape.status,
  targets: z.array(
    z.object({ verdict: z.object({ direct: z.object({ status: verdictStatusSchema }).optional() }).optional() }),
  ),
  summary: runSummarySchema.pick({ blocked: true, counts: true, network: true }).optional(),
  plan: z.object({
    entries: z.array(z.object({ source: z.string() })),
    paths: z.array(z.object({ name: z.string(), kind: z.string() })),
  }),
});
export type RunHead = z.infer<typeof runHeadSchema>;

type Read<T> = { ok: true; value: T; json: Record<string, unknown> } | { ok: false; damage: Damage };

/** Reads and validates one report file against the full reportSchema (its observations left out if asked), as a stream (read-report.ts); never throws. */
export async function readRunFile(
  path: string,
  options: ReportReadOptions = {},
): Promise<{ ok: true; report: Report } | { ok: false; damage: Damage }> {
  const read = await readReportFile(path, MAX_REPORT_BYTES, options);
  return read.ok ? read : { ok: false, damage: damageOf(read.error) };
}

/**
 * Reads the parts of a report file a list shows (runHeadSchema), and the whole JSON
 * but for the observations (never kept: a list needs none); never throws.
 */
export function readRunHead(path: string): Promise<Read<RunHead>> {
  return readHead(path, runHeadSchema);
}

/**
 * A report file of the history read for its head: a regular file of at most
 * MAX_REPORT_BYTES (read-bounded.ts), so an entry that is a link to /dev/zero or a
 * FIFO is listed as damaged at once instead of being read without end; streamed, its
 * observations skipped.
 */
export async function readHead<T>(path: string, schema: z.ZodType<T>): Promise<Read<T>> {
  const read = await readJsonObjectFile(path, {
    limit: MAX_REPORT_BYTES,
    purpose: 'history entry',
    skip: ['observations'],
  });
  if (!read.ok) return { ok: false, damage: damageOfJson(read.error) };
  return parseWith(read.value, schema);
}

/**
 * The observations of one target on one route of a run's report file, the file
 * scanned and only those parsed and checked (report/read-observations.ts); never throws.
 */
export async function readRunObservations(
  path: string,
  filter: ObservationFilter,
): Promise<{ ok: true; observations: Observation[] } | { ok: false; damage: Damage }> {
  const read = await readObservationsOf(path, filter, MAX_REPORT_BYTES);
  if (read.ok) return read;
  const { error } = read;
  if (error.code !== 'invalid') return { ok: false, damage: damageOfJson(error) };
  return {
    ok: false,
    damage: { code: 'not-a-report', detail: `${fieldPath(['observations', error.index])}: ${error.problem}` },
  };
}

function damageOfJson(error: JsonFileError): Damage {
  if (error.code === 'read') return { code: 'unreadable', detail: error.error.detail };
  return damageOf(error.code === 'not-an-object' ? { code: 'not-a-report' } : error);
}

function damageOf(error: ReportReadError): Damage {
  switch (error.code) {
    case 'unreadable':
      return { code: 'unreadable', detail: error.detail };
    case 'not-a-file':
      return { code: 'unreadable', detail: 'not a regular file' };
    case 'too-large':
      return { code: 'unreadable', detail: `over ${error.limit} bytes` };
    case 'not-text':
      return { code: 'not-json', detail: 'not UTF-8 text' };
    case 'not-json':
      return { code: 'not-json', detail: `line ${error.line}, column ${error.column}` };
    case 'not-a-report':
      return { code: 'not-a-report', detail: 'not a JSON object' };
    case 'wrong-version':
      return { code: 'unsupported-version', detail: error.found };
    case 'invalid':
      return { code: 'not-a-report', detail: `${error.field}: ${error.problem}` };
  }
}

export function parseWith<T>(json: Record<string, unknown>, schema: z.ZodType<T>): Read<T> {
  const version = 'schemaVersion' in json ? json.schemaVersion : null;
  if (typeof version === 'number' && version !== REPORT_SCHEMA_VERSION) {
    return { ok: false, damage: { code: 'unsupported-version', detail: String(version) } };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data, json };
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? '' : `${fieldPath(issue.path)}: `;
  return { ok: false, damage: { code: 'not-a-report', detail: `${where}${issue?.message ?? 'invalid'}` } };
}
