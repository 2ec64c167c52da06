import { CATALOGS } from './catalogs.ts';
import type { Language } from './languages.ts';

/**
 * Dates in the user's language without Intl: Chromium ships no Azerbaijani date data,
 * so `toLocaleDateString('az')` would silently fall back to English. The month names
 * and the order of the parts come from the catalogs (`ui.date.*`), like every other word.
 * Times are shown on the 24-hour clock, as all three languages write them.
 */

/** The words of one language's dates, from the catalogs (English where a key is missing). */
function word(language: Language, key: string): string {
  return CATALOGS[language][key] ?? CATALOGS.en[key] ?? key;
}

function fill(template: string, parts: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => parts[name] ?? whole);
}

function toDate(value: Date | string): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

const twoDigits = (value: number): string => String(value).padStart(2, '0');

/** `14:07`, in the computer's time zone. */
export function formatTime(value: Date | string): string {
  const date = toDate(value);
  if (date === null) return String(value);
  return `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}

function dateParts(date: Date, language: Language): Record<string, string> {
  return {
    day: String(date.getDate()),
    month: word(language, `ui.date.month.${date.getMonth() + 1}`),
    year: String(date.getFullYear()),
    time: formatTime(date),
  };
}

/** `5 March 2025`, `5 mart 2025`, `5 марта 2025`; an unreadable value is returned as it came. */
export function formatDate(value: Date | string, language: Language): string {
  const date = toDate(value);
  if (date === null) return String(value);
  return fill(word(language, 'ui.date.date'), dateParts(date, language));
}

/** `5 March 2025, 14:07`, in the computer's time zone. */
export function formatDateTime(value: Date | string, language: Language): string {
  const date = toDate(value);
  if (date === null) return String(value);
  return fill(word(language, 'ui.date.date-time'), dateParts(date, language));
}
