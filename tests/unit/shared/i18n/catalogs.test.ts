import { describe, expect, test } from 'vitest';
import { CATALOGS as ALL } from '../../../../src-main/shared/i18n/catalogs.ts';
import { VERDICT_REASONS, VERDICT_STATUSES } from '../../../../src-main/shared/verdict.ts';
import { englishWordsIn, ownWords } from '../../../support/english-words.ts';

/** Every catalog together (verdicts, screens, reports): each part must be complete in every language. */
const EN = ALL.en;
const ENGLISH: Readonly<Record<string, string>> = EN;
const CATALOGS: [language: 'az' | 'ru', catalog: Readonly<Record<string, string>>][] = [
  ['az', ALL.az],
  ['ru', ALL.ru],
];

const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

/** The plural bases of the English catalog ('summary.blocked' for 'summary.blocked_one'…). */
const PLURAL_BASES = new Set(Object.keys(EN).flatMap((key) => PLURAL.exec(key)?.[1] ?? []));
const PLAIN_KEYS = Object.keys(EN).filter((key) => !PLURAL.test(key));

function pluralCategories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}

/** The keys a language must have: every plain key, and each plural base in exactly its own categories. */
function expectedKeys(language: string): string[] {
  const plural = [...PLURAL_BASES].flatMap((base) => pluralCategories(language).map((form) => `${base}_${form}`));
  return [...PLAIN_KEYS, ...plural].sort();
}

function parameters(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{([^}]*)\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** The English parameters of a key; for a plural form, those of all the English forms together. */
function englishParameters(key: string): string[] {
  const base = PLURAL.exec(key)?.[1];
  if (base === undefined || !PLURAL_BASES.has(base)) return parameters(ENGLISH[key] ?? '');
  const forms = Object.keys(EN).filter((other) => PLURAL.exec(other)?.[1] === base);
  return parameters(forms.map((form) => ENGLISH[form]).join(' '));
}

describe('the English catalog', () => {
  test('has plural forms for exactly the English categories', () => {
    expect(Object.keys(EN).sort()).toEqual(expectedKeys('en'));
  });

  test('has words for every status, confidence and reason the engine emits', () => {
    const keys = [
      ...VERDICT_STATUSES.flatMap((status) => [
        `status.${status}`,
        `status.${status}.explain`,
        `status.${status}.helps`,
      ]),
      ...['high', 'medium', 'low'].map((confidence) => `confidence.${confidence}`),
      ...VERDICT_REASONS.map((reason) => `reason.${reason}`),
    ];
    expect(keys.filter((key) => !(key in EN))).toEqual([]);
  });

  test('the helper finds whole English words only', () => {
    expect(englishWordsIn('The site is blocked')).toEqual(['the', 'is', 'site', 'blocked']);
    expect(englishWordsIn('isə işləyir, DNS over HTTPS, tls-split')).toEqual([]);
  });
});

describe.each(CATALOGS)('the %s catalog', (language, catalog) => {
  const strings: Readonly<Record<string, string>> = catalog;

  test(`plural keys have exactly the ${language} forms (${pluralCategories(language).join(', ')}), no key is missing or stray`, () => {
    expect(Object.keys(catalog).sort()).toEqual(expectedKeys(language));
  });

  test('every string is non-empty and trimmed', () => {
    for (const [key, text] of Object.entries(catalog)) {
      expect(text.trim(), key).toBe(text);
      expect(text, key).not.toBe('');
    }
  });

  test('every string keeps exactly the {{parameters}} of the English', () => {
    for (const [key, text] of Object.entries(catalog)) {
      expect(parameters(text), key).toEqual(englishParameters(key));
    }
  });

  test('no string is left in English', () => {
    for (const [key, text] of Object.entries(catalog)) {
      const english = ENGLISH[key];
      if (english !== undefined && text === english) expect(ownWords(english), key).not.toMatch(/\p{L}/u);
      expect(englishWordsIn(text), `${key}: ${text}`).toEqual([]);
    }
  });

  test('quotes are the language’s own', () => {
    const foreign = language === 'ru' ? /["“”„'‘]/ : /["„'‘]/;
    for (const [key, text] of Object.entries(strings)) expect(text, key).not.toMatch(foreign);
  });
});

test('Russian has no Latin words but names and codes', () => {
  const allowed = new Set(['udp', 'cdn']);
  for (const [key, text] of Object.entries(ALL.ru)) {
    const latin = ownWords(text).match(/[A-Za-z]+/g) ?? [];
    expect(
      latin.filter((word) => !allowed.has(word.toLowerCase())),
      key,
    ).toEqual([]);
  }
});
