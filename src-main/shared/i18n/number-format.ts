import type { FormatterModule } from 'i18next';

/**
 * Numbers in a sentence, written the reader's way: "4,6 мс" in Russian and
 * Azerbaijani, "4.6 ms" in English (CLDR's decimal separator, through Intl). Whole
 * numbers are left as they are, ungrouped, so that counts, ports and years read the
 * same in every language; only fractions change. i18next calls this for every
 * `{{value}}` (interpolation.alwaysFormat), so every view that translates a figure,
 * the app, the CLI and the reports alike, gets it without formatting it itself.
 */
export function formatInterpolated(value: unknown, format: string | undefined, language: string | undefined): unknown {
  if (format !== undefined || typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) {
    return value;
  }
  return decimalFormat(language ?? 'en').format(value);
}

const formats = new Map<string, Intl.NumberFormat>();

/** A fraction in the language's way, at most two digits after its separator. */
function decimalFormat(language: string): Intl.NumberFormat {
  let format = formats.get(language);
  if (format === undefined) {
    format = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 2 });
    formats.set(language, format);
  }
  return format;
}

/**
 * i18next's formatter, replaced by this one: it takes the place of i18next's own
 * (whose `{{x, number}}` the catalogs do not use), so named formats are refused.
 */
export const FIGURES: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => {
    throw new Error('Detour formats every figure itself: named formats are not used');
  },
  addCached: () => {
    throw new Error('Detour formats every figure itself: named formats are not used');
  },
  // Typed as giving a string; i18next takes back any value and writes it itself (a
  // missing one as its missing-value text), so anything not a fraction goes back unchanged.
  format: (value, format, language) => formatInterpolated(value, format, language) as string,
};
