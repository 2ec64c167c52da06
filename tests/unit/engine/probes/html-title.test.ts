import { expect, test } from 'vitest';
import { pageTitle } from '../../../../src-main/engine/probes/html-title.ts';

const bytes = (text: string): Buffer => Buffer.from(text, 'utf8');

test('the first title, entities decoded and whitespace collapsed', () => {
  const html = '<html><TITLE lang="en">\n  Fish &amp; chips&#33; &#x263A;&nbsp;&unknown; </TITLE><title>second</title>';
  expect(pageTitle(bytes(html), 'text/html')).toBe('Fish & chips! \u263A &unknown;');
});

test('no title, or an empty one, gives undefined', () => {
  expect(pageTitle(bytes('<p>no title</p>'), undefined)).toBeUndefined();
  expect(pageTitle(bytes('<title>  </title>'), undefined)).toBeUndefined();
});

test('a long title is cut at 200 characters', () => {
  expect(pageTitle(bytes(`<title>${'x'.repeat(500)}</title>`), undefined)).toHaveLength(200);
});

// "Блок" in windows-1251.
const cp1251 = Buffer.from([0xc1, 0xeb, 0xee, 0xea]);

test('the charset of Content-Type is used for decoding', () => {
  const page = Buffer.concat([bytes('<title>'), cp1251, bytes('</title>')]);
  expect(pageTitle(page, 'text/html; charset=windows-1251')).toBe('Блок');
});

test('without a Content-Type charset, a <meta> charset in the first bytes is used', () => {
  const page = Buffer.concat([bytes('<meta charset="windows-1251"><title>'), cp1251, bytes('</title>')]);
  expect(pageTitle(page, 'text/html')).toBe('Блок');
});

test('an unknown charset falls back to UTF-8', () => {
  expect(pageTitle(bytes('<title>Привет</title>'), 'text/html; charset=x-no-such-charset')).toBe('Привет');
});
