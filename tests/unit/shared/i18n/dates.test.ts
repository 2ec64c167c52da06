import { describe, expect, test } from 'vitest';
import { CATALOGS } from '../../../../src-main/shared/i18n/catalogs.ts';
import { formatDate, formatDateTime, formatTime } from '../../../../src-main/shared/i18n/dates.ts';
import { LANGUAGES } from '../../../../src-main/shared/i18n/languages.ts';

// Local times, so the figures hold in any time zone the tests run in.
const MARCH_5 = new Date(2025, 2, 5, 14, 7);
const JANUARY_1 = new Date(2026, 0, 1, 0, 5);

describe('formatDate', () => {
  test.each([
    ['en', '5 March 2025'],
    ['az', '5 mart 2025'],
    ['ru', '5 марта 2025'],
  ] as const)('%s', (language, expected) => {
    expect(formatDate(MARCH_5, language)).toBe(expected);
  });

  test('names every month of the year in every language, Azerbaijani included (Chromium has no Intl data for it)', () => {
    for (const language of LANGUAGES) {
      const months = Array.from({ length: 12 }, (_, month) => formatDate(new Date(2025, month, 1), language));
      expect(new Set(months).size).toBe(12);
      months.forEach((text, month) => expect(text).toBe(`1 ${CATALOGS[language][`ui.date.month.${month + 1}`]} 2025`));
    }
    expect(formatDate(new Date(2025, 7, 31), 'az')).toBe('31 avqust 2025');
    expect(formatDate(new Date(2025, 4, 9), 'ru')).toBe('9 мая 2025');
  });

  test('reads ISO strings, as reports and certificates carry them', () => {
    const iso = new Date(2025, 11, 24, 18, 30).toISOString();
    expect(formatDate(iso, 'ru')).toBe('24 декабря 2025');
  });

  test('returns what it cannot read as it came', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDateTime('', 'az')).toBe('');
  });
});

describe('formatDateTime', () => {
  test.each([
    ['en', '5 March 2025, 14:07'],
    ['az', '5 mart 2025, 14:07'],
    ['ru', '5 марта 2025, 14:07'],
  ] as const)('%s', (language, expected) => {
    expect(formatDateTime(MARCH_5, language)).toBe(expected);
  });

  test('pads hours and minutes on the 24-hour clock', () => {
    expect(formatDateTime(JANUARY_1, 'az')).toBe('1 yanvar 2026, 00:05');
  });
});

describe('formatTime', () => {
  test('is the same in every language', () => {
    expect(formatTime(new Date(2025, 0, 1, 9, 3))).toBe('09:03');
    expect(formatTime(new Date(2025, 0, 1, 23, 59))).toBe('23:59');
  });
});
