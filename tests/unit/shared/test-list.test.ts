import { expect, test } from 'vitest';
import { MAX_TEST_LIST_ENTRIES, parseTestListCsv } from '../../../src-main/shared/test-list.ts';
import { decodeUtf8Text } from '../../../src-main/shared/text-bytes.ts';

const HEADER = 'url,category_code,category_description,date_added,source,notes';

test('rows become entries with file:line and category; quoted commas, quotes and line breaks are kept whole', () => {
  const text = [
    HEADER,
    'https://a.example/,NEWS,News Media,2017-05-12,,',
    '"https://b.example/?q=1,2",ANON,"Anonymization, circumvention",2020-01-01,"OONI ""AZ""","two',
    'lines"',
    '',
    'http://c.example/,,,,,',
  ].join('\n');
  expect(parseTestListCsv(text, 'az.csv')).toEqual({
    entries: [
      { input: 'https://a.example/', source: 'az.csv:2', category: 'NEWS' },
      { input: 'https://b.example/?q=1,2', source: 'az.csv:3', category: 'ANON' },
      { input: 'http://c.example/', source: 'az.csv:6' },
    ],
    errors: [],
  });
});

test('a byte-order mark, CRLF line ends, a header in another case and no final line break are all fine', () => {
  const text = `\uFEFF${HEADER.toUpperCase()}\r\nhttps://a.example/,NEWS,News,2020-01-01,x,\r\n"https://b.example/",GRP,"a\r\nb",,,`;
  expect(parseTestListCsv(text, 'l.csv')).toEqual({
    entries: [
      { input: 'https://a.example/', source: 'l.csv:2', category: 'NEWS' },
      { input: 'https://b.example/', source: 'l.csv:3', category: 'GRP' },
    ],
    errors: [],
  });
});

test('each bad row is one error at its line, and the good rows around it are kept', () => {
  const text = [
    HEADER,
    'https://a.example/,NEWS,News,2020-01-01,x',
    ',NEWS,News,2020-01-01,x,',
    'https://b.example/,NEWS,News,2020-01-01,x,,extra',
    'https://c.example/,NEWS,News,2020-01-01,x,',
    '"https://d.example/,NEWS,News,2020-01-01,x,',
    'never closed',
  ].join('\n');
  expect(parseTestListCsv(text, 'bad.csv')).toEqual({
    entries: [{ input: 'https://c.example/', source: 'bad.csv:5', category: 'NEWS' }],
    errors: [
      { source: 'bad.csv:2', input: 'https://a.example/,NEWS,News,2020-01-01,x', code: 'bad-csv-row' },
      { source: 'bad.csv:3', input: ',NEWS,News,2020-01-01,x,', code: 'missing-url' },
      { source: 'bad.csv:4', input: 'https://b.example/,NEWS,News,2020-01-01,x,,extra', code: 'bad-csv-row' },
      {
        source: 'bad.csv:6',
        input: '"https://d.example/,NEWS,News,2020-01-01,x,\\x0anever closed',
        code: 'bad-csv-row',
      },
    ],
  });
});

test.each([
  ['a plain target list', 'https://a.example/\nhttps://b.example/\n'],
  ['a header with a column missing', 'url,category_code,category_description,date_added,source\n'],
  ['a header in another order', 'category_code,url,category_description,date_added,source,notes\n'],
  ['an unclosed quote in the header', '"url,category_code\n'],
])('%s is not a test list: one error, nothing measured', (_, text) => {
  const result = parseTestListCsv(text, 'f.csv');
  expect(result.entries).toEqual([]);
  expect(result.errors).toEqual([{ source: 'f.csv:1', input: expect.any(String) as unknown, code: 'not-a-test-list' }]);
});

test.each([
  ['nothing', ''],
  ['blank lines', '\n \r\n\n'],
  ['only the header', `${HEADER}\n\n`],
])('a file with %s has no entries', (_, text) => {
  expect(parseTestListCsv(text, 'e.csv')).toEqual({
    entries: [],
    errors: [{ source: 'e.csv', input: '', code: 'empty-list' }],
  });
});

test('a huge file gives the first entries up to the cap and one error for the rest', () => {
  const rows = Array.from({ length: MAX_TEST_LIST_ENTRIES + 500 }, (_, i) => `https://s${i}.example/,NEWS,,,,`);
  const { entries, errors } = parseTestListCsv([HEADER, ...rows].join('\n'), 'big.csv');
  expect(entries).toHaveLength(MAX_TEST_LIST_ENTRIES);
  expect(entries.at(-1)).toEqual({
    input: `https://s${MAX_TEST_LIST_ENTRIES - 1}.example/`,
    source: `big.csv:${MAX_TEST_LIST_ENTRIES + 1}`,
    category: 'NEWS',
  });
  expect(errors).toEqual([{ source: `big.csv:${MAX_TEST_LIST_ENTRIES + 2}`, input: '', code: 'too-many-entries' }]);
});

test('garbage never throws, and every error input is printable', () => {
  // A fixed linear congruential generator: the same "random" text on every run.
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const alphabet = ['"', ',', '\n', '\r', 'a', '\u0000', '\u001b', 'é', ' ', HEADER];
  for (let round = 0; round < 200; round++) {
    const text = Array.from({ length: next() % 60 }, () => alphabet[next() % alphabet.length]).join('');
    const { entries, errors } = parseTestListCsv(text, 'g.csv');
    const controls = errors.flatMap((error) => [...error.input].filter((char) => (char.codePointAt(0) ?? 0) < 0x20));
    expect(controls).toEqual([]);
    for (const entry of entries) expect(entry.source).toMatch(/^g\.csv:\d+$/);
  }
});

test('bytes: NUL bytes and invalid UTF-8 are not text; UTF-8 letters are, without the byte-order mark', () => {
  expect(decodeUtf8Text(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBeNull();
  expect(decodeUtf8Text(new Uint8Array([0x75, 0x72, 0x6c, 0xff, 0xfe]))).toBeNull();
  expect(decodeUtf8Text(new TextEncoder().encode('\uFEFFurl,Azərbaycan'))).toBe('url,Azərbaycan');
});
