import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, csvField, renderReportCsv } from '../../../../src-main/engine/export/csv.ts';
import { sampleReport } from './sample-report.ts';

/** Splits RFC 4180 text into records of fields (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += char;
  }
  return records;
}

describe('renderReportCsv', () => {
  test('UTF-8 with a byte-order mark, CRLF line ends, one row per site and route', () => {
    const report = sampleReport();
    const csv = renderReportCsv(report, { language: 'en' });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/(?<!")\n/);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([
      'Site or service',
      'Route',
      'Route kind',
      'Verdict code',
      'Verdict',
      'How sure',
      'Why',
      'Failed at stage',
      'Kind of failure',
      'Works through',
      'Observations',
    ]);
    expect(rows).toHaveLength(1 + report.targets.length * report.plan.paths.length);
    expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
    expect(rows[1]).toEqual([
      'https://blocked.example/',
      'Your connection',
      'direct',
      'sni-filtering',
      'Blocked by site name',
      'sure',
      'The same server answers when the first message is split (tls-split): the block reads the name.',
      'tls',
      'reset',
      'office, tls-split',
      expect.stringMatching(/^o\d+( o\d+)*$/),
    ]);
  });

  test('Cyrillic and ə survive the round trip through UTF-8 bytes', () => {
    const report = sampleReport();
    report.targets[1]!.target.input = 'https://şəbəkə.az/ Доступ';
    for (const language of ['az', 'ru'] as const) {
      const bytes = Buffer.from(renderReportCsv(report, { language }), 'utf8');
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      expect(text).toContain('https://şəbəkə.az/ Доступ');
      expect(text).toContain(language === 'az' ? 'Sayt adına görə bloklanıb' : 'Блокировка по имени сайта');
      expect(text).toContain(language === 'az' ? 'Xətanın növü' : 'Вид сбоя');
    }
  });

  test('commas, quotes and line breaks are quoted (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
  });

  test('cells a spreadsheet would run as formulas start with an apostrophe', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=x', '\r=x'].map(csvField)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\t=x",
      '"\'\r=x"',
    ]);
    const report = sampleReport();
    report.targets[0]!.target.input = '=HYPERLINK("http://evil.example","click")';
    const rows = parseCsv(renderReportCsv(report, { language: 'en' }).slice(1));
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://evil.example","click")');
  });
});
