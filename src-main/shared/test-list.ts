import type { InputError } from './events.ts';
import type { PlanEntry } from './plan.ts';
import { printable } from './printable.ts';

/**
 * Reads a test list in the Citizen Lab CSV format (the lists OONI Probe tests):
 * `url,category_code,category_description,date_added,source,notes`, header first.
 * Detour bundles none of those lists (they are CC BY-NC-SA); a user brings one.
 *
 * Plain TypeScript, so the engine (reading a file for the CLI) and the app's Sites
 * screen (reading a file the user picks) parse a list the same way.
 */

/** The columns of a test list, in order (the header row must name them so). */
export const TEST_LIST_COLUMNS = [
  'url',
  'category_code',
  'category_description',
  'date_added',
  'source',
  'notes',
] as const;
/** One file gives at most this many targets: the global list has about 1,500. */
export const MAX_TEST_LIST_ENTRIES = 10_000;
/** A target list bigger than this is not a list someone wrote (--list, --test-list, the app's import). */
export const MAX_LIST_BYTES = 8 * 1024 * 1024;
/** A test list bigger than this is not a test list (the same bound as --list). */
export const MAX_TEST_LIST_BYTES = MAX_LIST_BYTES;

/** A target from a test list; `category` is its category code (NEWS, ANON, …). */
export type TestListEntry = PlanEntry & { category?: string };
export interface TestListResult {
  entries: TestListEntry[];
  /** One per bad row, with `file:line` as its source; a file that is not a test list is one error. */
  errors: InputError[];
}

/**
 * Parses test-list text (RFC 4180: quoted fields may hold commas, doubled quotes
 * and line breaks; CRLF or LF; a UTF-8 byte-order mark is skipped). `source` names
 * the file in each entry's and error's `source:line`, the line where the row starts.
 */
export function parseTestListCsv(text: string, source: string): TestListResult {
  const rows = csvRows(text.replace(/^\uFEFF/, ''));
  const where = (row: CsvRow): string => `${source}:${row.line}`;
  const error = (row: CsvRow, code: InputError['code']): InputError => ({
    source: where(row),
    input: printable(row.text),
    code,
  });

  let header = rows.next();
  while (!header.done && isBlank(header.value)) header = rows.next();
  if (header.done) return { entries: [], errors: [{ source, input: '', code: 'empty-list' }] };
  if (!isTestListHeader(header.value)) return { entries: [], errors: [error(header.value, 'not-a-test-list')] };

  const entries: TestListEntry[] = [];
  const errors: InputError[] = [];
  for (const row of rows) {
    if (isBlank(row)) continue;
    if (entries.length === MAX_TEST_LIST_ENTRIES) {
      errors.push({ source: where(row), input: '', code: 'too-many-entries' });
      break;
    }
    const [url = '', category = ''] = row.fields.map((field) => field.trim());
    if (row.unclosedQuote || row.fields.length !== TEST_LIST_COLUMNS.length) errors.push(error(row, 'bad-csv-row'));
    else if (url === '') errors.push(error(row, 'missing-url'));
    else entries.push({ input: url, source: where(row), ...(category === '' ? {} : { category }) });
  }
  if (entries.length === 0 && errors.length === 0) errors.push({ source, input: '', code: 'empty-list' });
  return { entries, errors };
}

interface CsvRow {
  /** The line the row starts on, from 1. */
  line: number;
  fields: string[];
  /** The row as written, without its line break, for error messages. */
  text: string;
  /** The file ended inside a quoted field. */
  unclosedQuote: boolean;
}

/**
 * Splits CSV text into rows, lazily, so a huge file stops being parsed at the cap.
 * A quote opens a quoted field only at the start of a field; anywhere else it is
 * an ordinary character, the lenient reading most CSV writers expect.
 */
function* csvRows(text: string): Generator<CsvRow> {
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const start = at;
    const startLine = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let fieldStart = true;
    let rowEnd = text.length;
    while (at < text.length) {
      const char = text[at++];
      if (quoted) {
        if (char === '\n') line++;
        if (char !== '"') {
          field += char;
        } else if (text[at] === '"') {
          field += '"'; // a doubled quote inside quotes is one quote
          at++;
        } else {
          quoted = false;
        }
      } else if (char === '"' && fieldStart) {
        quoted = true;
      } else if (char === ',') {
        fields.push(field);
        field = '';
        fieldStart = true;
        continue;
      } else if (char === '\n' || char === '\r') {
        rowEnd = at - 1;
        if (char === '\r' && text[at] === '\n') at++;
        line++;
        break;
      } else {
        field += char;
      }
      fieldStart = false;
    }
    fields.push(field);
    yield { line: startLine, fields, text: text.slice(start, rowEnd), unclosedQuote: quoted };
  }
}

function isBlank(row: CsvRow): boolean {
  return row.fields.length === 1 && row.fields[0]?.trim() === '' && !row.unclosedQuote;
}

function isTestListHeader(row: CsvRow): boolean {
  const names = row.fields.map((field) => field.trim().toLowerCase());
  return names.length === TEST_LIST_COLUMNS.length && names.every((name, index) => name === TEST_LIST_COLUMNS[index]);
}
