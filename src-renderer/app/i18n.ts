import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FIGURES, i18nOptions } from '../../src-main/shared/i18n/index.ts';
import type { Language } from '../../src-main/shared/i18n/languages.ts';

/**
 * One i18next instance per app over the shared catalogs (verdicts, screens, reports),
 * with the options of the shared translator: flat keys, so `status.ok.explain` is one
 * key, and no escaping, because React escapes what it renders.
 */
export function createUiI18n(language: Language): I18n {
  const i18n = createInstance();
  void i18n
    .use(initReactI18next)
    .use(FIGURES)
    .init({ ...i18nOptions(language), react: { useSuspense: false } });
  return i18n;
}
