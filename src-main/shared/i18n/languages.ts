/** The languages Detour speaks, from its first string. */
export const LANGUAGES = ['en', 'az', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The first of the user's preferred languages that Detour speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match !== undefined) return match;
  }
  return 'en';
}
