import { describe, expect, test } from 'vitest';
import { escapeHtml, html, trustedHtml } from '../../../../src-main/engine/export/html-template.ts';
import { squash } from './parse-html.ts';

describe('escapeHtml', () => {
  test.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"onmouseover="alert(1)', '&quot;onmouseover=&quot;alert(1)'],
    ["' onfocus='x", '&#39; onfocus=&#39;x'],
    ['</style><style>body{display:none}', '&lt;/style&gt;&lt;style&gt;body{display:none}'],
    ['AT&T &amp; co', 'AT&amp;T &amp;amp; co'],
  ])('%s', (text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  test('keeps Unicode (Azerbaijani, Cyrillic, emoji, right-to-left) as it is', () => {
    const text = 'Şəbəkə — Сеть — 🛰️ — شبکه';
    expect(escapeHtml(text)).toBe(text);
  });

  test('turns control characters into U+FFFD, but keeps tabs and line breaks', () => {
    expect(escapeHtml('a\u0000b\u0008c\u001bd\u007fe\u0085f')).toBe('a\ufffdb\ufffdc\ufffdd\ufffde\ufffdf');
    expect(escapeHtml('a\tb\nc\r\n')).toBe('a\tb\nc\r\n');
  });
});

describe('the html template', () => {
  test('escapes every interpolated string, in text and in quoted attributes', () => {
    const name = '"><script>alert(1)</script><a x="';
    expect(html`<a title="${name}">${name}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a x=&quot;">&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;a x=&quot;</a>',
    );
  });

  test('joins arrays, keeps nested templates as markup, and renders null, undefined and false as nothing', () => {
    const items = ['<b>', 'ə'].map((text) => html`<li>${text}</li>`);
    expect(
      squash(
        html`<ul>
          ${items}${null}${undefined}${false}${0}
        </ul>`.value,
      ),
    ).toBe('<ul><li>&lt;b&gt;</li><li>ə</li>0</ul>');
  });

  test('a plain string that looks like markup is still escaped; only trustedHtml passes through', () => {
    expect(html`${'<i>x</i>'}${trustedHtml('<i>y</i>')}`.value).toBe('&lt;i&gt;x&lt;/i&gt;<i>y</i>');
  });
});
