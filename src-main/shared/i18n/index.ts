import { createInstance, type InitOptions, type TFunction } from 'i18next';
import { CATALOGS } from './catalogs.ts';
import type { Language } from './languages.ts';
import { FIGURES } from './number-format.ts';

export { CATALOGS } from './catalogs.ts';
export { FIGURES } from './number-format.ts';

export { LANGUAGES, pickLanguage, type Language } from './languages.ts';

/**
 * A translator for one language over the catalogs, usable by the CLI, the reports
 * and the renderer alike. Parameters are not HTML-escaped here: React escapes what
 * it renders, and HTML reports escape every value themselves.
 */
export function createTranslator(language: Language): TFunction {
  const i18n = createInstance().use(FIGURES);
  void i18n.init(i18nOptions(language));
  return i18n.t;
}

/**
 * The options every i18next instance of Detour starts from (the renderer adds its
 * React ones): the catalogs, flat keys (`status.ok.explain` is one key), English
 * where a string were missing, every value through the formatter (with FIGURES:
 * fractions in the language's way), synchronous start.
 */
export function i18nOptions(language: Language): InitOptions {
  return {
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: { translation: CATALOGS.en },
      az: { translation: CATALOGS.az },
      ru: { translation: CATALOGS.ru },
    },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false, alwaysFormat: true },
    initAsync: false,
  };
}
