import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS } from '../../src-main/shared/i18n/catalogs.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';

/**
 * One i18next instance per app over the shared catalogs (verdicts, screens, reports),
 * with the options of the shared translator: flat keys, so `status.ok.explain` is one
 * key, and no escaping, because React escapes what it renders.
 */
export function createUiI18n(language: Language): I18n {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: {
      en: { translation: CATALOGS.en },
      az: { translation: CATALOGS.az },
      ru: { translation: CATALOGS.ru },
    },
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  });
  return i18n;
}
