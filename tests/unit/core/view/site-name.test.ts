import { describe, expect, test } from 'vitest';
import { adviceText } from '../../../../src-main/core/view/advice-text.ts';
import { catalogLabelText, siteNamer, targetNamer } from '../../../../src-main/core/view/site-name.ts';
import { createTranslator } from '../../../../src-main/shared/i18n/index.ts';
import type { PlanEntry } from '../../../../src-main/shared/plan.ts';
import { parseTarget, type Target } from '../../../../src-main/shared/target.ts';

function target(input: string): Target {
  const parsed = parseTarget(input);
  if (!parsed.ok) throw new Error(input);
  return { ...parsed.target, id: input };
}

const DC1 = '149.154.175.50:443';
const ENTRIES: PlanEntry[] = [
  {
    input: DC1,
    source: 'catalogue global: Telegram DC1',
    label: { brand: 'Telegram', kind: 'app-servers', index: 1 },
  },
  {
    input: 'https://www.meydan.tv/',
    source: 'catalogue az: Meydan TV',
    label: { brand: 'Meydan TV', kind: 'website' },
  },
  // A report written before labels: its source still names the entry.
  { input: 'stun:stun.l.google.com:19302', source: 'catalogue global: Google STUN' },
  { input: 'https://a.example/page', source: 'argument 1' },
];
const report = { plan: { entries: ENTRIES } } as const;

describe('a built-in target by its brand and kind', () => {
  test.each([
    ['en', 'Telegram — app servers 1'],
    ['az', 'Telegram — tətbiq serverləri 1'],
    ['ru', 'Telegram — серверы приложения 1'],
  ] as const)('in %s: %s, and a website is its brand alone', (language, name) => {
    const t = createTranslator(language);
    expect(catalogLabelText(t, { brand: 'Telegram', kind: 'app-servers', index: 1 })).toBe(name);
    expect(catalogLabelText(t, { brand: 'Meydan TV', kind: 'website' })).toBe('Meydan TV');
  });

  test('screens and pages name labelled targets by their label and any other as the user wrote it', () => {
    const nameOf = targetNamer(createTranslator('ru'), report);
    expect(ENTRIES.map(({ input }) => nameOf(target(input)))).toEqual([
      'Telegram — серверы приложения 1',
      'Meydan TV',
      'stun:stun.l.google.com:19302',
      'https://a.example/page',
    ]);
  });

  test('the advice lists sites by their label in the reader’s language; an old report by its source name', () => {
    const sites = ENTRIES.map(({ input }) => siteNamer(report)(target(input)));
    expect(sites.slice(2)).toEqual(['Google STUN', 'a.example']);
    const text = adviceText(createTranslator('az'), { key: 'advice.nothing-opens', params: {}, sites });
    expect(text).toContain('Telegram — tətbiq serverləri 1, Meydan TV, Google STUN');
  });
});
