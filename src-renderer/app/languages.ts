import type { Language } from '../../src-main/shared/i18n/languages.ts';

/**
 * Each language by its own name, as every language chooser shows it, so a person who
 * cannot read the current language still finds theirs. Names, not words to translate.
 */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  az: 'Azərbaycanca',
  ru: 'Русский',
};
