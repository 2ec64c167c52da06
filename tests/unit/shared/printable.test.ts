import { expect, test } from 'vitest';
import { printable, printableText } from '../../../src-main/shared/printable.ts';

test('one line: C0 controls as \\xNN, DEL, C1 and bidi controls as \\uNNNN, long text cut', () => {
  expect(printable('a\u001b]0;OWNED\u0007b\nc')).toBe('a\\x1b]0;OWNED\\x07b\\x0ac');
  expect(printable('\u007f\u009b31m\u202eabc\u2066\ufffd')).toBe('\\u007f\\u009b31m\\u202eabc\\u2066\\ufffd');
  expect(printable('x'.repeat(300), 10)).toBe(`${'x'.repeat(10)}…`);
  expect(printable('Доступ ограничен · ə')).toBe('Доступ ограничен · ə');
});

test('whole output keeps its line breaks and nothing else invisible', () => {
  expect(printableText('row 1\r\nrow\t2\n\u001b[2J')).toBe('row 1\\x0d\nrow\\x092\n\\x1b[2J');
});

test('NDJSON through printableText is still JSON, with the same values', () => {
  const event = { input: 'https://example.org/\u009b\u202e\u007f\u001b' };
  const line = printableText(JSON.stringify(event));
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
  expect(JSON.parse(line)).toEqual(event);
});
