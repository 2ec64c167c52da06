/**
 * The words of the placeholder window, in the three languages Detour speaks from
 * its first string. The desktop-app issue moves them into the i18next catalogs.
 */
export const LANGUAGES = ['en', 'az', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PLACEHOLDER_TEXT: Readonly<Record<Language, { title: string; body: string }>> = {
  en: {
    title: 'Detour',
    body: 'The desktop screens are being built. Until then, run a diagnosis from a terminal: npm run detour -- diagnose',
  },
  az: {
    title: 'Detour',
    body: 'Masaüstü ekranları hazırlanır. Hələlik diaqnostikanı terminaldan başladın: npm run detour -- diagnose',
  },
  ru: {
    title: 'Detour',
    body: 'Экраны приложения ещё в работе. Пока запустите диагностику из терминала: npm run detour -- diagnose',
  },
};

/** The first of the user's preferred languages that Detour speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    const match = LANGUAGES.find((language) => language === base);
    if (match !== undefined) return match;
  }
  return 'en';
}
