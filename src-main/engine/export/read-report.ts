import { readBoundedBytes } from '../read-bounded.ts';
import type { TFunction } from 'i18next';
import { REPORT_SCHEMA_VERSION, reportSchema, type Report } from '../../shared/report.ts';

/**
 * Reading a report file someone hands over (a workshop participant's, one found
 * online) without trusting it: a size cap checked before reading, the JSON syntax
 * error with its line and column, the schema version before anything else, then the
 * full schema with the first bad field named. Every failure is a value, never a throw.
 */

/** Far above any real report (a run of a thousand sites is a few MiB), far below what hurts. */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

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

/**
 * Reads and checks a report file: a regular file only (a FIFO or a device is refused
 * without waiting), never read past the cap (read-bounded.ts).
 */
export async function readReportFile(path: string, limit = MAX_REPORT_BYTES): Promise<ReportReadResult> {
  const read = await readBoundedBytes(path, { limit, purpose: 'report' });
  if (read.ok) return parseReportBytes(read.value);
  const { error } = read;
  switch (error.code) {
    case 'not-a-file':
      return { ok: false, error: { code: 'not-a-file' } };
    case 'too-large':
      return { ok: false, error: { code: 'too-large', bytes: error.size ?? limit + 1, limit } };
    default:
      return { ok: false, error: { code: 'unreadable', detail: error.detail } };
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
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('schemaVersion' in value)) {
    return { ok: false, error: { code: 'not-a-report' } };
  }
  if (value.schemaVersion !== REPORT_SCHEMA_VERSION) {
    return {
      ok: false,
      error: { code: 'wrong-version', found: versionText(value.schemaVersion), expected: REPORT_SCHEMA_VERSION },
    };
  }
  const parsed = reportSchema.safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    error: { code: 'invalid', field: fieldPath(issue?.path ?? []), problem: oneLine(issue?.message ?? '') },
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
      return t('report.error.too-large', { replace: { size: mebibytes(error.bytes), limit: mebibytes(error.limit) } });
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

function mebibytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
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

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/**
 * Where JSON text first goes wrong (RFC 8259), or null when it is valid. V8's
 * JSON.parse does not always say where; this scanner does, without recursion, so
 * no nesting depth can overflow the stack.
 */
export function firstJsonError(text: string): number | null {
  const stack: ('array' | 'object')[] = [];
  let index = 0;
  let expect: Expect = 'value';
  const afterValue = (): Expect => (stack.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    while (index < text.length && WHITESPACE.has(text[index] ?? '')) index += 1;
    if (index >= text.length) return expect === 'end' ? null : index;
    const char = text[index];
    switch (expect) {
      case 'end':
        return index;
      case 'colon':
        if (char !== ':') return index;
        index += 1;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const top = stack[stack.length - 1];
        if (char === ',') {
          index += 1;
          expect = top === 'object' ? 'key' : 'value';
        } else if ((top === 'object' && char === '}') || (top === 'array' && char === ']')) {
          stack.pop();
          index += 1;
          expect = afterValue();
        } else return index;
        break;
      }
      case 'key-or-close':
      case 'key':
        if (expect === 'key-or-close' && char === '}') {
          stack.pop();
          index += 1;
          expect = afterValue();
          break;
        }
        if (char !== '"') return index;
        index = stringEnd(text, index);
        if (index < 0) return -index - 1;
        expect = 'colon';
        break;
      case 'value-or-close':
      case 'value':
        if (expect === 'value-or-close' && char === ']') {
          stack.pop();
          index += 1;
          expect = afterValue();
        } else if (char === '{' || char === '[') {
          stack.push(char === '{' ? 'object' : 'array');
          index += 1;
          expect = char === '{' ? 'key-or-close' : 'value-or-close';
        } else {
          const end = scalarEnd(text, index);
          if (end < 0) return -end - 1;
          index = end;
          expect = afterValue();
        }
        break;
    }
  }
}

/** The index after a scalar starting at `start`, or -(error index + 1). */
function scalarEnd(text: string, start: number): number {
  if (text[start] === '"') return stringEnd(text, start);
  for (const literal of ['true', 'false', 'null']) if (text.startsWith(literal, start)) return start + literal.length;
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  return match === null || match[0] === '' ? -start - 1 : start + match[0].length;
}

/** The index after the string whose quote is at `start`, or -(error index + 1). */
function stringEnd(text: string, start: number): number {
  let index = start + 1;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '"') return index + 1;
    if (char.charCodeAt(0) < 0x20) return -index - 1;
    if (char === '\\') {
      const next = text[index + 1] ?? '';
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) return -index - 1;
        index += 6;
      } else if (ESCAPES.has(next)) index += 2;
      else return -index - 1;
    } else index += 1;
  }
  return -index - 1;
}
