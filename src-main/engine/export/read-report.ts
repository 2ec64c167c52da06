import type { TFunction } from 'i18next';
import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, reportSchema, type Report } from '../../shared/report.ts';
import { firstJsonError } from '../report/json-scanner.ts';
import { readJsonObjectFile } from '../report/read-json-file.ts';
import { mebibytes } from '../../core/view/sizes.ts';

export { firstJsonError } from '../report/json-scanner.ts';

/**
 * Reading a report file someone hands over (a workshop participant's, one found
 * online) without trusting it: a size cap checked before reading, the JSON syntax
 * error with its line and column, the schema version before anything else, then the
 * full schema with the first bad field named. Every failure is a value, never a throw.
 * A file is read as a stream (read-json-file.ts) and checked a target and an
 * observation at a time, so a big run costs its parsed size, not its text as well.
 */

/**
 * Above any real report (10,000 sites over 4 routes write about 150 MiB), below what
 * a laptop can hold once parsed.
 */
export const MAX_REPORT_BYTES = 512 * 1024 * 1024;

export type ReportReadError =
  | { code: 'unreadable'; detail: string }
  | { code: 'not-a-file' }
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'not-text' }
  | { code: 'not-json'; line: number; column: number }
  | { code: 'not-a-report' }
  | { code: 'wrong-version'; found: string; expected: number }
  | { code: 'invalid'; field: string; problem: string };

export type ReportReadResult = { ok: true; report: Report } | { ok: false; error: ReportReadError };

export interface ReportReadOptions {
  /**
   * False: the report comes with an empty list of observations, which are scanned for
   * syntax but neither parsed nor checked (a view that shows them one cell at a time
   * reads them with read-observations.ts).
   */
  observations?: boolean;
}

/**
 * Reads and checks a report file: a regular file only (a FIFO or a device is refused
 * without waiting), never read past the cap (read-bounded.ts).
 */
export async function readReportFile(
  path: string,
  limit = MAX_REPORT_BYTES,
  { observations = true }: ReportReadOptions = {},
): Promise<ReportReadResult> {
  const read = await readJsonObjectFile(path, {
    limit,
    purpose: 'report',
    split: ['targets', 'observations'],
    ...(observations ? {} : { skip: ['observations'] }),
  });
  if (read.ok) return checkReport(read.value, read.streamed);
  const { error } = read;
  switch (error.code) {
    case 'not-text':
    case 'not-json':
      return { ok: false, error };
    case 'not-an-object':
      return { ok: false, error: { code: 'not-a-report' } };
    case 'read':
      switch (error.error.code) {
        case 'not-a-file':
          return { ok: false, error: { code: 'not-a-file' } };
        case 'too-large':
          return { ok: false, error: { code: 'too-large', bytes: error.error.size ?? limit + 1, limit } };
        default:
          return { ok: false, error: { code: 'unreadable', detail: error.error.detail } };
      }
  }
}

/** Decodes (UTF-8, an initial BOM dropped) and checks a report. */
export function parseReportBytes(bytes: Uint8Array): ReportReadResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-text' } };
  }
  return parseReportText(text);
}

export function parseReportText(text: string): ReportReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json', ...lineAndColumn(text, firstJsonError(text) ?? text.length) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: { code: 'not-a-report' } };
  }
  return checkReport(value);
}

/** The report without its two long lists, which are checked an element at a time. */
const reportHeadSchema = reportSchema.extend({ targets: z.array(z.unknown()), observations: z.array(z.unknown()) });
const LISTS = [
  ['targets', reportSchema.shape.targets.element],
  ['observations', reportSchema.shape.observations.element],
] as const;

/**
 * Checks a parsed JSON object: the schema version first, then the report. A large one
 * (`piecewise`) is checked but for its targets and observations, then each of those in
 * turn, each replaced by its checked copy as it goes, so the whole run is never held
 * twice; a small one at once (quicker: one pass of the schema).
 */
function checkReport(value: object, piecewise = false): ReportReadResult {
  if (!('schemaVersion' in value)) return { ok: false, error: { code: 'not-a-report' } };
  if (value.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: { code: 'wrong-version', found: versionText(value.schemaVersion), expected: REPORT_SCHEMA_VERSION },
    };
  }
  if (!piecewise) {
    const parsed = reportSchema.safeParse(value);
    return parsed.success ? { ok: true, report: parsed.data } : invalid(parsed.error.issues[0]);
  }
  const head = reportHeadSchema.safeParse(value);
  if (!head.success) return invalid(head.error.issues[0]);
  for (const [key, schema] of LISTS) {
    const list = head.data[key];
    for (let index = 0; index < list.length; index += 1) {
      const checked = schema.safeParse(list[index]);
      if (!checked.success) return invalid(checked.error.issues[0], [key, index]);
      list[index] = checked.data;
    }
  }
  return { ok: true, report: head.data as Report };
}

function invalid(issue: z.core.$ZodIssue | undefined, prefix: PropertyKey[] = []): ReportReadResult {
  return {
    ok: false,
    error: {
      code: 'invalid',
      field: fieldPath([...prefix, ...(issue?.path ?? [])]),
      problem: oneLine(issue?.message ?? ''),
    },
  };
}

/** The error in the reader's language, one line, without the file name (the caller puts it first). */
export function describeReadError(t: TFunction, error: ReportReadError): string {
  switch (error.code) {
    case 'unreadable':
      return t('report.error.unreadable', { replace: { detail: error.detail } });
    case 'not-a-file':
      return t('report.error.not-a-file');
    case 'too-large':
      return t('report.error.too-large', {
        replace: { size: mebibytes(error.bytes, t), limit: mebibytes(error.limit, t) },
      });
    case 'not-text':
      return t('report.error.not-text');
    case 'not-json':
      return t('report.error.not-json', { replace: { line: error.line, column: error.column } });
    case 'not-a-report':
      return t('report.error.not-a-report');
    case 'wrong-version':
      return t('report.error.wrong-version', { replace: { found: error.found, expected: error.expected } });
    case 'invalid':
      return t('report.error.invalid', { replace: { field: error.field, problem: error.problem } });
  }
}

/** A version as it can be shown: a number as is, anything else as short JSON. */
function versionText(version: unknown): string {
  const text = typeof version === 'number' ? String(version) : (JSON.stringify(version) ?? 'none');
  return oneLine(text.length > 24 ? `${text.slice(0, 24)}…` : text);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 200);
}

/** `targets[3].verdict.paths[0].status`, as a person looking at the file would look for it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const name = String(part);
      out += /^[A-Za-z_$][\w$-]*$/.test(name) ? `${out === '' ? '' : '.'}${name}` : `[${JSON.stringify(name)}]`;
    }
  }
  return oneLine(out === '' ? '(the whole document)' : out);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
