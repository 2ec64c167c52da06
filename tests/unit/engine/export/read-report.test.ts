import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  describeReadError,
  firstJsonError,
  MAX_REPORT_BYTES,
  parseReportBytes,
  parseReportText,
  readReportFile,
  type ReportReadResult,
} from '../../../../src-main/engine/export/read-report.ts';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import { sampleReport, sampleReportText } from './sample-report.ts';

const en = createTranslator('en');

let folder = '';
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'detour-read-report-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}

function message(result: ReportReadResult): string {
  if (result.ok) throw new Error('expected an error');
  return describeReadError(en, result.error);
}

describe('readReportFile', () => {
  test('reads a report the engine wrote', async () => {
    const result = await readReportFile(file('run.json', sampleReportText()));
    expect(result.ok && result.report).toEqual(sampleReport());
  });

  test('a byte-order mark before the JSON is fine', async () => {
    const result = await readReportFile(file('bom.json', `\ufeff${sampleReportText()}`));
    expect(result.ok).toBe(true);
  });

  test('a 600 MB file is refused from its size alone, without being read', async () => {
    const path = join(folder, 'huge.json');
    // A sparse file: 600 MB long, nothing written.
    execFileSync('truncate', ['-s', '600M', path]);
    const before = process.memoryUsage().rss;
    const result = await readReportFile(path);
    expect(result).toEqual({
      ok: false,
      error: { code: 'too-large', bytes: 600 * 1024 * 1024, limit: MAX_REPORT_BYTES },
    });
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    expect(message(result)).toBe('report too large: 600 MiB, and Detour reads at most 512 MiB');
  });

  test('a file just over a (small) cap is refused, one at the cap is read', async () => {
    const text = sampleReportText();
    expect((await readReportFile(file('a.json', text), text.length - 1)).ok).toBe(false);
    expect((await readReportFile(file('b.json', text), Buffer.byteLength(text))).ok).toBe(true);
  });

  test('a device or a folder is not a file, and is never read', async () => {
    expect(await readReportFile('/dev/zero')).toEqual({ ok: false, error: { code: 'not-a-file' } });
    expect(await readReportFile(folder)).toEqual({ ok: false, error: { code: 'not-a-file' } });
  });

  test('a file is read as a stream: a syntax error deep in a big one names its line and column', async () => {
    const lines = sampleReportText().split('\n');
    const broken = [...lines.slice(0, -3), `${lines.at(-3) ?? ''},`, ...lines.slice(-2)].join('\n');
    const result = await readReportFile(file('broken.json', broken));
    expect(result).toEqual({ ok: false, error: { code: 'not-json', line: lines.length - 1, column: 1 } });
    expect(await readReportFile(file('list.json', '[1, 2]'))).toEqual({ ok: false, error: { code: 'not-a-report' } });
    expect(await readReportFile(file('binary.json', Uint8Array.of(0x7b, 0xff, 0x7d)))).toEqual({
      ok: false,
      error: { code: 'not-text' },
    });
  });

  test('a bad target or observation is named with its place in the file', async () => {
    const report = sampleReport();
    const text = JSON.stringify({ ...report, observations: [...report.observations, { id: 'o-bad' }] });
    const result = await readReportFile(file('bad.json', text));
    expect(result.ok || result.error).toMatchObject({
      code: 'invalid',
      field: `observations[${report.observations.length}].probe`,
    });
  });

  test('a missing file says so', async () => {
    const result = await readReportFile(join(folder, 'missing.json'));
    expect(message(result)).toBe('cannot be read (ENOENT)');
  });
});

describe('parseReportText', () => {
  test('a JSON syntax error names its line and column', () => {
    const result = parseReportText('{\n  "schemaVersion": 2,\n  "app": {"name": "detour",}\n}');
    expect(result).toEqual({ ok: false, error: { code: 'not-json', line: 3, column: 28 } });
    expect(message(result)).toBe('not valid JSON: the error is at line 3, column 28');
  });

  test('a file cut short points at its end', () => {
    const text = sampleReportText().slice(0, 500);
    const result = parseReportText(text);
    expect(result.ok || result.error.code).toBe('not-json');
  });

  test('text that is not UTF-8 is not a report', () => {
    expect(parseReportBytes(Uint8Array.of(0x7b, 0xff, 0xfe, 0x7d))).toEqual({ ok: false, error: { code: 'not-text' } });
  });

  test.each([['[]'], ['"report"'], ['null'], ['{"app": {"name": "detour"}}']])('%s is not a report', (text) => {
    expect(parseReportText(text)).toEqual({ ok: false, error: { code: 'not-a-report' } });
  });

  test('the schema version is checked before anything else', () => {
    const result = parseReportText(JSON.stringify({ schemaVersion: 3, anything: 'else' }));
    expect(message(result)).toBe('made by another version of Detour: schema 3, this one reads 2');
    expect(message(parseReportText('{"schemaVersion": "2"}'))).toBe(
      'made by another version of Detour: schema "2", this one reads 2',
    );
    expect(message(parseReportText(JSON.stringify({ schemaVersion: 1, targets: 'old shape' })))).toContain('schema 1,');
  });

  test('a report that breaks the schema names the first bad field, in one line', () => {
    const report = sampleReport() as unknown as { targets: { verdict: { paths: { status: string }[] } }[] };
    const first = report.targets[1]?.verdict.paths[2];
    if (first !== undefined) first.status = 'fine';
    const result = parseReportText(JSON.stringify(report));
    expect(result.ok || result.error).toMatchObject({ code: 'invalid', field: 'targets[1].verdict.paths[2].status' });
    expect(message(result)).toMatch(
      /^the report is damaged or was edited: targets\[1\]\.verdict\.paths\[2\]\.status is not valid \([^\n]+\)$/,
    );
  });

  test('the errors speak Azerbaijani and Russian too', () => {
    const error = parseReportText('{"schemaVersion": 7}');
    if (error.ok) throw new Error('expected an error');
    expect(describeReadError(createTranslator('az'), error.error)).toBe(
      'Detour proqramının başqa versiyası ilə yaradılıb: sxem 7, bu versiya isə sxem 2 oxuyur',
    );
    expect(describeReadError(createTranslator('ru'), error.error)).toBe(
      'создан другой версией Detour: схема 7, а эта версия читает схему 2',
    );
  });
});

describe('firstJsonError', () => {
  test.each([
    ['{"a": 1}', null],
    [' [1, -2.5e3, "x\\u00e9", true, false, null, {}, []] ', null],
    ['{"a": 1,}', 8],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['"\\x"', 1],
    ['[01]', 2],
    ['{"a": 1}}', 8],
    ['', 0],
  ])('%j → %s', (text, offset) => {
    expect(firstJsonError(text)).toBe(offset);
  });

  test('deep nesting neither overflows the stack nor hides the error', () => {
    const text = `${'['.repeat(1_000_000)}x`;
    expect(firstJsonError(text)).toBe(1_000_000);
    expect(parseReportText(text)).toEqual({ ok: false, error: { code: 'not-json', line: 1, column: 1_000_001 } });
  });
});
